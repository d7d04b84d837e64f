package org.mtasts.wizard.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PublishedSetup;
import org.mtasts.wizard.core.tlsrpt.LiveState;
import org.mtasts.wizard.core.tlsrpt.Readiness;
import org.mtasts.wizard.core.tlsrpt.ReadinessCriteria;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.core.tlsrpt.TlsReport;
import org.mtasts.wizard.core.tlsrpt.Verdict;
import org.mtasts.wizard.reports.ImapSource;
import org.mtasts.wizard.reports.ImportListener;
import org.mtasts.wizard.reports.ImportProblem;
import org.mtasts.wizard.reports.ImportSummary;
import org.mtasts.wizard.reports.ReportImporter;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.task.TaskHandle;

/**
 * TLS reports: imports them into the report store (files, folders or an IMAP mailbox, off the UI
 * thread), summarises the stored reports of one policy domain (per day, per reporting organisation,
 * failures by RFC 8460 §4.3 result type) and judges "ready to enforce?" from them and a live check
 * of the domain. The store is opened for each piece of work and closed after it, so the command
 * line can use the same data folder between two imports.
 */
public final class ReportsViewModel {
    /** Problems listed one by one; beyond this, a count. */
    static final int SHOWN_PROBLEMS = 200;

    private final TaskExecutor executor;
    private final LiveChecks live;
    private final Path dataDir;
    private final Clock clock;

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty totals = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final IntegerProperty stored = new SimpleIntegerProperty(0);

    private final ObservableList<String> domains = FXCollections.observableArrayList();
    private final ObjectProperty<String> domain = new SimpleObjectProperty<>();
    private final ObjectProperty<ReportSummary> summary = new SimpleObjectProperty<>();
    private List<TlsReport> domainReports = List.of();

    private final ObjectProperty<Report> liveReport = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<ReadinessCriteria> criteria = new SimpleObjectProperty<>(ReadinessCriteria.DEFAULT);
    private final BooleanProperty removalShown = new SimpleBooleanProperty(false);

    private final StringProperty imapHost = new SimpleStringProperty("");
    private final StringProperty imapPort = new SimpleStringProperty("993");
    private final BooleanProperty imapTls = new SimpleBooleanProperty(true);
    private final StringProperty imapUser = new SimpleStringProperty("");
    private final StringProperty imapFolder = new SimpleStringProperty("INBOX");
    private final StringProperty imapError = new SimpleStringProperty("");
    private final ObjectProperty<Path> caFile = new SimpleObjectProperty<>();

    private TaskHandle handle;
    private volatile boolean cancelRequested;
    /** True while the domain is set by the view model itself (no second load). */
    private boolean settingDomain;

    public ReportsViewModel(TaskExecutor executor, LiveChecks live, Path dataDir, Clock clock) {
        this.executor = executor;
        this.live = live;
        this.dataDir = dataDir;
        this.clock = clock;
        domain.addListener((o, was, now) -> {
            if (!settingDomain && now != null && !now.equals(was)) {
                load(now);
            }
        });
        criteria.addListener((o, was, now) -> judge());
    }

    // Import.

    /** Imports files and folders (each file of a folder, Maildir folders too) into the store. */
    public void importPaths(List<Path> paths) {
        if (running.get() || paths.isEmpty()) {
            return;
        }
        String what = paths.size() == 1 ? paths.get(0).toString() : paths.size() + " files and folders";
        startImport(
                "Importing " + what,
                (store, listener) -> new ReportImporter().importPaths(paths, store, listener, () -> cancelRequested));
    }

    /**
     * Imports the reports of an IMAP mailbox with the form's server, user and folder. The password
     * is used for this import only: never kept here, never logged, and wiped once the import ends.
     */
    public void importImap(char[] password) {
        if (running.get()) {
            return;
        }
        Optional<ImapSource> source = imapSource();
        if (source.isEmpty()) {
            Arrays.fill(password, '\0');
            return;
        }
        if (password.length == 0) {
            imapError.set("Enter the mailbox password (it is used for this import only and never saved).");
            return;
        }
        char[] copy = password.clone();
        ImapSource s = source.get();
        startImport("Importing from " + s.display(), (store, listener) -> {
            try {
                return new ReportImporter().importImap(s, copy, store, listener, () -> cancelRequested);
            } finally {
                Arrays.fill(copy, '\0');
            }
        });
    }

