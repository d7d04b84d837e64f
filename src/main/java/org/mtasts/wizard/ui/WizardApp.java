package org.mtasts.wizard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The wizard window (placeholder until the screens land). */
public final class WizardApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("MTA-STS Wizard");
        stage.setScene(new Scene(new StackPane(new Label("MTA-STS Wizard")), 960, 640));
        stage.show();
    }
}
