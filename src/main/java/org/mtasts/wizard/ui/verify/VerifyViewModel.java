package org.mtasts.wizard.ui.verify;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
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
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Consequence;
import org.mtasts.wizard.check.MxHost;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.check.propagation.OverallState;
import org.mtasts.wizard.check.propagation.Propagation;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.core.SetupComparison;
import org.mtasts.wizard.ui.store.SafeFiles;
import org.mtasts.wizard.ui.store.SaveOutcome;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.task.TaskHandle;

/**
 * Verify: runs the live checks with a row per requirement, filled in as each result arrives, and a
 * verdict banner at the end. Reports are rendered by the shared report renderers.
 */
public final class VerifyViewModel {
    private final TaskExecutor executor;
    private final LiveChecks live;
    private final ObservableList<VerifyRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty done = new SimpleIntegerProperty(0);
    private final IntegerBinding total = Bindings.size(rows);
    private final StringProperty domainShown = new SimpleStringProperty("");
    private final ObjectProperty<SetupArtifacts> draft = new SimpleObjectProperty<>();
    /**
     * When the live setup is not the draft: whether the draft's records are already served by
     * every authoritative server (so only caches are in the way), or null while not asked.
     */
    private final ObjectProperty<PropagationReport> publication = new SimpleObjectProperty<>();

    private DomainName lastDomain;
    private CheckSettings lastSettings;
    private TaskHandle publicationHandle;
    private final BooleanProperty stopped = new SimpleBooleanProperty(false);
    private final StringProperty expandCode = new SimpleStringProperty();
    private final BooleanBinding liveInTesting = Bindings.createBooleanBinding(
            () -> report.get() != null && report.get().live().mode().orElse(null) == Mode.TESTING, report);
    private final StringBinding banner;
    private final StringBinding bannerDetail;
    private TaskHandle handle;

    public VerifyViewModel(TaskExecutor executor, LiveChecks live) {
        this.executor = executor;
        this.live = live;
        banner = Bindings.createStringBinding(
                this::bannerText, report, running, message, domainShown, stopped, draft, publication);
        bannerDetail = Bindings.createStringBinding(this::bannerDetailText, report, running, draft, publication);
    }

    /**
     * Starts a run for {@code domain}. {@code draft} is the setup the user just made (null in
     * "Check a domain"): the live setup is compared with it, so the banner says which of the two
     * was checked.
     */
    public void run(DomainName domain, CheckSettings settings, SetupArtifacts draft) {
        cancel();
        // Both spellings of an IDN, as the user typed it and as DNS has it.
        domainShown.set(domain.display());
        this.draft.set(draft);
        lastDomain = domain;
        lastSettings = settings;
        stopPublication();
        report.set(null);
        message.set("");
        stopped.set(false);
        done.set(0);
        List<VerifyRow> initial = new ArrayList<>();
        for (CheckId id : CheckId.values()) {
            if (!VerifyRow.isPerHost(id)) {
                initial.add(new VerifyRow(id, domain.ascii()));
            }
        }
        rows.setAll(initial);
        running.set(true);
        TaskHandle[] self = new TaskHandle[1];
        CheckListener listener = new CheckListener() {
            @Override
            public void onResult(CheckResult result) {
                self[0].ui(() -> accept(result));
            }

            @Override
            public void onMxHosts(List<MxHost> hosts) {
                self[0].ui(() -> addHostRows(hosts));
            }
        };
        // The handle is needed inside the listener before submit returns; a holder bridges that.
        self[0] = null;
        handle = executor.submit(
                ctx -> {
                    self[0] = (TaskHandle) ctx;
                    return live.check(domain, settings, listener, ctx);
                },
                this::finish,
                e -> {
                    running.set(false);
                    message.set("The check could not run: " + LiveChecks.describe(e));
                });
    }

