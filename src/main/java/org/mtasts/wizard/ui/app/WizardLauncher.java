package org.mtasts.wizard.ui.app;

import javafx.application.Application;
import org.mtasts.wizard.ui.store.LaunchOptions;

/**
 * Starts the JavaFX application; called reflectively by the command line's {@code gui} command.
 * Takes plain {@code --resolver=HOST[:PORT]} and {@code --ca-file=PEM} strings (see
 * {@link LaunchOptions}) so the command line needs no JavaFX type.
 */
public final class WizardLauncher {
    private WizardLauncher() {}

    public static void launch(String[] args) {
        Application.launch(WizardApp.class, args);
    }
}
