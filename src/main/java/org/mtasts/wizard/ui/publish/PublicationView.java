package org.mtasts.wizard.ui.publish;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.check.propagation.RecordReport;
import org.mtasts.wizard.check.propagation.RecordState;
import org.mtasts.wizard.check.propagation.ResolverAnswer;
import org.mtasts.wizard.check.propagation.ServerAnswer;
import org.mtasts.wizard.ui.common.Ui;

/**
 * The "Check publication" card: per record, each authoritative server's answer (a lagging one
 * named) and the resolver's, with when its cached answer expires; it asks again by itself until
 * everything is live, and Stop ends that.
 */
final class PublicationView {
    private final PublicationViewModel vm;
    private final VBox root = new VBox(10);
    private final VBox records = new VBox(12);

    PublicationView(PublicationViewModel vm, Runnable check) {
        this.vm = vm;
        Button run = new Button("Check _publication", Ui.icon(Feather.REFRESH_CW));
        run.setId("check-publication");
        run.setMnemonicParsing(true);
        run.setOnAction(e -> check.run());
        run.disableProperty().bind(vm.runningProperty());
        Button stop = new Button("Sto_p", Ui.icon(Feather.SQUARE));
        stop.setId("stop-publication");
        stop.setMnemonicParsing(true);
        stop.setOnAction(e -> vm.stop());
        stop.visibleProperty().bind(vm.runningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = Ui.wrapped("");
        status.setId("publication-status");
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(10, run, stop, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label lead = Ui.muted("Once you have published the records, this asks every authoritative name server of your"
                + " zone directly, and your resolver, until the new records are live everywhere. A resolver that"
                + " still remembers the old answer is shown with when it forgets it.");
        Label title = new Label("4. Check publication");
        title.getStyleClass().add(Styles.TITLE_4);
        root.getChildren().addAll(title, lead, buttons, status, records);
        root.getStyleClass().add("card-box");
        root.setId("publication-card");
        vm.reportProperty().addListener((o, was, now) -> show(now));
    }

    Node root() {
        return root;
    }

    private void show(PropagationReport r) {
        records.getChildren().clear();
        if (r == null) {
            return;
        }
        for (RecordReport rec : r.records()) {
            records.getChildren().add(record(rec));
        }
    }

    private static Node record(RecordReport rec) {
        Label head = new Label(rec.name() + "  (" + rec.kind().typeLabel() + ")");
        head.getStyleClass().addAll(Styles.TEXT_BOLD, "mono");
        head.setGraphic(stateIcon(rec.state()));
        Label summary = Ui.wrapped(rec.summary());
        summary.setId(Ui.safeId("publication-" + rec.kind().code()));
        VBox box = new VBox(4, head, summary);
        for (ServerAnswer s : rec.servers()) {
            String said = s.served() == null ? (s.detail().isEmpty() ? s.kind().toString() : s.detail()) : s.served();
            Label l = Ui.wrapped(s.label() + ": " + said + (s.serial() != null ? "  (serial " + s.serial() + ")" : "")
                    + (s.lagging() ? "  lagging" : ""));
            l.getStyleClass().add("mono");
            if (s.lagging()) {
                l.getStyleClass().add(Styles.DANGER);
            }
            box.getChildren().add(l);
        }
        ResolverAnswer res = rec.resolver();
        if (res != null) {
            String said = res.served() == null
                    ? (res.detail().isEmpty() ? res.kind().toString() : res.detail())
                    : res.served();
            String cache = res.current()
                    ? ""
                    : res.expiresAbout().isEmpty() ? "" : "  (cached; expires in " + res.expiresAbout() + ")";
            Label l = Ui.wrapped("resolver " + res.resolver() + ": " + said + cache);
            l.getStyleClass().add("mono");
            if (!res.current()) {
                l.getStyleClass().add(Styles.WARNING);
            }
            box.getChildren().add(l);
        }
        box.getStyleClass().add("publication-record");
        return box;
    }

    private static Node stateIcon(RecordState state) {
        Ikon icon;
        String style;
        switch (state) {
            case LIVE -> {
                icon = Feather.CHECK_CIRCLE;
                style = Styles.SUCCESS;
            }
            case WAITING_FOR_CACHE, PARTIAL -> {
                icon = Feather.CLOCK;
                style = Styles.WARNING;
            }
            case OPTIONAL_ABSENT, INCONCLUSIVE -> {
                icon = Feather.HELP_CIRCLE;
                style = Styles.TEXT_MUTED;
            }
            default -> {
                icon = Feather.X_CIRCLE;
                style = Styles.DANGER;
            }
        }
        Node n = Ui.icon(icon);
        n.getStyleClass().add(style);
        return n;
    }
}