    /**
     * Each MX host's STARTTLS and certificate rows go after the coverage row; its DANE row goes
     * with the DNSSEC row at the end, beside MTA-STS as in the report.
     */
    private void addHostRows(List<MxHost> hosts) {
        int insertAt = indexAfter(CheckId.MX_CERT);
        List<VerifyRow> perHost = new ArrayList<>();
        List<VerifyRow> dane = new ArrayList<>();
        for (MxHost h : hosts) {
            if (findRow(CheckId.MX_STARTTLS, h.host()) == null) {
                perHost.add(new VerifyRow(CheckId.MX_STARTTLS, h.host()));
                perHost.add(new VerifyRow(CheckId.MX_CERT, h.host()));
            }
            if (findRow(CheckId.MX_DANE, h.host()) == null) {
                dane.add(new VerifyRow(CheckId.MX_DANE, h.host()));
            }
        }
        rows.addAll(insertAt, perHost);
        rows.addAll(indexAfter(CheckId.MX_DANE), dane);
    }

    /**
     * After the last row of {@code id} or of an id before it: the rows follow {@link CheckId} order,
     * except that each host's STARTTLS and certificate rows stay together.
     */
    private int indexAfter(CheckId id) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rank(rows.get(i).id()) <= rank(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int rank(CheckId id) {
        return id == CheckId.MX_CERT ? CheckId.MX_STARTTLS.ordinal() : id.ordinal();
    }

    private VerifyRow findRow(CheckId id, String target) {
        for (VerifyRow r : rows) {
            if (r.id() == id && (!VerifyRow.isPerHost(id) || r.target().equals(target))) {
                return r;
            }
        }
        return null;
    }

    private void accept(CheckResult result) {
        VerifyRow row = findRow(result.id(), result.target());
        if (row == null) {
            row = new VerifyRow(result.id(), result.target());
            rows.add(indexAfter(result.id()), row);
        }
        if (row.pending()) {
            done.set(done.get() + 1);
        }
        row.resultProperty().set(result);
    }

    private void finish(Report r) {
        // The report is the truth: rows whose results a listener call never delivered get them now.
        for (CheckResult result : r.results()) {
            accept(result);
        }
        rows.removeIf(VerifyRow::pending);
        failingFirst();
        done.set(rows.size());
        report.set(r);
        running.set(false);
        askWhetherTheDraftIsPublished();
    }

    /**
     * When the live setup is not the draft, asks the authoritative servers directly: if they
     * already serve the draft, the rows show only what caches still hold, and the banner says
     * "published, waiting for caches" with the time left instead of a bare fail.
     */
    private void askWhetherTheDraftIsPublished() {
        SetupComparison cmp = comparison();
        SetupArtifacts d = draft.get();
        if (cmp == null || cmp.state() == SetupComparison.State.DRAFT_LIVE || lastSettings == null) {
            return;
        }
        publicationHandle = executor.submit(
                ctx -> live.publication(lastDomain, Expected.of(d), lastSettings, ctx),
                publication::set,
                e -> publication.set(null));
    }

    private void stopPublication() {
        if (publicationHandle != null) {
            publicationHandle.cancel();
            publicationHandle = null;
        }
        publication.set(null);
    }

    /** The authoritative servers' answer for the draft, when it was asked (the live setup was not the draft). */
    public ObjectProperty<PropagationReport> publicationProperty() {
        return publication;
    }

    /** Failing rows move to the top (in their report order), so the first thing seen is what to fix. */
    private void failingFirst() {
        List<VerifyRow> failing = rows.stream().filter(VerifyRow::failing).toList();
        if (failing.isEmpty()) {
            return;
        }
        List<VerifyRow> ordered = new ArrayList<>(failing);
        rows.stream().filter(row -> !row.failing()).forEach(ordered::add);
        rows.setAll(ordered);
    }

    /**
     * Shows a report made elsewhere (a row of the bulk check) as if its check had just run here:
     * the same rows, banner and save buttons.
     */
    public void show(Report r) {
        cancel();
        // Both spellings of an IDN here too (the report carries the A-label).
        domainShown.set(
                DomainName.parse(r.domain()) instanceof DomainName.Valid v
                        ? v.name().display()
                        : r.domain());
        draft.set(null);
        stopPublication();
        message.set("");
        stopped.set(false);
        List<VerifyRow> shown = new ArrayList<>();
        for (CheckResult result : r.results()) {
            VerifyRow row = new VerifyRow(result.id(), result.target());
            row.resultProperty().set(result);
            shown.add(row);
        }
        rows.setAll(shown);
        failingFirst();
        done.set(rows.size());
        report.set(r);
        running.set(false);
    }

    /** True once the background work of the last run has returned (cancelled or not). */
    public boolean workFinished() {
        return handle == null || handle.isDone();
    }

    /** Stops a running check promptly; false when none was running. */
    public boolean cancel() {
        if (handle != null && running.get()) {
            handle.cancel();
            running.set(false);
            // The banner says it; the message line stays free for errors (no second "cancelled").
            stopped.set(true);
            for (VerifyRow r : List.copyOf(rows)) {
                if (r.pending()) {
                    rows.remove(r);
                }
            }
            return true;
        }
        return false;
    }

    private String bannerText() {
        Report r = report.get();
        if (running.get()) {
            return "Checking " + domainShown.get() + "...";
        }
        if (r == null) {
            if (stopped.get()) {
                return "Check cancelled for " + domainShown.get() + ": press Run again to check it.";
            }
            return message.get().isEmpty() ? "No check has run yet." : message.get();
        }
        if (r.nothingChecked()) {
            return "Nothing could be checked: the DNS resolver did not answer.";
        }
        SetupComparison cmp = comparison();
        PropagationReport pub = publication.get();
        if (pub != null && pub.state() == OverallState.PUBLISHED_WAITING_FOR_CACHES) {
            return "Published, waiting for caches (" + Propagation.aboutMinutes(pub.maxRemainingSeconds())
                    + "): every authoritative"
                    + " server of " + domainShown.get() + " serves your new setup; resolvers still hand out the"
                    + " old answer until it expires.";
        }
        if (pub != null && pub.state() == OverallState.PARTIAL) {
            return "Partly published: " + String.join(", ", pub.laggingServers())
                    + " still serve an old copy of your records; the rows show what your resolver sees now.";
        }
        if (r.verdict() == Status.FAIL) {
            return failingText(r, domainShown.get());
        }
        if (cmp != null && cmp.state() == SetupComparison.State.OTHER_SETUP_LIVE) {
            // Item: a walk through setup must not end in "all passed" while only the old setup was seen.
            return "The live setup of " + domainShown.get() + (r.verdict() == Status.PASS ? " passes" : " works")
                    + ", but it is not the one you just made: your draft is not published yet.";
        }
        String whose =
                cmp != null && cmp.state() == SetupComparison.State.DRAFT_LIVE ? " (your new setup is live)" : "";
        return switch (r.verdict()) {
            case PASS -> "All checks passed for " + domainShown.get() + whose + ".";
            default -> "Works, with warnings, for " + domainShown.get() + whose + ".";
        };
    }

    /**
     * Names what fails, grouped by what it means for mail (worst first): "mail will bounce" is not
     * the same emergency as "protection lost" (RFC 8461 §5: only enforce makes senders refuse).
     */
    private static String failingText(Report r, String domain) {
        StringBuilder b = new StringBuilder("Fails for " + domain + ". ");
        Consequence current = null;
        List<String> names = new ArrayList<>();
        for (Report.Failure f : r.failures()) {
            if (f.consequence() != current) {
                if (current != null) {
                    b.append(current.label())
                            .append(": ")
                            .append(String.join(", ", names))
                            .append(". ");
                }
                current = f.consequence();
                names.clear();
            }
            names.add(VerifyRow.titleOf(f.result().id(), f.result().target()));
        }
        if (current != null) {
            b.append(current.label())
                    .append(": ")
                    .append(String.join(", ", names))
                    .append(".");
        }
        return b.toString().strip();
    }

    /** The live setup next to the draft; null without a draft or a report. */
    public SetupComparison comparison() {
        Report r = report.get();
        SetupArtifacts d = draft.get();
        return r == null || d == null ? null : SetupComparison.compare(r.live(), d);
    }

    private String bannerDetailText() {
        Report r = report.get();
        if (r == null || running.get()) {
            return "";
        }
        // The counts are of the MTA-STS rows, as the verdict is; DNSSEC and DANE are named apart.
        List<CheckResult> mtaSts =
                r.results().stream().filter(x -> !x.id().besideMtaSts()).toList();
        long fails = mtaSts.stream().filter(x -> x.status() == Status.FAIL).count();
        long warns = mtaSts.stream()
                .filter(x -> x.status() == Status.WARN || x.status() == Status.INCONCLUSIVE)
                .count();
        long besideFails = r.results().stream()
                .filter(x -> x.id().besideMtaSts() && x.status() == Status.FAIL)
                .count();
        String counts = fails + " failing, " + warns + " with warnings or inconclusive, of "
                + mtaSts.size() + " (" + r.elapsedMillis() + " ms)."
                + (besideFails == 0
                        ? ""
                        : " Beside MTA-STS, " + besideFails + " DNSSEC or DANE "
                                + (besideFails == 1 ? "row fails" : "rows fail")
                                + ": senders that support DANE prefer it over MTA-STS.");
        if (r.nothingChecked()) {
            // "Fix the failing rows" would point at rows that do not exist: the resolver is the problem.
            return counts + " Check the DNS resolver in Settings, then press Run again.";
        }
        StringBuilder detail = new StringBuilder(counts);
        SetupComparison cmp = comparison();
        if (cmp != null && cmp.state() != SetupComparison.State.DRAFT_LIVE) {
            detail.append(" ").append(checkedWhat(cmp));
        }
        // The enforce hint follows the mode senders see now, not the mode of an unpublished draft.
        Mode liveMode = r.live().mode().orElse(null);
        if (liveMode == Mode.TESTING) {
            detail.append(
                    switch (r.verdict()) {
                        case PASS ->
                            " The live policy is in testing mode: once the TLS reports stay clean for a few weeks, switch the mode to enforce.";
                        case FAIL ->
                            " Not ready for enforce yet: fix the failing rows first, then read the TLS reports.";
                        default ->
                            " Not ready for enforce yet: look at the rows with warnings first, then read the TLS reports.";
                    });
        } else if (liveMode == Mode.ENFORCE && r.verdict() != Status.FAIL) {
            detail.append(
                    " The live policy is in enforce mode: senders that support MTA-STS refuse insecure delivery.");
        }
        return detail.toString();
    }

    /** Which setup the rows describe, when it is not the draft: live id and mode against the draft's. */
    private static String checkedWhat(SetupComparison cmp) {
        if (cmp.state() == SetupComparison.State.NOTHING_LIVE) {
            return "Nothing of your setup is live yet: publish the records and the policy file (Back to Publish),"
                    + " then run again.";
        }
        List<String> diffs = cmp.differences().stream()
                .map(SetupComparison.Difference::describe)
                .toList();
        return "These rows describe what is live, not your draft (" + String.join("; ", diffs)
                + "). Publish the draft (Back to Publish), wait for DNS caches, then run again.";
    }

    /** Saves the last report as Markdown or JSON, refusing to replace a file unless told to. */
    SaveOutcome saveReport(Path file, ReportFormat format, boolean replace) {
        try {
            SafeFiles.write(file, format.render(report.get()), replace);
            message.set("Saved the report to " + file + ".");
            return SaveOutcome.SAVED;
        } catch (FileAlreadyExistsException e) {
            return SaveOutcome.EXISTS;
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + LiveChecks.describe(e));
            return SaveOutcome.FAILED;
        }
    }

    public ObservableList<VerifyRow> rows() {
        return rows;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    public StringBinding bannerProperty() {
        return banner;
    }

    public StringBinding bannerDetailProperty() {
        return bannerDetail;
    }

    public ObjectProperty<SetupArtifacts> draftProperty() {
        return draft;
    }

    /**
     * The code of a check ({@code CheckId.code()}) whose rows open by themselves once their result
     * is in: the reports screen links a reported failure to the row that tests the same thing.
     * Null for none.
     */
    public StringProperty expandCodeProperty() {
        return expandCode;
    }

    /**
     * True when the report shows a live policy in testing mode: then reading the TLS reports is the
     * next step (RFC 8461 §5: testing mode exists so that failures are reported, not enforced).
     */
    public BooleanBinding liveInTestingProperty() {
        return liveInTesting;
    }

    public BooleanProperty stoppedProperty() {
        return stopped;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty doneProperty() {
        return done;
    }

    public IntegerBinding totalProperty() {
        return total;
    }
}
