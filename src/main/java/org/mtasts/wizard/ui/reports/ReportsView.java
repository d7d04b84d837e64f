package org.mtasts.wizard.ui.reports;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.FileChooserPort;

/**
 * TLS reports: add reports (drop files or folders, choose them, or read an IMAP mailbox), then for
 * the chosen policy domain a chart of sessions per day, a row per reporting organisation, the
 * failures by result type linked to the live check that tests the same thing, "Ready to enforce?"
 * and the two ways on: switch to enforce, or remove MTA-STS.
 */
public final class ReportsView implements Screen {
    /** Opens Policy for a domain with a mode and max_age chosen (the wizard looks the domain up first). */
    @FunctionalInterface
    public interface PolicyOpener {
        void open(String domainAscii, Mode mode, long maxAgeSeconds);
    }

    private final ReportsViewModel vm;
    private final FileChooserPort files;
    private final VBox root;
    private final VBox domainContent = new VBox(18);
    private final Button addFiles;
    private final ReadinessSection readiness;
    private final BiConsumer<String, String> openCheck;

    /**
     * @param onCheckReadiness what "Check readiness" does (the wizard runs the live check with the current settings)
     * @param onOpenCheck      opens the live check of a domain (A-labels) with one check's rows (a check code) open
     * @param onNewPolicy      opens Policy for "Switch to enforce" and "Remove MTA-STS"
     */
    public ReportsView(
            ReportsViewModel vm,
            FileChooserPort files,
            Runnable onCheckReadiness,
            BiConsumer<String, String> onOpenCheck,
            PolicyOpener onNewPolicy) {
        this.vm = vm;
        this.files = files;
        this.openCheck = onOpenCheck;
        addFiles = new Button("Add f_iles...", Ui.icon(Feather.FILE_PLUS));
        readiness = new ReadinessSection(vm, onCheckReadiness, onNewPolicy);
        Label message = Ui.wrapped("");
        message.setId("reports-message");
        message.textProperty().bind(vm.messageProperty());
        Ui.hideWhenEmpty(message);
        domainContent.setId("reports-domain-content");

        root = new VBox(
                18,
                Ui.header(
                        "TLS reports",
                        "Senders that support TLS reporting (RFC 8460) mail a daily summary of their sessions with "
                                + "your mail servers: what worked, what failed and why. Add them here to see whether "
                                + "your domain is ready for enforce mode."),
                importCard(),
                message,
                domainRow(),
                domainContent);
        root.getStyleClass().add("screen");
        root.setId("screen-reports");
        acceptDrops();
        vm.summaryProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    // Adding reports.

    /** Drop zone, Add files, Add a folder, the mailbox form; then the totals and problems of the last import. */
    private Node importCard() {
        Label drop = new Label("Drop report files or folders here: .json, .json.gz, .gz, .eml, .mbox or a Maildir.");
        drop.setGraphic(Ui.icon(Feather.DOWNLOAD));
        drop.setWrapText(true);
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.getStyleClass().add("drop-zone");
        drop.setId("reports-drop");

        addFiles.setId("reports-add-files");
        addFiles.setMnemonicParsing(true);
        addFiles.disableProperty().bind(vm.runningProperty());
        addFiles.setOnAction(e -> chooseFiles());
        Button addFolder = new Button("Add a fol_der...", Ui.icon(Feather.FOLDER_PLUS));
        addFolder.setId("reports-add-folder");
        addFolder.setMnemonicParsing(true);
        addFolder.disableProperty().bind(vm.runningProperty());
        addFolder.setOnAction(e ->
                files.directory(window(), "Add a folder of TLS reports").ifPresent(p -> vm.importPaths(List.of(p))));
        HBox buttons = new HBox(8, addFiles, addFolder);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label totals = new Label();
        totals.setId("reports-totals");
        totals.setWrapText(true);
        totals.getStyleClass().add(Styles.TEXT_BOLD);
        totals.textProperty().bind(vm.totalsProperty());
        Ui.hideWhenEmpty(totals);
        VBox problems = new VBox(4);
        problems.setId("reports-problems");
        vm.problems().addListener((ListChangeListener<String>) c -> fillProblems(problems));

        VBox card = new VBox(12, drop, buttons, imapPane(), totals, problems);
        card.getStyleClass().add("card-box");
        return card;
    }

    private void fillProblems(VBox box) {
        box.getChildren().clear();
        for (String p : vm.problems()) {
            Label l = Ui.wrapped(p);
            l.setGraphic(Ui.icon(Feather.ALERT_TRIANGLE));
            l.getStyleClass().add(Styles.WARNING);
            box.getChildren().add(l);
        }
    }

    /** The mailbox: server, port, TLS, user, folder and the password, asked here and kept nowhere. */
    private Node imapPane() {
        TextField host = field("reports-imap-host", vm.imapHostProperty(), "imap.example.com");
        TextField port = field("reports-imap-port", vm.imapPortProperty(), "993");
        port.setPrefColumnCount(5);
        CheckBox tls = new CheckBox("TLS from the start (IMAPS); off: STARTTLS");
        tls.setId("reports-imap-tls");
        tls.selectedProperty().bindBidirectional(vm.imapTlsProperty());
        tls.selectedProperty().addListener((o, was, now) -> {
            if (vm.imapPortProperty().get().equals(now ? "143" : "993")) {
                vm.imapPortProperty().set(now ? "993" : "143");
            }
        });
        TextField user = field("reports-imap-user", vm.imapUserProperty(), "tls-reports@example.com");
        TextField folder = field("reports-imap-folder", vm.imapFolderProperty(), "INBOX");
        // A password field of this screen only: never bound to a property, never saved.
        PasswordField password = new PasswordField();
        password.setId("reports-imap-password");
        Button read = new Button("Impor_t from the mailbox", Ui.icon(Feather.INBOX));
        read.setId("reports-imap-import");
        read.setMnemonicParsing(true);
        read.disableProperty().bind(vm.runningProperty());
        read.setOnAction(e -> vm.importImap(password.getText().toCharArray()));
        Label error = Ui.wrapped("");
        error.setId("reports-imap-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.imapErrorProperty());
        Ui.hideWhenEmpty(error);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        HBox hostRow = new HBox(8, host, Ui.fieldLabel("_Port", port), port, tls);
        hostRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(host, Priority.ALWAYS);
        grid.addRow(0, Ui.fieldLabel("_Server", host), hostRow);
        grid.addRow(1, Ui.fieldLabel("_User", user), user);
        grid.addRow(2, Ui.fieldLabel("Folde_r", folder), folder);
        grid.addRow(3, Ui.fieldLabel("P_assword", password), password);
        Label note = Ui.muted("The password is used for this import only: it is not saved, and you are asked again "
                + "next time. Reports already stored are skipped.");
        VBox content = new VBox(10, grid, note, error, read);
        TitledPane pane = new TitledPane("From an IMAP mailbox", content);
        pane.setId("reports-imap");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** Files and folders dropped anywhere on the screen are imported. */
    private void acceptDrops() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean ok = board.hasFiles() && !vm.runningProperty().get();
        if (ok) {
            vm.importPaths(board.getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    private void chooseFiles() {
        List<Path> chosen = files.openMany(
                window(),
                "Add TLS reports",
                new FileChooser.ExtensionFilter(
                        "TLS reports (.json, .gz, .eml, .mbox)", "*.json", "*.gz", "*.eml", "*.mbox", "*"));
        vm.importPaths(chosen);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // The stored reports.

    /** The policy domain chooser (when several), what the store holds, and Forget reports. */
    private Node domainRow() {
        ComboBox<String> chooser = new ComboBox<>(vm.domains());
        chooser.setId("reports-domain");
        chooser.valueProperty().bindBidirectional(vm.domainProperty());
        chooser.disableProperty().bind(vm.runningProperty());
        Label chooserLabel = Ui.fieldLabel("Policy do_main", chooser);
        for (Node n : new Node[] {chooser, chooserLabel}) {
            n.visibleProperty().bind(Bindings.size(vm.domains()).greaterThan(1));
            n.managedProperty().bind(n.visibleProperty());
        }
        Label stored = Ui.muted("");
        stored.setId("reports-stored");
        stored.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.storedProperty().get() == 0
                                ? "No reports stored yet."
                                : ReportsViewModel.count(vm.storedProperty().get(), "report") + " stored, for "
                                        + ReportsViewModel.count(vm.domains().size(), "policy domain") + ".",
                        vm.storedProperty(),
                        vm.domains()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button forget = new Button("Forget reports...", Ui.icon(Feather.TRASH_2));
        forget.setId("reports-forget");
        forget.getStyleClass().add(Styles.FLAT);
        forget.disableProperty()
                .bind(vm.runningProperty().or(vm.storedProperty().isEqualTo(0)));
        forget.setOnAction(e -> {
            if (confirmForget()) {
                vm.forget();
            }
        });
        HBox row = new HBox(10, chooserLabel, chooser, stored, spacer, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Forgetting cannot be undone: Cancel is the default button, so Enter never deletes. */
    private boolean confirmForget() {
        ButtonType delete = new ButtonType("Forget them", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, delete, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setTitle("Forget the TLS reports?");
        alert.setHeaderText(
                "Delete all " + ReportsViewModel.count(vm.storedProperty().get(), "stored report") + "?");
        alert.setContentText("The reports and their original files are deleted from "
                + "this computer. Your mailbox and the files you imported from are not touched.");
        alert.getDialogPane().setId("confirm-forget");
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == delete).isPresent();
    }

    /** The chosen domain's figures, chart, organisations, failures, then readiness and the ways on. */
    private void rebuild() {
        domainContent.getChildren().clear();
        ReportSummary s = vm.summaryProperty().get();
        if (s == null) {
            Label none = Ui.muted("Once reports are added, this shows for each policy domain the sessions per day, "
                    + "the reporting organisations, every failure explained, and whether it is ready for enforce.");
            none.setId("reports-empty");
            domainContent.getChildren().add(none);
            return;
        }
        domainContent
                .getChildren()
                .addAll(
                        ReportSections.figures(s),
                        ReportSections.chart(s),
                        ReportSections.organisations(s),
                        ReportSections.failures(s, code -> openCheck.accept(s.policyDomain(), code)),
                        readiness.root());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return addFiles;
    }
}
