package org.mtasts.wizard.ui.reports;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.tlsrpt.ReadinessCriteria;
import org.mtasts.wizard.core.tlsrpt.Reason;
import org.mtasts.wizard.core.tlsrpt.ReasonStatus;
import org.mtasts.wizard.core.tlsrpt.Verdict;
import org.mtasts.wizard.ui.common.Ui;

/**
 * "Ready to enforce?": the verdict with its reasons shown like Verify rows, then the two ways on:
 * switch to enforce, or remove MTA-STS (RFC 8461 §8.3) with its dates.
 */
final class ReadinessSection {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final ReportsViewModel vm;
    private final Runnable checkReadiness;
    private final ReportsView.PolicyOpener newPolicy;
    private final VBox root = new VBox(12);
    private final VBox dynamic = new VBox(12);
    private final Button check;

    ReadinessSection(ReportsViewModel vm, Runnable checkReadiness, ReportsView.PolicyOpener newPolicy) {
        this.vm = vm;
        this.checkReadiness = checkReadiness;
        this.newPolicy = newPolicy;
        check = new Button("Chec_k readiness", Ui.icon(Feather.ACTIVITY));
        check.setId("readiness-check");
        check.setMnemonicParsing(true);
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(vm.runningProperty());
        check.setOnAction(e -> checkReadiness.run());
        Label intro = Ui.muted("");
        intro.setId("readiness-criteria");
        Runnable criteria =
                () -> intro.setText(criteriaText(vm.criteriaProperty().get()));
        criteria.run();
        vm.criteriaProperty().addListener((o, was, now) -> criteria.run());
        root.getChildren().addAll(ReportSections.sectionTitle("Ready to enforce?"), intro, check, dynamic);
        root.setId("readiness");
        vm.verdictProperty().addListener((o, was, now) -> rebuild());
        vm.liveReportProperty().addListener((o, was, now) -> rebuild());
        vm.removalShownProperty().addListener((o, was, now) -> rebuild());
        rebuild();
    }

    static String criteriaText(ReadinessCriteria c) {
        return "Checks the reports against: at least " + c.minDays() + " days of reports from at least "
                + ReportsViewModel.count(c.minOrganisations(), "organisation") + "; no STARTTLS, certificate or "
                + "policy failures in the last " + c.recentDays() + " days"
                + (c.maxFailureRatio() > 0
                        ? String.format(Locale.ROOT, " (up to %.2f %% allowed)", 100 * c.maxFailureRatio())
                        : "")
                + "; reporters saw the live policy. Then runs the live check of the domain now.";
    }

    Node root() {
        return root;
    }

    private void rebuild() {
        dynamic.getChildren().clear();
        Verdict v = vm.verdictProperty().get();
        check.setText(v == null ? "Chec_k readiness" : "Chec_k again");
        if (v != null) {
            dynamic.getChildren().add(banner(v));
            VBox rows = new VBox(6);
            rows.setId("readiness-reasons");
            for (Reason r : v.reasons()) {
                rows.getChildren().add(reasonRow(r));
            }
            dynamic.getChildren().add(rows);
        }
        dynamic.getChildren().add(waysOn(v));
        if (vm.removalShownProperty().get()) {
            dynamic.getChildren().add(removal());
        }
    }

