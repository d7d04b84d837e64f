package org.mtasts.wizard.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mtasts.wizard.reports.DataDir;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.reports.ReportStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code reports}: the TLS reports (RFC 8460) kept in the app's data folder, shared with the
 * wizard. Each subcommand takes {@code --data-dir} through {@link DataDirOption}; a new subcommand
 * is a class added to {@code subcommands} below that mixes it in and opens the store with
 * {@link #openStore}.
 */
@Command(
        name = "reports",
        mixinStandardHelpOptions = true,
        description = {
            "TLS reports (RFC 8460): import them from files, folders, mailboxes or IMAP, and read them.",
            "They are kept in the app's data folder (shared with the wizard) unless --data-dir says otherwise."
        },
        subcommands = {ReportsImportCommand.class, ReportsSummaryCommand.class, ReportsReadyCommand.class})
public final class ReportsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli parent;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: name a subcommand, e.g. 'mta-sts reports import PATH...'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.USAGE;
    }

    /** {@code --data-dir}: where the report store lives; every reports subcommand mixes it in. */
    public static final class DataDirOption {
        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description = "Folder of the report store (default: the app's data folder, as the wizard uses;"
                        + " ${sys:user.home}/.local/share/mta-sts-wizard on Linux).")
        String dataDir;

        /** The folder: the option, else the app's data folder. */
        public Path dir() throws UsageException {
            if (dataDir == null) {
                return DataDir.defaultDir();
            }
            try {
                return Path.of(dataDir);
            } catch (InvalidPathException e) {
                throw new UsageException("--data-dir: '" + dataDir + "' is not a valid path");
            }
        }
    }

    /** Opens the store, or says in one sentence why it cannot be (exit 2). */
    static ReportStore openStore(DataDirOption option) throws UsageException {
        try {
            return ReportStore.open(option.dir());
        } catch (ReportStoreException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
