package org.mtasts.wizard.ui.mailservers;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;

/**
 * Mail servers: the MX hosts with live coverage, and the policy's mx patterns, editable with the
 * keyboard alone (type + Enter adds, F2 edits, Delete removes).
 */
public final class MailServersView implements Screen {
    private final VBox root;
    private final GridPane hostGrid = new GridPane();
    private final VBox findingsBox = new VBox(6);
    private final ListView<String> list;
    private final TextField addField;
    private final StringProperty editError = new SimpleStringProperty("");
    private final MailServersViewModel vm;

    public MailServersView(MailServersViewModel vm) {
        this.vm = vm;
        list = patternList();
        addField = newPatternField();
        findingsBox.setId("mx-findings");
        vm.coverageProperty().addListener((o, was, now) -> rebuildFindings());
        vm.wildcardAlternatives().addListener((ListChangeListener<String>) c -> rebuildFindings());
        rebuildFindings();

        root = new VBox(
                18,
                Ui.header(
                        "Which servers receive your mail?",
                        "The policy lists the mail servers senders may deliver to. Each server in DNS must match a pattern, "
                                + "or senders in enforce mode refuse to deliver to it."),
                hostsSection(),
                patternsSection(),
                findingsBox);
        root.getStyleClass().add("screen");
        root.setId("screen-mail-servers");
    }

    /** The MX hosts the lookup found, each with whether a pattern covers it; or why there are none. */
    private Node hostsSection() {
        Label lookupNote = Ui.wrapped("");
        lookupNote.setId("mx-lookup-note");
        lookupNote.getStyleClass().add(Styles.WARNING);
        lookupNote.setGraphic(Ui.icon(Feather.ALERT_TRIANGLE));
        lookupNote.textProperty().bind(vm.lookupNoteProperty());
        Ui.hideWhenEmpty(lookupNote);

        hostGrid.setId("mx-hosts");
        hostGrid.setHgap(16);
        hostGrid.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(60);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setMinWidth(160);
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHgrow(Priority.ALWAYS);
        hostGrid.getColumnConstraints().addAll(c0, c1, c2);
        vm.hostRows().addListener((ListChangeListener<MailServersViewModel.HostRow>) c -> rebuildHosts());
        rebuildHosts();
        VBox hostsBox = new VBox(8, sectionTitle("Mail servers in DNS (MX)"), lookupNote, hostGrid);
        hostsBox.getStyleClass().add("card-box");
        return hostsBox;
    }

