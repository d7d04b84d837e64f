package org.mtasts.wizard.ui.verify;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Evidence;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.SetupComparison;
import org.mtasts.wizard.ui.common.Dialogs;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.SaveOutcome;

/**
 * Verify: a banner with the verdict, then one expandable row per requirement (status icon, title,
 * one-line summary; expanded: the evidence, the RFC rule and the fix).
 */
public final class VerifyView implements Screen {
    private final VerifyViewModel vm;
    private final FileChooserPort files;
    private final VBox root;
    private final VBox rowsBox = new VBox(6);
    private final Button runAgain;
    private final Consumer<String> onReadReports;

    /**
     * @param onRunAgain what Run again does (the wizard runs the checks with the current settings)
     * @param onReadReports what "Read the TLS reports" does with the checked domain (A-labels): the
     *     wizard opens the reports screen, offered while the live policy is in testing mode
     */
    public VerifyView(VerifyViewModel vm, FileChooserPort files, Runnable onRunAgain, Consumer<String> onReadReports) {
        this.vm = vm;
        this.files = files;
        this.onReadReports = onReadReports;
        runAgain = new Button("_Run again", Ui.icon(Feather.REFRESH_CW));
        runAgain.setId("verify-run-again");
        runAgain.setMnemonicParsing(true);
        runAgain.disableProperty().bind(vm.runningProperty());
        runAgain.setOnAction(e -> onRunAgain.run());

        Label message = Ui.wrapped("");
        message.setId("verify-message");
        message.textProperty().bind(vm.messageProperty());
        Ui.hideWhenEmpty(message);

        rowsBox.setId("verify-rows");
        followRows();

        root = new VBox(
                16,
                Ui.header(
                        "Does it work?",
                        "The checks a sending mail server makes: DNS records, the policy file over HTTPS, and STARTTLS "
                                + "with every mail server. Expand a row for the evidence, the rule and the fix."),
                banner(),
                buttons(),
                message,
                rowsBox);
        root.getStyleClass().add("screen");
        root.setId("screen-verify");
    }

    /** The verdict with its icon and colour, a detail line, and the progress while checks run. */
    private Node banner() {
        FontIcon bannerIcon = new FontIcon();
        bannerIcon.setIconSize(28);
        Label bannerTitle = new Label();
        bannerTitle.setId("verify-banner");
        bannerTitle.setWrapText(true);
        bannerTitle.getStyleClass().add(Styles.TITLE_4);
        bannerTitle.textProperty().bind(vm.bannerProperty());
        Label bannerDetail = Ui.muted("");
        bannerDetail.setId("verify-banner-detail");
        bannerDetail.textProperty().bind(vm.bannerDetailProperty());
        Ui.hideWhenEmpty(bannerDetail);
        VBox bannerText = new VBox(4, bannerTitle, bannerDetail, progressBar());
        HBox.setHgrow(bannerText, Priority.ALWAYS);
        HBox banner = new HBox(14, bannerIcon, bannerText);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("card-box");
        banner.setId("verify-banner-box");
        Runnable updateBanner = () -> styleBanner(banner, bannerIcon);
        vm.reportProperty().addListener((o, was, now) -> updateBanner.run());
        vm.runningProperty().addListener((o, was, now) -> updateBanner.run());
        updateBanner.run();
        return banner;
    }

