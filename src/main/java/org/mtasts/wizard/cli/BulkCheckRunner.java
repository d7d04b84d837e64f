package org.mtasts.wizard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.mtasts.wizard.check.BulkCheck;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.core.DomainList;

/**
 * {@code check --from FILE} or {@code check A B C}: many domains in one run through {@link
 * BulkCheck}. Bad lines are reported and skipped before anything starts; the output files are
 * opened before the first probe, so a bad path costs nothing. Exit codes: 0 every domain passed
 * (or only warned), 1 any domain failed, 2 usage or input error, 3 nothing could be checked for
 * any domain.
 */
final class BulkCheckRunner {
    /** A list larger than this is not a domain list (100,000 domains of 253 characters fit). */
    static final int MAX_LIST_BYTES = 32 * 1024 * 1024;

    private static final int MAX_NOTES = 20;

    private final CheckCommand cmd;
    private final PrintWriter out;
    private final PrintWriter err;

    BulkCheckRunner(CheckCommand cmd, PrintWriter out, PrintWriter err) {
        this.cmd = cmd;
        this.out = out;
        this.err = err;
    }

    /** What a run needs before the first probe: the output files are open already. */
    private record Prepared(
            Checker checker, BulkCheck.Options options, DomainList.Parsed list, Writer csvOut, Writer jsonlOut) {
        void close() {
            closeQuietly(csvOut);
            closeQuietly(jsonlOut);
        }
    }

