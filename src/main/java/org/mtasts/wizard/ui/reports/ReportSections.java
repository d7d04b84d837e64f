package org.mtasts.wizard.ui.reports;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.core.tlsrpt.ResultType;
import org.mtasts.wizard.ui.common.Ui;

/** The parts of the reports screen that show one domain's summary: figures, chart, organisations, failures. */
final class ReportSections {
    /** More days than this and the chart shows the latest ones only (bars would be hairlines). */
    static final int CHART_DAYS = 90;
    /** Failure rows listed per result type; the rest are counted. */
    static final int FAILURE_ROWS = 6;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private ReportSections() {}

    /** "12 reports from 3 organisations: 4210 sessions, 37 failed (0.9 %)", and where counts disagree. */
    static Node figures(ReportSummary s) {
        double ratio = s.sessions() == 0 ? 0 : 100.0 * s.failedSessions() / s.sessions();
        Label main = Ui.wrapped(ReportsViewModel.count(s.reports(), "report") + " from "
                + ReportsViewModel.count(s.organisations().size(), "organisation") + " for " + s.policyDomain() + ": "
                + ReportsViewModel.count(s.sessions(), "session") + ", " + s.failedSessions() + " failed"
                + String.format(Locale.ROOT, " (%.1f %%).", ratio));
        main.setId("reports-figures");
        main.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(4, main);
        if (s.failureCountsDiffer()) {
            // RFC 8460 §4.4 has both; reporters do not always make them agree. Show both, count the summary.
            Label differ = Ui.muted("The failure details add up to " + s.detailedFailures()
                    + " sessions; the reports' summaries say " + s.failedSessions() + ", which is the figure counted.");
            differ.setId("reports-counts-differ");
            box.getChildren().add(differ);
        }
        if (s.undatedReports() > 0) {
            box.getChildren()
                    .add(Ui.muted(ReportsViewModel.count(s.undatedReports(), "report")
                            + " without a usable date range: counted, but not on the chart."));
        }
        return box;
    }