    /** The policy's mx patterns: a field to add one, the list, Edit and Remove, the errors. */
    private Node patternsSection() {
        Button add = new Button("_Add", Ui.icon(Feather.PLUS));
        add.setId("mx-add");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            vm.addPattern();
            addField.requestFocus();
        });
        ValidationSupport validation = new ValidationSupport();
        Label addError = Ui.inlineError(addField, vm.newPatternErrorProperty(), validation);
        addError.setId("mx-new-pattern-error");
        Label editErrorLabel = Ui.inlineError(list, editError, null);
        editErrorLabel.setId("mx-edit-error");
        Label emptyError = Ui.inlineError(list, vm.patternsErrorProperty(), null);
        emptyError.setId("mx-patterns-error");

        HBox addRow = new HBox(8, addField, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label keys = Ui.muted("Keyboard: type a pattern and press Enter to add it; in the list, F2 edits and "
                + "Delete removes the selected pattern.");
        VBox patternsBox = new VBox(
                8,
                sectionTitle("Policy mx patterns"),
                Ui.muted("Senders deliver only to MX hosts that match one of these. Exact host names are safest; "
                        + "a wildcard *.example.net matches exactly one label in place of the *."),
                Ui.fieldLabel("New _pattern", addField),
                addRow,
                addError,
                list,
                editErrorLabel,
                emptyError,
                listButtons(),
                keys);
        patternsBox.getStyleClass().add("card-box");
        return patternsBox;
    }

    /** Editable in place: F2 edits, Delete removes; an edit core rejects shows its reason below. */
    private ListView<String> patternList() {
        ListView<String> patterns = new ListView<>(vm.patterns());
        patterns.setId("mx-patterns");
        patterns.setEditable(true);
        patterns.getStyleClass().add(Styles.DENSE);
        patterns.setPrefHeight(150);
        patterns.setMinHeight(110);
        patterns.setCellFactory(lv -> new TextFieldListCell<>(new DefaultStringConverter()));
        patterns.setAccessibleText("Policy mx patterns");
        patterns.setOnEditCommit(e -> {
            String problem = vm.editPattern(e.getIndex(), e.getNewValue());
            editError.set(problem);
        });
        patterns.setOnEditCancel(e -> editError.set(""));
        patterns.setOnKeyPressed(e -> {
            int i = patterns.getSelectionModel().getSelectedIndex();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && i >= 0
                    && patterns.getEditingIndex() < 0) {
                vm.removePattern(i);
                e.consume();
            } else if (e.getCode() == KeyCode.F2 && i >= 0) {
                patterns.edit(i);
                e.consume();
            }
        });
        return patterns;
    }

    private TextField newPatternField() {
        TextField field = new TextField();
        field.setId("mx-new-pattern");
        field.setPromptText("mail.example.net or *.example.net");
        field.textProperty().bindBidirectional(vm.newPatternProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Ui.enterRuns(field, vm::addPattern);
        return field;
    }

    /** Edit and Remove, for the selected pattern. */
    private HBox listButtons() {
        Button edit = new Button("_Edit", Ui.icon(Feather.EDIT_2));
        edit.setId("mx-edit");
        edit.setMnemonicParsing(true);
        edit.disableProperty()
                .bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        edit.setOnAction(e -> {
            list.requestFocus();
            list.edit(list.getSelectionModel().getSelectedIndex());
        });
        Button remove = new Button("_Remove", Ui.icon(Feather.TRASH_2));
        remove.setId("mx-remove");
        remove.setMnemonicParsing(true);
        remove.disableProperty()
                .bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> vm.removePattern(list.getSelectionModel().getSelectedIndex()));
        return new HBox(8, edit, remove);
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private void rebuildHosts() {
        hostGrid.getChildren().clear();
        Label h0 = new Label("Priority");
        Label h1 = new Label("Host");
        Label h2 = new Label("Covered by the patterns?");
        for (Label h : new Label[] {h0, h1, h2}) {
            h.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        }
        hostGrid.addRow(0, h0, h1, h2);
        int r = 1;
        for (MailServersViewModel.HostRow row : vm.hostRows()) {
            Label prio = new Label(String.valueOf(row.priority()));
            Label host = new Label(row.host());
            host.getStyleClass().add("mono");
            FontIcon icon = Ui.icon(row.covered() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
            icon.getStyleClass().add(row.covered() ? "status-pass" : "status-fail");
            Label cov = new Label(row.coverage(), icon);
            cov.setWrapText(true);
            cov.setId(Ui.safeId("mx-coverage-" + row.host()));
            cov.setAccessibleText(row.host() + ": " + row.coverage());
            hostGrid.addRow(r++, prio, host, cov);
        }
        if (vm.hostRows().isEmpty()) {
            hostGrid.add(Ui.muted("No MX hosts known."), 0, 1, 3, 1);
        }
    }

    private void rebuildFindings() {
        findingsBox.getChildren().clear();
        for (String f : vm.findings()) {
            FontIcon icon = Ui.icon(Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add("status-warn");
            Label l = Ui.wrapped(f);
            l.setGraphic(icon);
            findingsBox.getChildren().add(l);
        }
        for (String a : vm.wildcardAlternatives()) {
            FontIcon icon = Ui.icon(Feather.INFO);
            icon.getStyleClass().add("status-info");
            Label l = Ui.muted(a);
            l.setGraphic(icon);
            findingsBox.getChildren().add(l);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return addField;
    }
}