    /** Prepares (every usage error before any probe), checks all domains, writes and prints. */
    int run() {
        Prepared p;
        try {
            p = prepare();
        } catch (UsageException | InvalidSettingsException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        Progress progress = new Progress(p.list().entries().size());
        BulkCheck bulk =
                BulkCheck.start(p.checker(), p.list().names(), p.options(), item -> progress.done(item.report()));
        BulkCheck.Outcome outcome;
        try {
            outcome = bulk.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bulk.cancel();
            p.close();
            err.println("error: interrupted");
            return CheckCommand.NOTHING_CHECKED;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a bulk check never completes exceptionally", e);
        }
        progress.clear();
        List<Report> reports = outcome.reports();
        if (!writeFiles(p, reports)) {
            return Cli.USAGE;
        }
        print(reports);
        printTotals(reports, outcome);
        if (reports.stream().allMatch(Report::nothingChecked)) {
            return CheckCommand.NOTHING_CHECKED;
        }
        return reports.stream().anyMatch(r -> r.verdict() == Status.FAIL) ? Cli.FINDINGS : Cli.OK;
    }

    /**
     * The options, the list (its notes printed), the settings and the output files, in that order;
     * a file opened before a later one fails is closed again.
     */
    private Prepared prepare() throws UsageException, InvalidSettingsException {
        if (cmd.json && cmd.markdown) {
            throw new UsageException("choose one of --json and --markdown");
        }
        if (cmd.evidence) {
            throw new UsageException("--evidence shows one report; use --jsonl FILE for every domain's evidence");
        }
        BulkCheck.Options options = options();
        DomainList.Parsed list = domains();
        notes(list);
        if (list.entries().isEmpty()) {
            throw new UsageException(
                    cmd.from == null ? "no domain to check" : "no domain to check in " + describe(cmd.from));
        }
        CheckSettings settings = cmd.settings();
        Checker checker = Checker.create(settings);
        Writer csvOut = open("--csv", cmd.csv);
        try {
            return new Prepared(checker, options, list, csvOut, open("--jsonl", cmd.jsonl));
        } catch (UsageException | IllegalArgumentException e) {
            closeQuietly(csvOut);
            throw e;
        }
    }

    /** The {@code --csv} and {@code --jsonl} files; false (the error printed) when one cannot be written. */
    private boolean writeFiles(Prepared p, List<Report> reports) {
        try {
            if (p.csvOut() != null) {
                p.csvOut().write(BulkTable.csv(reports));
            }
            if (p.jsonlOut() != null) {
                for (Report r : reports) {
                    p.jsonlOut().write(JsonReport.line(r));
                    p.jsonlOut().write('\n');
                }
            }
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the results: " + GenerateCommand.describe(e));
            return false;
        } finally {
            p.close();
        }
    }

    /** Standard output: JSON Lines, Markdown, or the summary table unless a file went there ('-'). */
    private void print(List<Report> reports) {
        if (cmd.json) {
            reports.forEach(r -> out.println(JsonReport.line(r)));
        } else if (cmd.markdown) {
            out.print(BulkTable.markdown(reports));
        } else if (!"-".equals(cmd.csv) && !"-".equals(cmd.jsonl)) {
            out.print(BulkTable.summary(reports));
        }
        out.flush();
    }

    private void printTotals(List<Report> reports, BulkCheck.Outcome outcome) {
        err.printf(
                Locale.ROOT,
                "%s in %.1f s; %d MX host%s, %d STARTTLS session%s (each host probed once)%n",
                BulkTable.counts(reports),
                outcome.elapsedMillis() / 1000.0,
                outcome.mxHosts(),
                outcome.mxHosts() == 1 ? "" : "s",
                outcome.smtpSessions(),
                outcome.smtpSessions() == 1 ? "" : "s");
        err.flush();
    }

    private BulkCheck.Options options() throws UsageException {
        int c = cmd.concurrency == null ? BulkCheck.Options.DEFAULT_CONCURRENCY : cmd.concurrency;
        int h = cmd.perHost == null ? BulkCheck.Options.DEFAULT_PER_HOST : cmd.perHost;
        if (c < 1 || c > BulkCheck.Options.MAX_CONCURRENCY) {
            throw new UsageException("--concurrency must be 1 to " + BulkCheck.Options.MAX_CONCURRENCY + ", not " + c);
        }
        if (h < 1 || h > 64) {
            throw new UsageException("--per-host must be 1 to 64, not " + h);
        }
        return new BulkCheck.Options(c, h);
    }

    /** The positional domains first, then the list file's lines, parsed as one list (duplicates merge across both). */
    private DomainList.Parsed domains() throws UsageException {
        List<String> lines = new ArrayList<>(cmd.domains);
        if (cmd.from != null) {
            lines.addAll(List.of(readList(cmd.from).replace("\r\n", "\n").split("[\n\r]", -1)));
        }
        return DomainList.parse(lines);
    }

    private String readList(String from) throws UsageException {
        if (from.isEmpty()) {
            throw new UsageException("--from needs a file name, or - for standard input");
        }
        byte[] bytes;
        try {
            if (from.equals("-")) {
                InputStream in = cmd.parent == null ? System.in : cmd.parent.stdin();
                bytes = in.readNBytes(MAX_LIST_BYTES + 1);
            } else {
                Path p = Path.of(from);
                if (Files.isDirectory(p)) {
                    throw new UsageException("cannot read " + describe(from) + ": it is a directory");
                }
                try (InputStream in = Files.newInputStream(p)) {
                    bytes = in.readNBytes(MAX_LIST_BYTES + 1);
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + describe(from) + ": " + GenerateCommand.describe(e));
        } catch (InvalidPathException e) {
            throw new UsageException("cannot read " + describe(from) + ": not a valid path");
        }
        if (bytes.length > MAX_LIST_BYTES) {
            throw new UsageException(describe(from) + " is larger than " + (MAX_LIST_BYTES >> 20)
                    + " MiB; that is not a list of domains");
        }
        if (indexOfZero(bytes) >= 0) {
            throw new UsageException(describe(from) + " is a binary file, not a list of domains");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int indexOfZero(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(String from) {
        return from.equals("-") ? "standard input" : "'" + from + "'";
    }

    /** Where a list line came from: "argument 2" or "line 7" (of the --from list). */
    private String where(int line) {
        int args = cmd.domains.size();
        return line <= args ? "argument " + line : "line " + (line - args);
    }

    /** Bad lines and merged duplicates, at most {@link #MAX_NOTES} bad lines, then a count. */
    private void notes(DomainList.Parsed list) {
        int n = 0;
        for (DomainList.Rejected r : list.rejected()) {
            if (n++ == MAX_NOTES) {
                err.println("note: " + (list.rejected().size() - MAX_NOTES) + " more lines skipped");
                break;
            }
            err.println("skipped " + where(r.line()) + ": '" + r.input() + "' is not a domain name: " + r.message());
        }
        if (!list.duplicates().isEmpty()) {
            DomainList.Duplicate d = list.duplicates().get(0);
            int count = list.duplicates().size();
            err.println("note: " + count + " duplicate" + (count == 1 ? "" : "s") + " merged (" + where(d.line()) + " '"
                    + d.input() + "' is " + d.name().ascii() + ", as on " + where(d.firstLine()) + ")");
        }
        if (list.truncated()) {
            err.println("note: only the first " + DomainList.MAX_DOMAINS + " domains are checked");
        }
    }

    private Writer open(String option, String file) throws UsageException {
        if (file == null) {
            return null;
        }
        if (file.isEmpty()) {
            throw new UsageException(option + " needs a file name, or - for standard output");
        }
        if (file.equals("-")) {
            // Standard output stays open for the summary; closing the file only flushes it.
            return new Writer() {
                @Override
                public void write(char[] buf, int off, int len) {
                    out.write(buf, off, len);
                }

                @Override
                public void flush() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }
        try {
            return Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + option + " '" + file + "': " + GenerateCommand.describe(e));
        } catch (InvalidPathException e) {
            throw new UsageException("cannot write " + option + " '" + file + "': not a valid path");
        }
    }

    private static void closeQuietly(Writer w) {
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                // already reported or nothing to save
            }
        }
    }

    /**
     * One line on standard error, rewritten in place, only when standard error is a terminal (a
     * redirected log gets no carriage returns), at most ten times a second.
     */
    private final class Progress {
        private final int total;
        private final boolean terminal = System.console() != null;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger failed = new AtomicInteger();
        private final long t0 = System.nanoTime();
        private long lastPrint;

        Progress(int total) {
            this.total = total;
        }

        void done(Report r) {
            int n = done.incrementAndGet();
            if (r.verdict() == Status.FAIL) {
                failed.incrementAndGet();
            }
            if (!terminal) {
                return;
            }
            synchronized (this) {
                long now = System.nanoTime();
                if (n < total && now - lastPrint < 100_000_000L) {
                    return;
                }
                lastPrint = now;
                err.printf(
                        Locale.ROOT,
                        "\rchecked %d/%d domains, %d failing, %.1f s ",
                        n,
                        total,
                        failed.get(),
                        (now - t0) / 1e9);
                err.flush();
            }
        }

        synchronized void clear() {
            if (terminal && lastPrint != 0) {
                err.print("\r\033[K");
                err.flush();
            }
        }
    }
}
