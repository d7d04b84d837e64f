package org.mtasts.wizard.ui.bulk;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.ui.common.Dialogs;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.SaveOutcome;

/**
 * Check many domains: the list (typed, pasted or opened), Start and Stop, a progress bar, then a
 * sortable, filterable table with a row per domain; double-click (or Enter) opens the domain's
 * full result on the Verify screen.
 */
public final class BulkView implements Screen {
    private final BulkViewModel vm;
    private final Consumer<Report> open;
    private final Runnable start;
    private final FileChooserPort files;
    private final VBox root;
    private final TextArea list;
    private final TableView<BulkRow> table = new TableView<>();

    /**
     * @param onStart what Start does (the wizard starts the run with the current settings)
     * @param onOpen  what opening a finished row does (the wizard shows the report on Verify)
     */
    public BulkView(BulkViewModel vm, FileChooserPort files, Runnable onStart, Consumer<Report> onOpen) {
        this.vm = vm;
        this.open = onOpen;
        this.start = onStart;
        this.files = files;
        list = listArea();
        Label message = Ui.wrapped("");
        message.setId("bulk-message");
        message.textProperty().bind(vm.messageProperty());
        Ui.hideWhenEmpty(message);
        buildTable();

        root = new VBox(
                14,
                Ui.header(
                        "Check many domains",
                        "Runs the same live checks as for one domain on every domain of a list, several at a "
                                + "time; a mail server shared by many domains is probed once. Double-click a "
                                + "row for that domain's full result."),
                new VBox(6, Ui.fieldLabel("Domains, one a _line", list), list),
                runButtons(),
                problemsNote(),
                progressRow(),
                message,
                tableTools(),
                table);
        root.getStyleClass().add("screen");
        root.setId("screen-bulk");
    }

    private TextArea listArea() {
        TextArea area = new TextArea();
        area.setId("bulk-list");
        area.setPromptText("example.com\nexample.org\n# comments, URLs and addresses are fine");
        area.setPrefRowCount(5);
        area.setWrapText(false);
        area.textProperty().bindBidirectional(vm.listTextProperty());
        area.getStyleClass().add("mono");
        return area;
    }