    /** Successful and failed sessions per UTC day, stacked. */
    static Node chart(ReportSummary s) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("Sessions");
        y.setForceZeroInRange(true);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId("reports-chart");
        chart.getStyleClass().add("reports-chart");
        chart.setAnimated(false);
        chart.setTitle("Sessions per day (UTC)");
        chart.setCategoryGap(4);
        chart.setPrefHeight(280);
        chart.setMinHeight(220);
        XYChart.Series<String, Number> ok = new XYChart.Series<>();
        ok.setName("Successful");
        XYChart.Series<String, Number> failed = new XYChart.Series<>();
        failed.setName("Failed");
        List<ReportSummary.Day> days = s.days();
        List<ReportSummary.Day> shown =
                days.size() > CHART_DAYS ? days.subList(days.size() - CHART_DAYS, days.size()) : days;
        for (ReportSummary.Day d : shown) {
            String label = DAY.format(d.date());
            ok.getData().add(new XYChart.Data<>(label, d.successful()));
            failed.getData().add(new XYChart.Data<>(label, d.failed()));
        }
        chart.getData().setAll(List.of(ok, failed));
        chart.setAccessibleText("Sessions per day: " + shown.size() + " days, " + s.successfulSessions()
                + " successful, " + s.failedSessions() + " failed");
        VBox box = new VBox(4, chart);
        if (shown.size() < days.size()) {
            box.getChildren()
                    .add(Ui.muted("The chart shows the latest " + CHART_DAYS + " of " + days.size() + " days."));
        }
        return box;
    }

    /** A row per reporting organisation: its sessions, failures and the policies it saw. */
    static Node organisations(ReportSummary s) {
        TableView<ReportSummary.Organisation> table = new TableView<>();
        table.setId("reports-organisations");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .addAll(List.of(
                        text("Organisation", 170, o -> o.name().isEmpty() ? "(no name)" : o.name()),
                        number("Reports", 80, o -> (long) o.reports()),
                        number("Sessions", 90, ReportSummary.Organisation::sessions),
                        number("Failed", 80, ReportSummary.Organisation::failed),
                        text("Policy type", 110, o -> String.join(", ", o.policyTypes())),
                        text("Policy seen", 260, ReportSections::policiesSeen)));
        table.getItems().setAll(s.organisations());
        table.setFixedCellSize(30);
        // As tall as its rows (up to ten), so the screen scrolls rather than the table.
        double height = 34 + 30 * Math.max(1, Math.min(10, s.organisations().size())) + 4;
        table.setPrefHeight(height);
        table.setMinHeight(height);
        table.setMaxHeight(height);
        return new VBox(8, sectionTitle("Reporting organisations"), table);
    }

    /** Each policy a reporter saw, its lines in one line (RFC 8460 §4.4: the policy's lines, not its id). */
    static String policiesSeen(ReportSummary.Organisation o) {
        return o.policiesSeen().stream()
                .map(p -> p.lines().isEmpty() ? p.policyType() : String.join("; ", p.lines()))
                .collect(Collectors.joining("  |  "));
    }

    private static TableColumn<ReportSummary.Organisation, String> text(
            String title, double width, Function<ReportSummary.Organisation, String> value) {
        TableColumn<ReportSummary.Organisation, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private static TableColumn<ReportSummary.Organisation, Long> number(
            String title, double width, Function<ReportSummary.Organisation, Long> value) {
        TableColumn<ReportSummary.Organisation, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Failures by RFC 8460 §4.3 result type: what each means, what to do, and the live check that tests it. */
    static Node failures(ReportSummary s, Consumer<String> openCheck) {
        VBox box = new VBox(10, sectionTitle("Failures by result type"));
        box.setId("reports-failures");
        if (s.failureGroups().isEmpty()) {
            Label none = Ui.wrapped("No failed sessions reported.");
            none.setGraphic(icon(Feather.CHECK_CIRCLE, "status-pass"));
            none.setId("reports-no-failures");
            box.getChildren().add(none);
            return box;
        }
        for (ReportSummary.FailureGroup g : s.failureGroups()) {
            box.getChildren().add(failureCard(g, openCheck));
        }
        return box;
    }

    private static Node failureCard(ReportSummary.FailureGroup g, Consumer<String> openCheck) {
        ResultType t = g.type();
        String token = t == ResultType.UNKNOWN && !g.entries().isEmpty()
                ? g.entries().get(0).rawResultType()
                : t.token();
        Label title = new Label(token + ": " + ReportsViewModel.count(g.sessions(), "failed session"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setGraphic(
                t.blocksEnforce()
                        ? icon(Feather.X_CIRCLE, "status-fail")
                        : icon(Feather.ALERT_TRIANGLE, "status-warn"));
        Label meaning = Ui.wrapped(t.meaning());
        Label fix = Ui.wrapped("Fix: " + t.fix());
        fix.setGraphic(Ui.icon(Feather.TOOL));
        VBox card = new VBox(8, title, meaning, fix, entries(g));
        t.checkCode().ifPresent(code -> {
            Button open = new Button("Open the live check: " + checkTitle(code), Ui.icon(Feather.EXTERNAL_LINK));
            open.setId("reports-open-check-" + t.token());
            open.setOnAction(e -> openCheck.accept(code));
            card.getChildren().add(open);
        });
        card.getStyleClass().addAll("card-box", t.blocksEnforce() ? "banner-fail" : "banner-warn");
        card.setId(Ui.safeId("failure-" + token));
        return card;
    }

    /** Where and why: receiving MX and IP, sending IP, reason code, sessions, reporters. */
    private static Node entries(ReportSummary.FailureGroup g) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        String[] heads = {"Receiving MX", "Receiving IP", "Sending IP", "Reason code", "Sessions", "Reported by"};
        for (int c = 0; c < heads.length; c++) {
            Label h = Ui.muted(heads[c]);
            h.getStyleClass().add(Styles.TEXT_SMALL);
            grid.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setHgrow(c == heads.length - 1 ? Priority.ALWAYS : Priority.SOMETIMES);
            grid.getColumnConstraints().add(cc);
        }
        int row = 1;
        for (ReportSummary.FailureEntry e : g.entries()) {
            if (row > FAILURE_ROWS) {
                break;
            }
            String[] cells = {
                or(e.receivingMxHostname()),
                or(e.receivingIp()),
                or(e.sendingMtaIp()),
                or(e.failureReasonCode()),
                Long.toString(e.sessions()),
                String.join(", ", e.organisations())
            };
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                l.getStyleClass().add(c < 4 ? "mono" : Styles.TEXT_SMALL);
                l.setWrapText(c == cells.length - 1);
                if (c == 3 && e.additionalInformation() != null) {
                    l.setTooltip(new Tooltip(e.additionalInformation()));
                }
                grid.add(l, c, row);
            }
            row++;
        }
        VBox box = new VBox(4, grid);
        if (g.entries().size() > FAILURE_ROWS) {
            box.getChildren().add(Ui.muted("... and " + (g.entries().size() - FAILURE_ROWS) + " more rows."));
        }
        return box;
    }

    private static String or(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    /** The live check a result type leads to, named as its Verify row is. */
    static String checkTitle(String code) {
        return switch (code) {
            case "mx-starttls" -> "STARTTLS on each MX host";
            case "mx-cert" -> "Certificates of the MX hosts";
            case "mx-records" -> "MX records";
            case "policy-status" -> "Policy answers 200, without redirects";
            case "policy-syntax" -> "Policy file is valid";
            case "policy-tls" -> "Policy host HTTPS and certificate";
            default -> code;
        };
    }

    static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    static FontIcon icon(Feather f, String style) {
        FontIcon i = Ui.icon(f);
        i.getStyleClass().add(style);
        return i;
    }

    static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