    /** The form's mailbox, or empty with a message in {@link #imapErrorProperty()}. */
    Optional<ImapSource> imapSource() {
        String host = imapHost.get().strip();
        String user = imapUser.get().strip();
        String folder =
                imapFolder.get().strip().isEmpty() ? "INBOX" : imapFolder.get().strip();
        int port;
        try {
            port = Integer.parseInt(imapPort.get().strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (host.isEmpty()) {
            imapError.set("Enter the IMAP server's host name, e.g. imap.example.com.");
        } else if (port < 1 || port > 65535) {
            imapError.set("The port is a number from 1 to 65535 (993 for IMAP over TLS, 143 without).");
        } else if (user.isEmpty()) {
            imapError.set("Enter the mailbox user name.");
        } else {
            imapError.set("");
            return Optional.of(new ImapSource(
                    host,
                    port,
                    imapTls.get() ? ImapSource.Security.TLS : ImapSource.Security.STARTTLS,
                    user,
                    folder,
                    caFile.get()));
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface ImportWork {
        ImportSummary run(ReportStore store, ImportListener listener) throws Exception;
    }

    private void startImport(String what, ImportWork work) {
        cancelRequested = false;
        running.set(true);
        progress.set(what + "...");
        message.set("");
        totals.set("");
        problems.clear();
        String keep = domain.get();
        handle = executor.submit(
                ctx -> {
                    ImportListener listener = new ImportListener() {
                        @Override
                        public void reading(String source, int index, int total) {
                            // Every 25th input: a progress line per file would flood the UI thread.
                            if (index == 1 || index % 25 == 0 || index == total) {
                                String of = total < 0 ? "" : " of " + total;
                                ctx.ui(() -> progress.set(what + ": " + index + of + "..."));
                            }
                        }
                    };
                    ImportSummary s;
                    try (ReportStore store = ReportStore.open(dataDir)) {
                        s = work.run(store, listener);
                    }
                    return new Imported(s, snapshot(keep));
                },
                imported -> {
                    running.set(false);
                    showImport(imported.summary());
                    apply(imported.after());
                },
                e -> {
                    running.set(false);
                    message.set("The import stopped: " + LiveChecks.describe(e));
                    refresh(keep);
                });
    }

    private record Imported(ImportSummary summary, Snapshot after) {}

    private void showImport(ImportSummary s) {
        List<String> lines = s.problems().stream()
                .limit(SHOWN_PROBLEMS)
                .map(ImportProblem::text)
                .toList();
        problems.setAll(lines);
        if (s.problems().size() > SHOWN_PROBLEMS) {
            problems.add("... and " + (s.problems().size() - SHOWN_PROBLEMS) + " more.");
        }
        totals.set((s.cancelled() ? "Cancelled. Before that: " : "")
                + count(s.added(), "new report") + ", "
                + count(s.duplicates(), "already stored") + ", "
                + count(s.problems().size(), "problem")
                + (s.skipped() == 0 ? "" : ", " + s.skipped() + " skipped (not reports)") + ".");
    }

    static String count(long n, String what) {
        if (what.startsWith("already")) {
            return n + " " + what;
        }
        return n + " " + what + (n == 1 ? "" : "s");
    }

    // What is stored.

    /** What the store holds: the policy domains, and one domain's reports and summary. */
    private record Snapshot(
            int count, List<String> domains, String domain, List<TlsReport> reports, ReportSummary summary) {}

    /** Reads the store (call off the UI thread); {@code prefer} is chosen when it has reports. */
    private Snapshot snapshot(String prefer) {
        try (ReportStore store = ReportStore.open(dataDir)) {
            List<String> all = store.policyDomains();
            String chosen = prefer != null && all.contains(prefer) ? prefer : all.isEmpty() ? null : all.get(0);
            List<TlsReport> reports = chosen == null ? List.of() : store.reports(chosen, null);
            ReportSummary s = chosen == null ? null : ReportSummary.of(reports, chosen);
            return new Snapshot(store.count(), all, chosen, reports, s);
        }
    }

    /**
     * Reads the store again in the background, choosing {@code preferDomain} (A-labels) when it has
     * reports, else the domain shown before, else the first.
     */
    public void refresh(String preferDomain) {
        if (running.get()) {
            return;
        }
        String prefer = preferDomain != null ? preferDomain : domain.get();
        running.set(true);
        progress.set("Reading the stored reports...");
        handle = executor.submit(
                ctx -> snapshot(prefer),
                s -> {
                    running.set(false);
                    apply(s);
                },
                e -> {
                    running.set(false);
                    message.set("The stored reports could not be read: " + LiveChecks.describe(e));
                });
    }

    private void load(String chosen) {
        if (running.get()) {
            return;
        }
        refresh(chosen);
    }

    private void apply(Snapshot s) {
        stored.set(s.count());
        settingDomain = true;
        try {
            domains.setAll(s.domains());
            String before = domain.get();
            domain.set(s.domain());
            if (s.domain() == null || !s.domain().equals(before)) {
                liveReport.set(null);
                removalShown.set(false);
            }
        } finally {
            settingDomain = false;
        }
        domainReports = s.reports();
        summary.set(s.summary());
        judge();
    }

    // Ready to enforce?

    /** Runs the live check of the chosen domain; the verdict then weighs it with the reports. */
    public void checkReadiness(CheckSettings settings) {
        String d = domain.get();
        if (running.get() || d == null) {
            return;
        }
        if (!(DomainName.parse(d) instanceof DomainName.Valid valid)) {
            message.set(d + " is not a domain name the live check can test.");
            return;
        }
        running.set(true);
        progress.set("Checking " + d + " live...");
        message.set("");
        handle = executor.submit(
                ctx -> live.check(valid.name(), settings, result -> {}, ctx),
                r -> {
                    running.set(false);
                    if (d.equals(domain.get())) {
                        liveReport.set(r);
                        judge();
                    }
                },
                e -> {
                    running.set(false);
                    message.set("The live check could not run: " + LiveChecks.describe(e));
                });
    }

    private void judge() {
        Report r = liveReport.get();
        String d = domain.get();
        if (r == null || d == null) {
            verdict.set(null);
            return;
        }
        verdict.set(Readiness.judge(domainReports, d, criteria.get(), liveState(r), clock.instant()));
    }

    /** What the live check found, as the verdict weighs it. */
    static LiveState liveState(Report r) {
        PublishedSetup p = r.live();
        boolean passes = !r.nothingChecked() && r.verdict() != Status.FAIL;
        List<Report.Failure> failures = r.failures();
        String summary;
        if (r.nothingChecked()) {
            summary = "Nothing could be checked: the DNS resolver did not answer.";
        } else if (failures.isEmpty()) {
            summary = r.verdict() == Status.PASS
                    ? "Every live check passes."
                    : "The live checks pass, some with warnings.";
        } else {
            summary = failures.size() + " live check" + (failures.size() == 1 ? " fails" : "s fail") + ": "
                    + failures.get(0).result().summary();
        }
        return LiveState.of(p.policy(), p.stsId(), passes, summary);
    }

    /**
     * The max_age to suggest with enforce: a year (the most RFC 8461 §3.2 allows, and what keeps a
     * sender protected longest against a forged "none") once the reports say it is ready; until
     * then what is live (or a week), so a mistake found in enforce is not cached by senders for long.
     */
    public long suggestedMaxAge() {
        Verdict v = verdict.get();
        if (v != null && v.ready()) {
            return Policy.MAX_AGE_LIMIT;
        }
        return liveMaxAge().orElse(MaxAge.ONE_WEEK);
    }

    /** The live policy's max_age, once the live check has run. */
    public Optional<Long> liveMaxAge() {
        Report r = liveReport.get();
        if (r == null || r.live().policy() == null) {
            return Optional.empty();
        }
        return Optional.of(r.live().policy().maxAgeSeconds());
    }

    /**
     * Removing MTA-STS safely (RFC 8461 §8.3): publish a policy in mode none with a short max_age
     * and a new id today; senders that cached the old policy keep it until its max_age has passed,
     * so the records and the policy host go only after that.
     *
     * @param oldMaxAgeSeconds the live policy's max_age
     * @param publishNone      today (UTC): the day the mode none policy and its new id go out
     * @param removeFrom       the first day (UTC) the records and the policy host may be deleted
     */
    public record RemovalPlan(long oldMaxAgeSeconds, LocalDate publishNone, LocalDate removeFrom) {
        /** The max_age of the mode none policy: a day, as RFC 8461 §8.3 suggests. */
        public static final long NONE_MAX_AGE = 86_400;
    }

    /** The removal plan for the chosen domain, once the live check has found its policy. */
    public Optional<RemovalPlan> removalPlan() {
        return liveMaxAge().map(maxAge -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            // Rounded up to whole days: the last sender that fetched the old policy today may keep
            // it until the same time of day max_age later.
            LocalDate from = LocalDate.ofInstant(clock.instant().plus(Duration.ofSeconds(maxAge)), ZoneOffset.UTC)
                    .plusDays(1);
            return new RemovalPlan(maxAge, today, from);
        });
    }

    /** A max_age in words: "1 year", "7 days", "3600 seconds". */
    public static String describeMaxAge(long seconds) {
        if (seconds == Policy.MAX_AGE_LIMIT) {
            return "1 year";
        }
        if (seconds % 86_400 == 0) {
            long days = seconds / 86_400;
            return days == 7 ? "1 week" : days + (days == 1 ? " day" : " days");
        }
        if (seconds % 3600 == 0) {
            long h = seconds / 3600;
            return h + (h == 1 ? " hour" : " hours");
        }
        return String.format(Locale.ROOT, "%d seconds", seconds);
    }

    // Forget.

    /** Deletes every stored report (the wizard asked first). */
    public void forget() {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set("Forgetting the stored reports...");
        handle = executor.submit(
                ctx -> {
                    int n;
                    try (ReportStore store = ReportStore.open(dataDir)) {
                        n = store.count();
                        store.forgetAll();
                    }
                    return n;
                },
                n -> {
                    running.set(false);
                    problems.clear();
                    totals.set("");
                    message.set("Forgot " + count(n, "report") + ".");
                    apply(new Snapshot(0, List.of(), null, List.of(), null));
                },
                e -> {
                    running.set(false);
                    message.set("The reports could not be deleted: " + LiveChecks.describe(e));
                });
    }

    /**
     * Stops what runs: an import stops after the report it is reading (what was imported stays,
     * and the totals say so); a live check closes its sockets.
     */
    public boolean cancel() {
        if (!running.get()) {
            return false;
        }
        if (progress.get().startsWith("Importing")) {
            cancelRequested = true;
            progress.set("Cancelling the import...");
            return true;
        }
        if (handle != null) {
            handle.cancel();
        }
        running.set(false);
        message.set("Cancelled.");
        return true;
    }

    /** The chosen domain's live mode, once checked. */
    public Optional<Mode> liveMode() {
        Report r = liveReport.get();
        return r == null ? Optional.empty() : r.live().mode();
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** What runs, in a few words (the wizard's busy line). */
    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The last import's totals: new, already stored, problems. */
    public StringProperty totalsProperty() {
        return totals;
    }

    /** The last import's problems, one per file or message, in plain words. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** How many reports the store holds. */
    public IntegerProperty storedProperty() {
        return stored;
    }

    public ObservableList<String> domains() {
        return domains;
    }

    /** The policy domain shown; choosing another reads its reports. */
    public ObjectProperty<String> domainProperty() {
        return domain;
    }

    public ObjectProperty<ReportSummary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<Report> liveReportProperty() {
        return liveReport;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public ObjectProperty<ReadinessCriteria> criteriaProperty() {
        return criteria;
    }

    /** True once the user asked for the removal path. */
    public BooleanProperty removalShownProperty() {
        return removalShown;
    }

    public StringProperty imapHostProperty() {
        return imapHost;
    }

    public StringProperty imapPortProperty() {
        return imapPort;
    }

    public BooleanProperty imapTlsProperty() {
        return imapTls;
    }

    public StringProperty imapUserProperty() {
        return imapUser;
    }

    public StringProperty imapFolderProperty() {
        return imapFolder;
    }

    /** Extra CA certificates to trust for the IMAP server (the wizard keeps it equal to Settings' CA file). */
    public ObjectProperty<Path> caFileProperty() {
        return caFile;
    }

    public StringProperty imapErrorProperty() {
        return imapError;
    }
}
