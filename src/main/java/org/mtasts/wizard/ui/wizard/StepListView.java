package org.mtasts.wizard.ui.wizard;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.ui.common.Ui;

/** The side list that shows where the user is: done steps ticked, the current one highlighted. */
final class StepListView extends VBox {
    private final ObservableList<Step> steps;
    private final ObservableValue<Step> current;

    StepListView(ObservableList<Step> steps, ObservableValue<Step> current) {
        this.steps = steps;
        this.current = current;
        getStyleClass().add("step-list");
        setSpacing(4);
        setFocusTraversable(false);
        setAccessibleText("Wizard steps");
        steps.addListener((ListChangeListener<Step>) c -> rebuild());
        current.addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        int currentIndex = steps.indexOf(current.getValue());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            StackPane badge = new StackPane();
            badge.getStyleClass().add("step-badge");
            if (i < currentIndex) {
                badge.getChildren().add(Ui.icon(Feather.CHECK));
            } else {
                badge.getChildren().add(new Label(String.valueOf(i + 1)));
            }
            Label title = new Label(s.title());
            title.getStyleClass().add("step-title");
            Label subtitle = new Label(s.subtitle());
            subtitle.getStyleClass().addAll("step-subtitle", Styles.TEXT_SMALL);
            VBox text = new VBox(0, title, subtitle);
            HBox row = new HBox(10, badge, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("step-row");
            if (i == currentIndex) {
                row.getStyleClass().add("current");
            } else if (i < currentIndex) {
                row.getStyleClass().add("done");
            }
            row.setAccessibleText("Step " + (i + 1) + " of " + steps.size() + ": " + s.title()
                    + (i == currentIndex ? " (current)" : i < currentIndex ? " (done)" : ""));
            row.setId("step-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            getChildren().add(row);
        }
    }
}
