package org.mtasts.wizard.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the wizard window from the standard parts. */
public final class WizardApp extends Application {
    private AppContext context;

    @Override
    public void start(Stage stage) {
        context = AppContext.standard(LaunchOptions.fromNamed(getParameters().getNamed()));
        WizardWindow window = WizardWindow.create(stage, context);
        StartupTiming.watch(stage);
        window.stage().show();
    }

    @Override
    public void stop() {
        if (context != null && context.executor() instanceof FxTaskExecutor fx) {
            fx.shutdown();
        }
    }
}
