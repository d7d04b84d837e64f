package org.mtasts.wizard.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtasts.wizard.reports.ImapSource;
import org.mtasts.wizard.reports.ImportListener;
import org.mtasts.wizard.reports.ImportProblem;
import org.mtasts.wizard.reports.ImportSummary;
import org.mtasts.wizard.reports.ReportImporter;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.reports.ReportStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reports import}: reads reports from files, folders and an IMAP folder into the store.
 * Each input that cannot be read is one line on standard error; the totals go to standard output.
 * The IMAP password never comes from the command line (other users see it in the process list):
 * from {@code --password-file}, the environment, or the terminal without echo.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Import TLS reports: .json, .json.gz/.gz (RFC 8460 §5.3 names), .eml, .mbox, Maildir folders and"
                    + " folders holding them, or an IMAP folder (read-only).",
            "The same report twice (by organization and report id) is kept once.",
            "Exit codes: 0 every input read (added or already kept), 1 some input could not be read or the"
                    + " mailbox could not be reached (one line each on stderr), 2 bad argument, no password,"
                    + " or the store cannot be opened."
        })
public final class ReportsImportCommand implements Callable<Integer> {
    /** The environment variable the IMAP password may come from. */
    public static final String PASSWORD_ENV = "MTA_STS_IMAP_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsCommand.DataDirOption data;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to import (folders are walked).")
    List<String> paths = new ArrayList<>();

    @Option(
            names = "--imap",
            paramLabel = "URL",
            description = "An IMAP folder: imaps://USER@HOST[:PORT]/FOLDER (TLS) or imap://... (STARTTLS required);"
                    + " a user with @ may be written with %%40.")
    String imap;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "File holding the IMAP password (one line). Else $" + PASSWORD_ENV
                    + ", else it is asked on the terminal.")
    String passwordFile;

    @Option(
            names = "--ca-file",
            paramLabel = "PEM",
            description = "Extra CA certificates (PEM) trusted for the IMAP server besides the system's.")
    String caFile;

    /** Accepted only to refuse it with the reason, rather than as an unknown option. */
    @Option(names = "--password", hidden = true, paramLabel = "PASSWORD")
    String passwordOnArgv;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (UsageException | ReportStoreException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws UsageException {
        if (passwordOnArgv != null) {
            throw new UsageException("a password on the command line is visible to every user of this computer;"
                    + " use --password-file FILE or the environment variable " + PASSWORD_ENV);
        }
        if (paths.isEmpty() && imap == null) {
            throw new UsageException("name files or folders to import, or an IMAP folder with --imap URL");
        }
        List<Path> files = files();
        ImapSource source = imap == null ? null : imapSource();
        char[] password = source == null ? null : password(source);
        ImportListener printProblems = new ImportListener() {
            @Override
            public void problem(ImportProblem p) {
                err.println(p.text());
                err.flush();
            }
        };
        ReportImporter importer = new ReportImporter();
        List<ImportSummary> done = new ArrayList<>();
        try (ReportStore store = ReportsCommand.openStore(data)) {
            if (!files.isEmpty()) {
                done.add(importer.importPaths(files, store, printProblems, () -> false));
            }
            if (source != null) {
                done.add(importer.importImap(source, password, store, printProblems, () -> false));
            }
            ImportSummary total = sum(done);
            out.println(total.totals());
            out.println("kept: " + store.count() + " reports in " + store.dir());
            return total.problems().isEmpty() ? Cli.OK : Cli.FINDINGS;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private List<Path> files() throws UsageException {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            try {
                out.add(Path.of(p));
            } catch (InvalidPathException e) {
                throw new UsageException("'" + p + "' is not a valid path");
            }
        }
        return out;
    }

    private ImapSource imapSource() throws UsageException {
        Path ca = null;
        if (caFile != null) {
            try {
                ca = Path.of(caFile);
            } catch (InvalidPathException e) {
                throw new UsageException("--ca-file: '" + caFile + "' is not a valid path");
            }
        }
        try {
            return ImapSource.parse(imap, ca);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--imap: " + e.getMessage());
        }
    }

    /** From the file, else the environment, else the terminal; never from the command line. */
    private char[] password(ImapSource source) throws UsageException {
        if (passwordFile != null) {
            return readPasswordFile();
        }
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("IMAP password for %s: ", source.display());
            if (typed != null && typed.length > 0) {
                return typed;
            }
        }
        throw new UsageException("the IMAP password is needed: put it in a file (--password-file FILE) or in the"
                + " environment variable " + PASSWORD_ENV);
    }

    private char[] readPasswordFile() throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(passwordFile));
        } catch (NoSuchFileException e) {
            throw new UsageException("--password-file: " + passwordFile + " does not exist");
        } catch (IOException | InvalidPathException e) {
            throw new UsageException("--password-file: " + passwordFile + " cannot be read");
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        Arrays.fill(bytes, (byte) 0);
        int end = chars.limit();
        // One line: the line end that editors add is not part of the password.
        while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
            end--;
        }
        char[] password = new char[end];
        chars.get(password, 0, end);
        if (chars.hasArray()) {
            Arrays.fill(chars.array(), '\0');
        }
        if (password.length == 0) {
            throw new UsageException("--password-file: " + passwordFile + " is empty");
        }
        return password;
    }

    private static ImportSummary sum(List<ImportSummary> parts) {
        int added = 0;
        int dup = 0;
        int skipped = 0;
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportSummary s : parts) {
            added += s.added();
            dup += s.duplicates();
            skipped += s.skipped();
            problems.addAll(s.problems());
        }
        return new ImportSummary(added, dup, skipped, problems, false);
    }
}
