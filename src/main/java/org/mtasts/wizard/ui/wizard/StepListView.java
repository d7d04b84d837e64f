package org.mtasts.wizard.ui.wizard;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.ui.common.Ui;

/**
 * The side list that shows where the user is: done steps ticked, the current one highlighted.
 *
 * <p>Each step's row is built once and kept; a change of step or of path only reorders the rows and
 * switches their {@code :current} and {@code :done} pseudo-classes. Rows built anew at every change
 * (as before) had their looked-up colours resolved without context now and then (more often on a
 * busy machine, and when a path starts from Verify), and JavaFX warned "String cannot be cast to
 * Paint".
 */
final class StepListView extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final ObservableList<Step> steps;
    private final ObservableValue<Step> current;
    private final Map<Step, Row> rows = new EnumMap<>(Step.class);

    /** One step's row: the badge shows its number, or a tick once done. */
    private record Row(HBox node, Label number, FontIcon tick) {}

    StepListView(ObservableList<Step> steps, ObservableValue<Step> current) {
        this.steps = steps;
        this.current = current;
        getStyleClass().add("step-list");
        setSpacing(4);
        setFocusTraversable(false);
        setAccessibleText("Wizard steps");
        steps.addListener((ListChangeListener<Step>) c -> update());
        current.addListener((obs, was, now) -> update());
        update();
    }

    private Row row(Step s) {
        return rows.computeIfAbsent(s, step -> {
            Label number = new Label();
            FontIcon tick = Ui.icon(Feather.CHECK);
            StackPane badge = new StackPane(number, tick);
            badge.getStyleClass().add("step-badge");
            Label title = new Label(step.title());
            title.getStyleClass().add("step-title");
            Label subtitle = new Label(step.subtitle());
            subtitle.getStyleClass().addAll("step-subtitle", Styles.TEXT_SMALL);
            VBox text = new VBox(0, title, subtitle);
            HBox row = new HBox(10, badge, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("step-row");
            row.setId("step-" + step.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return new Row(row, number, tick);
        });
    }

    private void update() {
        int currentIndex = steps.indexOf(current.getValue());
        List<Node> shown = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Row r = row(s);
            boolean done = i < currentIndex;
            r.number().setText(String.valueOf(i + 1));
            r.number().setVisible(!done);
            r.tick().setVisible(done);
            r.node().pseudoClassStateChanged(CURRENT, i == currentIndex);
            r.node().pseudoClassStateChanged(DONE, done);
            r.node()
                    .setAccessibleText("Step " + (i + 1) + " of " + steps.size() + ": " + s.title()
                            + (i == currentIndex ? " (current)" : done ? " (done)" : ""));
            shown.add(r.node());
        }
        if (!getChildren().equals(shown)) {
            getChildren().setAll(shown);
        }
    }
}