    private ProgressBar progressBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("verify-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> vm.totalProperty().get() == 0
                                ? 0
                                : (double) vm.doneProperty().get()
                                        / vm.totalProperty().get(),
                        vm.doneProperty(),
                        vm.totalProperty()));
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }

    /** Activity while running or before a report; otherwise the verdict's icon and colour. */
    private void styleBanner(HBox banner, FontIcon bannerIcon) {
        Report r = vm.reportProperty().get();
        banner.getStyleClass().removeAll("banner-pass", "banner-warn", "banner-fail");
        if (vm.runningProperty().get() || r == null) {
            bannerIcon.setIconCode(Feather.ACTIVITY);
            bannerIcon.getStyleClass().setAll("ikonli-font-icon", "status-info");
        } else {
            Status s = r.nothingChecked() ? Status.INCONCLUSIVE : r.verdict();
            SetupComparison cmp = vm.comparison();
            if (s == Status.PASS && cmp != null && cmp.state() == SetupComparison.State.OTHER_SETUP_LIVE) {
                // What passed is the old setup: not a green light for the draft.
                s = Status.WARN;
            }
            bannerIcon.setIconCode(icon(s));
            bannerIcon.getStyleClass().setAll("ikonli-font-icon", styleOf(s));
            banner.getStyleClass().add("banner-" + (s == Status.PASS ? "pass" : s == Status.FAIL ? "fail" : "warn"));
        }
    }

    /** Run again, Stop, Copy report, Save report, and Read the TLS reports in testing mode. */
    private FlowPane buttons() {
        Button cancel = new Button("S_top", Ui.icon(Feather.STOP_CIRCLE));
        cancel.setId("verify-cancel");
        cancel.setMnemonicParsing(true);
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button copy = new Button("Copy re_port", Ui.icon(Feather.COPY));
        copy.setId("verify-copy");
        copy.setMnemonicParsing(true);
        copy.disableProperty().bind(vm.reportProperty().isNull());
        copy.setOnAction(
                e -> Ui.copy(ReportFormat.MARKDOWN.render(vm.reportProperty().get())));
        MenuButton save = new MenuButton("Sa_ve report");
        save.setGraphic(Ui.icon(Feather.SAVE));
        save.setId("verify-save");
        save.setMnemonicParsing(true);
        save.disableProperty().bind(vm.reportProperty().isNull());
        for (ReportFormat f : ReportFormat.values()) {
            MenuItem item = new MenuItem("As " + f.label() + "...");
            item.setId("verify-save-" + f.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> saveReport(f));
            save.getItems().add(item);
        }
        Button reports = new Button("Read the T_LS reports", Ui.icon(Feather.BAR_CHART_2));
        reports.setId("verify-read-reports");
        reports.setMnemonicParsing(true);
        reports.visibleProperty()
                .bind(vm.liveInTestingProperty().and(vm.runningProperty().not()));
        reports.managedProperty().bind(reports.visibleProperty());
        // After the click has been handled: the button leaves the scene with the screen it is on.
        reports.setOnAction(e -> {
            String domain = vm.reportProperty().get().domain();
            Platform.runLater(() -> onReadReports.accept(domain));
        });
        // A flow: with the reports button the row is wider than the screen at the minimum window size.
        FlowPane buttons = new FlowPane(8, 8, runAgain, cancel, copy, save, reports);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    /**
     * Rows change one at a time while a check runs: touch only those nodes, so CSS and layout work
     * per result stays small and the window stays smooth.
     */
    private void followRows() {
        vm.rows().addListener((ListChangeListener<VerifyRow>) c -> {
            while (c.next()) {
                if (c.wasPermutated() || c.wasUpdated()) {
                    rebuildRows();
                    return;
                }
                if (c.wasRemoved()) {
                    rowsBox.getChildren().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                if (c.wasAdded()) {
                    List<Node> added = new ArrayList<>();
                    for (VerifyRow row : c.getAddedSubList()) {
                        added.add(rowNode(row));
                    }
                    rowsBox.getChildren().addAll(c.getFrom(), added);
                }
            }
        });
        rebuildRows();
    }

    private void rebuildRows() {
        rowsBox.getChildren().clear();
        for (VerifyRow row : vm.rows()) {
            rowsBox.getChildren().add(rowNode(row));
        }
    }

    private Node rowNode(VerifyRow row) {
        TitledPane pane = new TitledPane();
        pane.setId(Ui.safeId("row-" + row.key()));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> fillRow(pane, row, vm.expandCodeProperty().get());
        row.resultProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return pane;
    }

    private static void fillRow(TitledPane pane, VerifyRow row, String expandCode) {
        CheckResult r = row.resultProperty().get();
        Node statusNode;
        if (r == null) {
            ProgressIndicator spin = new ProgressIndicator();
            spin.setPrefSize(18, 18);
            statusNode = spin;
        } else {
            FontIcon i = Ui.icon(icon(r.status()));
            i.setIconSize(18);
            i.getStyleClass().add(styleOf(r.status()));
            statusNode = i;
        }
        Label title = new Label(row.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label summary = Ui.muted(r == null ? "Checking..." : r.summary());
        summary.setId(Ui.safeId("summary-" + row.key()));
        Label statusWord = new Label(r == null ? "" : word(r.status()));
        statusWord.getStyleClass().addAll(Styles.TEXT_SMALL, "status-word");
        VBox text = new VBox(2, new HBox(8, title, statusWord), summary);
        HBox graphic = new HBox(10, statusNode, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        // A TitledPane does not wrap its graphic: size it to the pane so long summaries wrap.
        text.prefWidthProperty().bind(pane.widthProperty().subtract(90));
        text.setMinWidth(0);
        pane.setMinWidth(0);
        pane.setGraphic(graphic);
        pane.setText(null);
        pane.setAccessibleText((r == null ? "Pending" : word(r.status())) + ": " + row.title()
                + (r == null ? "" : ". " + r.summary()));
        pane.setCollapsible(r != null);
        // A failing row opens by itself: its evidence and fix are what the user came for.
        // So does the row a reported failure links to (the reports screen's "Open the live check").
        if (r != null && (r.status() == Status.FAIL || row.id().code().equals(expandCode))) {
            pane.setExpanded(true);
        }
        pane.setContent(r == null ? new VBox() : details(r));
        pane.getProperties().put("status", r == null ? null : r.status());
    }

    private static Node details(CheckResult r) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(90);
        c0.setMaxWidth(260);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1);
        int i = 0;
        for (Evidence e : r.evidence()) {
            Label k = Ui.muted(e.label());
            Label v = new Label(e.value());
            v.setWrapText(true);
            v.getStyleClass().add("mono");
            grid.addRow(i++, k, v);
        }
        Label rule = Ui.wrapped("Rule: " + r.rule());
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8);
        if (i > 0) {
            box.getChildren().add(grid);
        }
        box.getChildren().add(rule);
        if (!r.fix().isEmpty()) {
            Label fix = Ui.wrapped("Fix: " + r.fix());
            fix.setGraphic(Ui.icon(Feather.TOOL));
            box.getChildren().add(fix);
        }
        return box;
    }

    static Feather icon(Status s) {
        return switch (s) {
            case PASS -> Feather.CHECK_CIRCLE;
            case WARN -> Feather.ALERT_TRIANGLE;
            case FAIL -> Feather.X_CIRCLE;
            case INCONCLUSIVE -> Feather.HELP_CIRCLE;
            case SKIPPED -> Feather.MINUS_CIRCLE;
            case INFO -> Feather.INFO;
        };
    }

    static String styleOf(Status s) {
        return switch (s) {
            case PASS -> "status-pass";
            case WARN -> "status-warn";
            case FAIL -> "status-fail";
            case INCONCLUSIVE, SKIPPED -> "status-muted";
            case INFO -> "status-info";
        };
    }

    static String word(Status s) {
        return switch (s) {
            case PASS -> "Pass";
            case WARN -> "Warning";
            case FAIL -> "Fail";
            case INCONCLUSIVE -> "Inconclusive";
            case SKIPPED -> "Skipped";
            case INFO -> "Info";
        };
    }

    private void saveReport(ReportFormat format) {
        Report r = vm.reportProperty().get();
        Optional<Path> chosen = files.save(
                root.getScene().getWindow(),
                "Save the report as " + format.label(),
                "mta-sts-report-" + r.domain() + format.extension(),
                new FileChooser.ExtensionFilter(format.label(), format.glob()));
        if (chosen.isEmpty()) {
            return;
        }
        if (vm.saveReport(chosen.get(), format, false) == SaveOutcome.EXISTS
                && Dialogs.confirmReplace(root, List.of(chosen.get()))) {
            vm.saveReport(chosen.get(), format, true);
        }
    }

    @Override
    public Node root() {
        return root;
    }
}
