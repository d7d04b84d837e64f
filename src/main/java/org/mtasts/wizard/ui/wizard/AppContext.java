package org.mtasts.wizard.ui.wizard;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.reports.DataDir;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.FxTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;

/**
 * What the window is built from; the app uses the real parts, tests swap in their own.
 *
 * @param persistence where the draft and settings live
 * @param executor how background work runs
 * @param files the file dialogs
 * @param options settings from the command line
 * @param live the live lookups and checks
 * @param clock the clock policy ids are made from
 * @param checkSettings a last adjustment of the settings of every lookup and check (tests point
 *     the ports at loopback servers; the app leaves them alone)
 * @param dataDir where the imported TLS reports are stored (the report store's folder)
 */
public record AppContext(
        Persistence persistence,
        TaskExecutor executor,
        FileChooserPort files,
        LaunchOptions options,
        LiveChecks live,
        Clock clock,
        UnaryOperator<CheckSettings> checkSettings,
        Path dataDir) {

    /**
     * A context whose reports live next to the draft, in a {@code reports} folder of the
     * persistence's directory (tests give each window its own temporary directory that way).
     */
    public AppContext(
            Persistence persistence,
            TaskExecutor executor,
            FileChooserPort files,
            LaunchOptions options,
            LiveChecks live,
            Clock clock,
            UnaryOperator<CheckSettings> checkSettings) {
        this(
                persistence,
                executor,
                files,
                options,
                live,
                clock,
                checkSettings,
                persistence.draftFile().getParent().resolve("reports"));
    }

    public static AppContext standard(LaunchOptions options) {
        return new AppContext(
                Persistence.inConfigDir(),
                new FxTaskExecutor(),
                FileChooserPort.system(),
                options,
                LiveChecks.standard(),
                Clock.systemUTC(),
                UnaryOperator.identity(),
                DataDir.defaultDir());
    }
}