    private static Node banner(Verdict v) {
        long failing = v.reasons().stream()
                .filter(r -> r.status() == ReasonStatus.FAIL)
                .count();
        FontIcon icon = ReportSections.icon(
                v.ready() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE, v.ready() ? "status-pass" : "status-fail");
        icon.setIconSize(28);
        Label title = new Label(v.ready() ? "Ready to enforce" : "Not ready to enforce yet");
        title.setId("readiness-verdict");
        title.getStyleClass().add(Styles.TITLE_4);
        Label detail = Ui.muted(
                v.ready()
                        ? "Every reason below passes"
                                + (v.reasons().stream().anyMatch(r -> r.status() == ReasonStatus.WARN)
                                        ? ", some with warnings worth reading first."
                                        : ".")
                        : failing + " of " + v.reasons().size()
                                + " reasons stop it: fix them, import newer reports and check again.");
        VBox text = new VBox(4, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox banner = new HBox(14, icon, text);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("card-box", v.ready() ? "banner-pass" : "banner-fail");
        banner.setId("readiness-banner");
        return banner;
    }

    /** One reason as a Verify row: icon, title, status word; expanded, the evidence and the fix. */
    private static Node reasonRow(Reason r) {
        FontIcon icon = ReportSections.icon(
                switch (r.status()) {
                    case PASS -> Feather.CHECK_CIRCLE;
                    case WARN -> Feather.ALERT_TRIANGLE;
                    case FAIL -> Feather.X_CIRCLE;
                },
                "status-" + r.status().label());
        icon.setIconSize(18);
        Label title = new Label(r.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label word = new Label(
                switch (r.status()) {
                    case PASS -> "Pass";
                    case WARN -> "Warning";
                    case FAIL -> "Fail";
                });
        word.getStyleClass().addAll(Styles.TEXT_SMALL, "status-word");
        // A title that wraps must not squeeze the status word to an ellipsis.
        word.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, word);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox graphic = new HBox(10, icon, head);
        graphic.setAlignment(Pos.CENTER_LEFT);
        TitledPane pane = new TitledPane();
        pane.setId(Ui.safeId("reason-" + r.id()));
        pane.setAnimated(false);
        pane.setMaxWidth(Double.MAX_VALUE);
        head.prefWidthProperty().bind(pane.widthProperty().subtract(90));
        head.setMinWidth(0);
        pane.setMinWidth(0);
        pane.setGraphic(graphic);
        pane.setText(null);
        VBox details = new VBox(8);
        if (!r.evidence().isEmpty()) {
            Label evidence = Ui.wrapped(r.evidence());
            evidence.getStyleClass().add("mono");
            details.getChildren().add(evidence);
        }
        if (!r.fix().isEmpty()) {
            Label fix = Ui.wrapped("Fix: " + r.fix());
            fix.setGraphic(Ui.icon(Feather.TOOL));
            details.getChildren().add(fix);
        }
        pane.setContent(details);
        pane.setCollapsible(!details.getChildren().isEmpty());
        pane.setExpanded(
                r.status() == ReasonStatus.FAIL && !details.getChildren().isEmpty());
        pane.setAccessibleText(r.status().label() + ": " + r.title());
        pane.getProperties().put("status", r.status());
        return pane;
    }

    /** Switch to enforce (a longer max_age once ready) and Remove MTA-STS. */
    private Node waysOn(Verdict v) {
        String domain = vm.domainProperty().get();
        long maxAge = vm.suggestedMaxAge();
        Button enforce = new Button("Switch to e_nforce...", Ui.icon(Feather.SHIELD));
        enforce.setId("reports-switch-enforce");
        enforce.setMnemonicParsing(true);
        if (v != null && v.ready()) {
            enforce.getStyleClass().add(Styles.SUCCESS);
        }
        enforce.disableProperty().bind(vm.runningProperty());
        enforce.setOnAction(e -> newPolicy.open(domain, Mode.ENFORCE, maxAge));
        Button remove = new Button("Remo_ve MTA-STS...", Ui.icon(Feather.X_SQUARE));
        remove.setId("reports-remove");
        remove.setMnemonicParsing(true);
        remove.disableProperty().bind(vm.runningProperty());
        remove.setOnAction(e -> {
            vm.removalShownProperty().set(true);
            if (vm.liveReportProperty().get() == null) {
                // The dates follow from the live max_age: find it out first.
                checkReadiness.run();
            }
        });
        Label note = Ui.muted(enforceNote(v, maxAge));
        note.setId("reports-enforce-note");
        FlowPane buttons = new FlowPane(8, 8, enforce, remove);
        VBox box = new VBox(8, ReportSections.sectionTitle("What next"), note, buttons);
        box.setId("reports-ways-on");
        return box;
    }

    private String enforceNote(Verdict v, long maxAge) {
        String age = ReportsViewModel.describeMaxAge(maxAge);
        boolean inEnforce = vm.liveMode().orElse(null) == Mode.ENFORCE;
        String start = inEnforce ? "The live policy is already in enforce mode. " : "";
        if (v == null) {
            return start + "Switch to enforce opens Policy with mode enforce and a max_age of " + age
                    + "; Publish then makes a new id and shows the safe order. Check readiness first.";
        }
        if (v.ready()) {
            return start + "The reports are clean: Switch to enforce opens Policy with mode enforce and a max_age of "
                    + age + " (the longest allowed, so a forged downgrade is refused for longest); Publish makes a new "
                    + "id and shows the safe order: the policy file first, then the new id.";
        }
        return start + "Not ready yet: Switch to enforce still opens Policy with mode enforce, keeping max_age at "
                + age + " so a mistake is not cached by senders for long; fix the reasons above first.";
    }

    /** The removal path with dates from the live max_age (RFC 8461 §8.3). */
    private Node removal() {
        VBox box = new VBox(8, ReportSections.sectionTitle("Remove MTA-STS safely"));
        box.getStyleClass().add("card-box");
        box.setId("removal-plan");
        Report live = vm.liveReportProperty().get();
        if (live == null) {
            box.getChildren().add(Ui.muted("Checking the live policy for its max_age..."));
            return box;
        }
        var plan = vm.removalPlan();
        if (plan.isEmpty()) {
            Label none = Ui.wrapped(
                    "No valid policy is live for " + vm.domainProperty().get() + ", so senders have "
                            + "none cached from now on: you can delete the _mta-sts record and the policy host now. Senders "
                            + "that fetched an earlier policy keep it until its max_age has passed.");
            none.setId("removal-none");
            box.getChildren().add(none);
            return box;
        }
        ReportsViewModel.RemovalPlan p = plan.get();
        String old = ReportsViewModel.describeMaxAge(p.oldMaxAgeSeconds());
        box.getChildren()
                .addAll(
                        step(
                                1,
                                "Today, " + DATE.format(p.publishNone())
                                        + ": publish a policy with mode none and a max_age "
                                        + "of 1 day, then a new id in the _mta-sts record (the policy file first, then the id)."),
                        step(
                                2,
                                "Keep both published while senders' cached copies of the old policy expire: its max_age is "
                                        + old + " (" + p.oldMaxAgeSeconds() + " seconds)."),
                        step(
                                3,
                                "From " + DATE.format(p.removeFrom())
                                        + ": delete the _mta-sts and _smtp._tls records and "
                                        + "the policy host mta-sts."
                                        + vm.domainProperty().get() + "."));
        box.getChildren().get(box.getChildren().size() - 1).setId("removal-date");
        Button open = new Button("Open Policy with mode none", Ui.icon(Feather.ARROW_RIGHT));
        open.setId("removal-open-policy");
        open.disableProperty().bind(vm.runningProperty());
        String domain = vm.domainProperty().get();
        open.setOnAction(e -> newPolicy.open(domain, Mode.NONE, ReportsViewModel.RemovalPlan.NONE_MAX_AGE));
        box.getChildren().add(open);
        return box;
    }

    private static Label step(int n, String text) {
        Label l = Ui.wrapped(n + ". " + text);
        return l;
    }
}
