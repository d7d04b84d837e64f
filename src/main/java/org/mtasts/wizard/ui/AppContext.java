package org.mtasts.wizard.ui;

/**
 * What the window is built from; the app uses the real parts, tests swap in their own.
 *
 * @param persistence where the draft and settings live
 * @param executor how background work runs
 * @param files the file dialogs
 * @param options settings from the command line
 */
public record AppContext(Persistence persistence, TaskExecutor executor, FileChooserPort files,
        LaunchOptions options) {

    public static AppContext standard(LaunchOptions options) {
        return new AppContext(Persistence.inConfigDir(), new FxTaskExecutor(), FileChooserPort.system(), options);
    }
}