    /** Start, Stop and Open list. */
    private HBox runButtons() {
        Button openList = new Button("O_pen list...", Ui.icon(Feather.FOLDER));
        openList.setId("bulk-open");
        openList.setMnemonicParsing(true);
        openList.disableProperty().bind(vm.runningProperty());
        openList.setOnAction(e -> openList());
        Button startButton = new Button("_Start", Ui.icon(Feather.PLAY));
        startButton.setId("bulk-start");
        startButton.setMnemonicParsing(true);
        startButton.getStyleClass().add(Styles.ACCENT);
        startButton.disableProperty().bind(vm.runningProperty());
        startButton.setOnAction(e -> start.run());
        Button stop = new Button("S_top", Ui.icon(Feather.STOP_CIRCLE));
        stop.setId("bulk-cancel");
        stop.setMnemonicParsing(true);
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(8, startButton, stop, openList);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    /** The lines of the list that are not domains, with their line numbers. */
    private Label problemsNote() {
        Label problems = Ui.wrapped("");
        problems.setId("bulk-problems");
        problems.textProperty().bind(vm.problemsProperty());
        problems.setGraphic(Ui.icon(Feather.ALERT_TRIANGLE));
        problems.getStyleClass().add(Styles.WARNING);
        Ui.hideWhenEmpty(problems);
        return problems;
    }

    /** A bar and "n of m checked", once a run has started. */
    private HBox progressRow() {
        ProgressBar progress = new ProgressBar(0);
        progress.setId("bulk-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.progressProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> vm.totalProperty().get() == 0
                                ? 0
                                : (double) vm.doneProperty().get()
                                        / vm.totalProperty().get(),
                        vm.doneProperty(),
                        vm.totalProperty()));
        Label count = new Label();
        count.setId("bulk-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.doneProperty().get() + " of "
                                + vm.totalProperty().get() + " checked",
                        vm.doneProperty(),
                        vm.totalProperty()));
        HBox progressRow = new HBox(10, progress, count);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(vm.totalProperty().greaterThan(0));
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        return progressRow;
    }

    /** Above the table: filter by name and by verdict; Export on the right. */
    private HBox tableTools() {
        TextField filter = new TextField();
        filter.setId("bulk-filter");
        filter.setPromptText("Filter domains");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(320);
        ComboBox<BulkViewModel.VerdictFilter> verdict = new ComboBox<>();
        verdict.setId("bulk-verdict-filter");
        verdict.getItems().setAll(BulkViewModel.VerdictFilter.values());
        verdict.valueProperty().bindBidirectional(vm.verdictFilterProperty());
        verdict.setAccessibleText("Show verdicts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuButton export = new MenuButton("E_xport");
        export.setGraphic(Ui.icon(Feather.DOWNLOAD));
        export.setId("bulk-export");
        export.setMnemonicParsing(true);
        export.disableProperty().bind(vm.hasReportsProperty().not());
        for (BulkFormat f : BulkFormat.values()) {
            MenuItem item = new MenuItem("As " + f.label() + "...");
            item.setId("bulk-export-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> export(f));
            export.getItems().add(item);
        }
        HBox tools = new HBox(8, filter, verdict, spacer, export);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    /** #, Domain, Verdict (sorted by severity), Mode, Failing checks. */
    private static List<TableColumn<BulkRow, ?>> columns() {
        TableColumn<BulkRow, Number> index = new TableColumn<>("#");
        index.setCellValueFactory(
                c -> Bindings.createIntegerBinding(() -> c.getValue().index() + 1));
        index.setPrefWidth(52);
        index.setMaxWidth(70);
        TableColumn<BulkRow, String> domain = new TableColumn<>("Domain");
        domain.setCellValueFactory(c -> Bindings.createStringBinding(c.getValue()::domain));
        domain.setPrefWidth(200);
        TableColumn<BulkRow, BulkRow> verdict = new TableColumn<>("Verdict");
        verdict.setCellValueFactory(
                c -> Bindings.createObjectBinding(c::getValue, c.getValue().stateProperty()));
        verdict.setComparator(Comparator.comparingInt(BulkRow::severity));
        verdict.setCellFactory(col -> new VerdictCell());
        verdict.setPrefWidth(130);
        TableColumn<BulkRow, String> mode = new TableColumn<>("Mode");
        mode.setCellValueFactory(c ->
                Bindings.createStringBinding(c.getValue()::mode, c.getValue().stateProperty()));
        mode.setPrefWidth(90);
        TableColumn<BulkRow, String> failing = new TableColumn<>("Failing checks");
        failing.setCellValueFactory(c ->
                Bindings.createStringBinding(c.getValue()::failing, c.getValue().stateProperty()));
        failing.setPrefWidth(260);
        return List.of(index, domain, verdict, mode, failing);
    }

    /** The results, a row per domain: sortable, filtered by the view model; a row opens on Verify. */
    private void buildTable() {
        table.setId("bulk-table");
        table.setPlaceholder(Ui.muted("Results appear here as each domain's check ends."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setPrefHeight(340);
        table.setMinHeight(200);

        table.getColumns().addAll(columns());

        SortedList<BulkRow> sorted = new SortedList<>(vm.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.setRowFactory(tv -> {
            TableRow<BulkRow> row = new TableRow<>() {
                @Override
                protected void updateItem(BulkRow item, boolean empty) {
                    super.updateItem(item, empty);
                    String first = empty || item == null ? "" : item.firstFailure();
                    setTooltip(first.isEmpty() ? null : new Tooltip(first));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openRow(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                openRow(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void openRow(BulkRow row) {
        if (row.report() != null) {
            open.accept(row.report());
        }
    }

    /** The table, for tests. */
    public TableView<BulkRow> table() {
        return table;
    }

    private void openList() {
        Optional<Path> chosen = files.open(
                root.getScene().getWindow(),
                "Open a list of domains",
                new FileChooser.ExtensionFilter("Text files", "*.txt", "*.csv", "*.list", "*"));
        chosen.ifPresent(vm::load);
    }

    private void export(BulkFormat format) {
        Optional<Path> chosen = files.save(
                root.getScene().getWindow(),
                "Export the results as " + format.label(),
                "mta-sts-bulk" + format.extension(),
                new FileChooser.ExtensionFilter(format.label(), format.glob()));
        if (chosen.isEmpty()) {
            return;
        }
        if (vm.export(chosen.get(), format, false) == SaveOutcome.EXISTS
                && Dialogs.confirmReplace(root, List.of(chosen.get()))) {
            vm.export(chosen.get(), format, true);
        }
    }

    /** The verdict as an icon and a word, coloured like the Verify rows. */
    private static final class VerdictCell extends TableCell<BulkRow, BulkRow> {
        @Override
        protected void updateItem(BulkRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.verdictText());
            Status s = row.stateProperty().get() == BulkRow.State.DONE
                            && !row.report().nothingChecked()
                    ? row.verdict()
                    : null;
            FontIcon icon = Ui.icon(
                    s == null
                            ? (row.stateProperty().get() == BulkRow.State.CHECKING
                                    ? Feather.LOADER
                                    : Feather.MINUS_CIRCLE)
                            : switch (s) {
                                case PASS -> Feather.CHECK_CIRCLE;
                                case WARN -> Feather.ALERT_TRIANGLE;
                                case FAIL -> Feather.X_CIRCLE;
                                case INCONCLUSIVE -> Feather.HELP_CIRCLE;
                                case SKIPPED -> Feather.MINUS_CIRCLE;
                                case INFO -> Feather.INFO;
                            });
            icon.getStyleClass()
                    .add(
                            s == null
                                    ? "status-muted"
                                    : switch (s) {
                                        case PASS -> "status-pass";
                                        case WARN -> "status-warn";
                                        case FAIL -> "status-fail";
                                        case INCONCLUSIVE, SKIPPED -> "status-muted";
                                        case INFO -> "status-info";
                                    });
            setGraphic(icon);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return list;
    }
}
