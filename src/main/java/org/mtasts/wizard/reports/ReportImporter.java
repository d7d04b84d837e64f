package org.mtasts.wizard.reports;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

/**
 * Imports TLS reports into a {@link ReportStore} from where they arrive: files and folders
 * ({@code .json}, {@code .json.gz}/{@code .gz} with RFC 8460 §5.3 names, {@code .eml}, {@code .mbox},
 * Maildir folders, and files without a telling name recognised by their first bytes) and IMAP
 * mailboxes ({@link ImapImport}).
 *
 * <p>Never stops at a bad input: each one that cannot be read is an {@link ImportProblem} with one
 * sentence, and the import goes on. Bounded: a report's JSON may take at most 20 MiB after
 * decompression (a gzip bomb is refused as soon as it passes that), one mail message at most 15
 * MiB, and an mbox is streamed message by message. The same report arriving twice (an .eml and its
 * .json.gz) is kept once: the store deduplicates by (organization-name, report-id). Cancellable
 * between inputs through the {@code cancelled} supplier; a {@link ReportStoreException} (the store
 * itself failing) ends the import and reaches the caller.
 */
public final class ReportImporter {
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]{1,76}:[ \\t]?.*", Pattern.DOTALL);

    /**
     * Imports the reports in {@code paths}: files, and folders walked to any depth. Files are read,
     * decompressed and parsed by a few worker threads ahead of the store, which takes the results
     * one by one in input order on the calling thread (so problems, duplicates and the listener
     * come in a stable order); at most {@link #WINDOW} files are read ahead.
     */
    public ImportSummary importPaths(
            List<Path> paths, ReportStore store, ImportListener listener, BooleanSupplier cancelled) {
        Tally tally = new Tally(store, listener, cancelled);
        List<Input> inputs = expand(paths, tally);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, ReportImporter::workerThread);
        try {
            Deque<Future<List<Step>>> ahead = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < inputs.size() && !tally.cancelled(); i++) {
                while (submitted < inputs.size() && ahead.size() < WINDOW) {
                    Input next = inputs.get(submitted++);
                    ahead.add(workers.submit(() -> readFile(next)));
                }
                Input in = inputs.get(i);
                tally.listener.reading(in.path().toString(), i + 1, inputs.size());
                tally.apply(await(ahead.poll(), in.path().toString(), tally));
            }
        } finally {
            workers.shutdownNow();
            store.flush();
        }
        return tally.summary();
    }

    /** Reading threads: at most four, fewer on smaller machines (the store takes one core too). */
    private static final int WORKERS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Files read ahead of the store: bounds the memory held by reports not yet stored. */
    private static final int WINDOW = 2 * WORKERS;

    private static Thread workerThread(Runnable r) {
        Thread t = new Thread(r, "report-import");
        t.setDaemon(true);
        return t;
    }

    private static List<Step> await(Future<List<Step>> f, String source, Tally tally) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return List.of(new Step.Problem(
                    source, "could not be read (" + c.getClass().getSimpleName() + ")"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.cancel();
            return List.of();
        }
    }

    /**
     * Imports the reports in an IMAP folder (read-only: nothing is marked, moved or deleted).
     *
     * @param password used for this connection only, never kept
     */
    public ImportSummary importImap(
            ImapSource source, char[] password, ReportStore store, ImportListener listener, BooleanSupplier cancelled) {
        Tally tally = new Tally(store, listener, cancelled);
        try {
            new ImapImport(source, tally).run(password);
        } finally {
            store.flush();
        }
        return tally.summary();
    }

    /** One file to read; {@code named} when the user named it (not found by walking a folder). */
    private record Input(Path path, boolean named) {}

    private static List<Input> expand(List<Path> paths, Tally tally) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found, tally);
                found.stream().sorted().forEach(f -> out.add(new Input(f, false)));
            } else if (Files.exists(p)) {
                out.add(new Input(p, true));
            } else {
                tally.problem(p.toString(), "does not exist");
            }
        }
        return out;
    }

    private static void walk(Path dir, List<Path> found, Tally tally) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    // Maildir: tmp/ holds messages still being delivered (cur/ and new/ are complete).
                    boolean maildirTmp = d.getFileName() != null
                            && d.getFileName().toString().equals("tmp")
                            && Files.isDirectory(d.resolveSibling("cur"), LinkOption.NOFOLLOW_LINKS);
                    return maildirTmp ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    tally.problem(f.toString(), "cannot be read (" + reason(e) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            tally.problem(dir.toString(), "cannot be read (" + reason(e) + ")");
        }
    }

    /** What a file holds, by its name, else by its first bytes. */
    private enum Kind {
        JSON,
        GZIP,
        MESSAGE,
        MBOX,
        OTHER
    }

    private static Kind kindByName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Kind.JSON;
        }
        if (n.endsWith(".gz") || n.endsWith(".gzip")) {
            return Kind.GZIP;
        }
        if (n.endsWith(".eml")) {
            return Kind.MESSAGE;
        }
        if (n.endsWith(".mbox") || n.endsWith(".mbx")) {
            return Kind.MBOX;
        }
        return null;
    }

    private static Kind kindByContent(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        if (Payloads.isGzip(head)) {
            return Kind.GZIP;
        }
        if (Payloads.looksLikeJson(head)) {
            return Kind.JSON;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("From ")) {
            return Kind.MBOX;
        }
        // A mail message (a Maildir file has no telling name): its first line is a header field.
        return HEADER_LINE.matcher(text).matches() ? Kind.MESSAGE : Kind.OTHER;
    }

    /** What one file holds, read on a worker thread: nothing here touches the store. */
    private static List<Step> readFile(Input in) {
        Path file = in.path();
        String source = file.toString();
        try {
            Kind kind = kindByName(file.getFileName().toString());
            if (kind == null) {
                kind = kindByContent(file);
            }
            return switch (kind) {
                case JSON, GZIP -> {
                    Object bytes = readBounded(file, Limits.MAX_REPORT_BYTES, Limits.REPORT_LIMIT);
                    yield bytes instanceof byte[] b ? offer(source, b, kind == Kind.GZIP) : List.of((Step) bytes);
                }
                case MESSAGE -> {
                    Object bytes = readBounded(file, Limits.MAX_MESSAGE_BYTES, Limits.MESSAGE_LIMIT);
                    yield bytes instanceof byte[] b ? message(source, b, in.named()) : List.of((Step) bytes);
                }
                // An mbox is streamed on the importing thread, message by message.
                case MBOX -> List.of(new Step.Mbox(file));
                default ->
                    List.of(
                            in.named()
                                    ? new Step.Problem(
                                            source,
                                            "not a TLS report (expected .json, .json.gz, .gz, .eml, .mbox, a Maildir"
                                                    + " folder, or a folder holding them); not read")
                                    : new Step.Skipped());
            };
        } catch (IOException e) {
            return List.of(new Step.Problem(source, "cannot be read (" + reason(e) + ")"));
        }
    }

    /** The file's bytes, or the {@link Step.Problem} saying it is over {@code limit}. */
    private static Object readBounded(Path file, int limit, String limitText) throws IOException {
        Step.Problem tooLarge =
                new Step.Problem(file.toString(), "larger than " + limitText + tooLargeNote(limit) + "; not read");
        if (Files.size(file) > limit) {
            return tooLarge;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = Limits.readAtMost(in, limit);
            return b == null ? tooLarge : b;
        }
    }

    private static String tooLargeNote(int limit) {
        return limit == Limits.MAX_MESSAGE_BYTES ? " (the limit for one message)" : "";
    }

    private static void readMbox(Path file, Tally tally) {
        try (MboxReader mbox = new MboxReader(Files.newInputStream(file), Limits.MAX_MESSAGE_BYTES)) {
            MboxReader.Message m;
            while (!tally.cancelled() && (m = mbox.next()) != null) {
                String source = file + ", message " + m.number();
                tally.listener.reading(source, m.number(), -1);
                if (m.bytes() == null) {
                    tally.problem(
                            source, "larger than " + Limits.MESSAGE_LIMIT + " (the limit for one message); not read");
                } else {
                    tally.apply(message(source, m.bytes(), false));
                }
            }
        } catch (IOException e) {
            tally.problem(file.toString(), "cannot be read (" + reason(e) + ")");
        }
    }

    /** What reading gave, applied to the store in input order by {@link Tally#apply}. */
    sealed interface Step {
        record Found(String source, TlsReport report, byte[] original) implements Step {}

        record Problem(String source, String message) implements Step {}

        record Skipped() implements Step {}

        record Mbox(Path file) implements Step {}
    }

    /** One report as it arrived (gzip or JSON): decoded and read. */
    static List<Step> offer(String source, byte[] payload, boolean saidGzip) {
        Payloads.Decoded d = Payloads.decode(payload, saidGzip);
        if (d instanceof Payloads.Refused r) {
            return List.of(new Step.Problem(source, r.detail()));
        }
        ReadOutcome o = ReportReader.read(((Payloads.Json) d).json(), source);
        if (o instanceof ReadOutcome.Problem p) {
            return List.of(new Step.Problem(source, p.detail()));
        }
        return List.of(new Step.Found(source, ((ReadOutcome.Read) o).report(), payload));
    }

    /**
     * The reports of one mail message; a message without one is a problem only when the user named
     * its file (else it is other mail in a mailbox, skipped).
     */
    static List<Step> message(String source, byte[] bytes, boolean named) {
        List<MailReports.Attachment> reports;
        try {
            reports = MailReports.reports(MailReports.parse(bytes));
        } catch (MessagingException | IOException | RuntimeException e) {
            return List.of(new Step.Problem(source, "not a readable mail message (" + reason(e) + "); not read"));
        }
        return attachments(source, reports, named);
    }

    static List<Step> attachments(String source, List<MailReports.Attachment> reports, boolean named) {
        if (reports.isEmpty()) {
            return List.of(
                    named
                            ? new Step.Problem(
                                    source,
                                    "carries no TLS report (no application/tlsrpt+gzip or application/tlsrpt+json"
                                            + " part); not read")
                            : new Step.Skipped());
        }
        List<Step> out = new ArrayList<>();
        for (int k = 0; k < reports.size(); k++) {
            MailReports.Attachment a = reports.get(k);
            String name = reports.size() == 1
                    ? source
                    : source + ", " + (a.fileName() != null ? a.fileName() : "report " + (k + 1));
            if (a.problem() != null) {
                out.add(new Step.Problem(name, a.problem()));
            } else {
                out.addAll(offer(name, a.bytes(), a.saidGzip()));
            }
        }
        return out;
    }

    static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The running counts of one import, and the steps every source shares. */
    static final class Tally {
        final ReportStore store;
        final ImportListener listener;
        private final BooleanSupplier cancelledFlag;
        private int added;
        private int duplicates;
        private int skipped;
        private boolean cancelled;
        private final List<ImportProblem> problems = new ArrayList<>();

        Tally(ReportStore store, ImportListener listener, BooleanSupplier cancelled) {
            this.store = store;
            this.listener = listener == null ? ImportListener.NONE : listener;
            this.cancelledFlag = cancelled == null ? () -> false : cancelled;
        }

        boolean cancelled() {
            if (!cancelled && cancelledFlag.getAsBoolean()) {
                cancelled = true;
            }
            return cancelled;
        }

        void skip() {
            skipped++;
        }

        void problem(String source, String message) {
            ImportProblem p = new ImportProblem(source, message);
            problems.add(p);
            listener.problem(p);
        }

        void cancel() {
            cancelled = true;
        }

        /** Takes what reading gave: reports into the store, the rest counted. */
        void apply(List<Step> steps) {
            for (Step step : steps) {
                if (step instanceof Step.Found f) {
                    AddOutcome outcome = store.add(f.report(), f.original(), f.source());
                    if (outcome == AddOutcome.ADDED) {
                        added++;
                    } else {
                        duplicates++;
                    }
                    listener.report(f.source(), f.report(), outcome);
                } else if (step instanceof Step.Problem p) {
                    problem(p.source(), p.message());
                } else if (step instanceof Step.Mbox m) {
                    readMbox(m.file(), this);
                } else {
                    skip();
                }
            }
        }

        ImportSummary summary() {
            return new ImportSummary(added, duplicates, skipped, problems, cancelled);
        }
    }
}
