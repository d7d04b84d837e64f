package org.mtasts.wizard;

import org.mtasts.wizard.cli.Cli;

/**
 * Entry point for the jar and the native launchers.
 *
 * <p>A plain class on purpose: a class extending {@code javafx.application.Application} used as the
 * class-path main class fails with "JavaFX runtime components are missing". The command line must
 * not load any JavaFX class, so the GUI is reached only through {@link Cli}'s {@code gui} command,
 * which loads it reflectively.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = Cli.run(args);
        // The GUI returns only after its window closes; the exit code is the CLI's.
        System.exit(code);
    }
}
