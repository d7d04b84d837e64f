package org.mtasts.wizard.ui.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.task.FxTaskExecutor;
import org.mtasts.wizard.ui.wizard.AppContext;

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
