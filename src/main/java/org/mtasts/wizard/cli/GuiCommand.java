package org.mtasts.wizard.cli;

import java.lang.reflect.InvocationTargetException;
import picocli.CommandLine.Command;

/** Opens the wizard window. JavaFX is loaded reflectively so other commands never touch it. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the setup wizard (the default).")
public final class GuiCommand implements Runnable {

    static final String LAUNCHER = "org.mtasts.wizard.ui.WizardLauncher";

    @Override
    public void run() {
        try {
            Class.forName(LAUNCHER).getMethod("launch", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the wizard window could not start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the wizard is not part of this build: " + e, e);
        }
    }
}
