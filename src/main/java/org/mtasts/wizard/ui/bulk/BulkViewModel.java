package org.mtasts.wizard.ui.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
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
import javafx.collections.transformation.FilteredList;
import org.mtasts.wizard.check.BulkCheck;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.core.DomainList;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.ui.store.SafeFiles;
import org.mtasts.wizard.ui.store.SaveOutcome;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;

/**
 * Check many domains: the list as typed or opened, a row per distinct domain filled in as each
 * check ends (the engine's {@link BulkCheck} runs on its own threads; every update hops to the UI
 * thread through the {@link TaskExecutor}), a text and a verdict filter, and the export.
 */
public final class BulkViewModel {
    /** The largest list file opened (about 100,000 long domain names). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** Which rows the table shows. */
    public enum VerdictFilter {
        ALL("All verdicts"),
        FAIL("Fail"),
        WARN("Warning"),
        PASS("Pass"),
        OTHER("Inconclusive, cancelled or not checked");

        private final String label;

        VerdictFilter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        boolean accepts(BulkRow row) {
            Status v = row.stateProperty().get() == BulkRow.State.DONE
                            && !row.report().nothingChecked()
                    ? row.verdict()
                    : null;
            return switch (this) {
                case ALL -> true;
                case FAIL -> v == Status.FAIL;
                case WARN -> v == Status.WARN;
                case PASS -> v == Status.PASS;
                case OTHER -> v != Status.FAIL && v != Status.WARN && v != Status.PASS;
            };
        }
    }

    private final TaskExecutor executor;
    private final LiveChecks live;
    private final StringProperty listText = new SimpleStringProperty("");
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<VerdictFilter> verdictFilter = new SimpleObjectProperty<>(VerdictFilter.ALL);
    // The extractor makes a row's state change a list change: sorting and filtering follow it.
    private final ObservableList<BulkRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.stateProperty()});
    private final FilteredList<BulkRow> shown = new FilteredList<>(rows);
    private final StringProperty problems = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final IntegerProperty done = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final BooleanProperty hasReports = new SimpleBooleanProperty(false);
    private volatile BulkCheck current;
    private volatile boolean cancelRequested;
    private int generation;

    public BulkViewModel(TaskExecutor executor, LiveChecks live) {
        this.executor = executor;
        this.live = live;
        shown.predicateProperty()
                .bind(Bindings.createObjectBinding(
                        () -> {
                            String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
                            VerdictFilter f = Objects.requireNonNullElse(verdictFilter.get(), VerdictFilter.ALL);
                            return row -> f.accepts(row)
                                    && (needle.isEmpty() || row.domain().contains(needle));
                        },
                        filterText,
                        verdictFilter));
    }

    /**
     * Parses the list and starts checking its domains; lines that are not domains are listed in
     * {@link #problemsProperty()} and skipped. Returns at once: the checks run in the background.
     */
    public void start(CheckSettings settings) {
        if (running.get()) {
            return;
        }
        DomainList.Parsed parsed = DomainList.parse(listText.get());
        problems.set(describe(parsed));
        if (parsed.entries().isEmpty()) {
            message.set("No domains to check: type or paste one domain a line, or open a list.");
            return;
        }
        List<BulkRow> fresh = new ArrayList<>();
        for (int i = 0; i < parsed.entries().size(); i++) {
            fresh.add(new BulkRow(i, parsed.entries().get(i).name()));
        }
        int gen = ++generation;
        rows.setAll(fresh);
        done.set(0);
        total.set(fresh.size());
        hasReports.set(false);
        message.set("");
        running.set(true);
        cancelRequested = false;
        List<DomainName> names = parsed.names();
        executor.submit(
                ctx -> {
                    BulkCheck.Listener listener = new BulkCheck.Listener() {
                        @Override
                        public void onStart(int index, DomainName name) {
                            ctx.ui(() -> fresh.get(index).checking());
                        }

                        @Override
                        public void onItem(BulkCheck.Item item) {
                            ctx.ui(() -> {
                                fresh.get(item.index()).finish(item.report(), item.cancelled());
                                if (gen == generation) {
                                    done.set(done.get() + 1);
                                    hasReports.set(true);
                                }
                            });
                        }
                    };
                    BulkCheck bulk = live.bulk(names, settings, BulkCheck.Options.defaults(), listener);
                    current = bulk;
                    if (cancelRequested) {
                        bulk.cancel();
                    }
                    // This task's thread only waits: the domains are checked on the engine's threads.
                    return bulk.done().join();
                },
                outcome -> finish(gen, fresh, outcome),
                e -> {
                    if (gen == generation) {
                        running.set(false);
                        current = null;
                        message.set("The check could not run: " + LiveChecks.describe(e));
                    }
                });
    }

    private void finish(int gen, List<BulkRow> fresh, BulkCheck.Outcome outcome) {
        if (gen != generation) {
            return;
        }
        running.set(false);
        current = null;
        for (BulkRow r : fresh) {
            r.notChecked();
        }
        List<Report> reports = reports();
        String counts =
                BulkTable.counts(reports) + String.format(Locale.ROOT, " (%.1f s", outcome.elapsedMillis() / 1000.0)
                        + ", " + outcome.mxHosts() + " mail servers probed once each).";
        if (outcome.cancelled()) {
            message.set("Cancelled: " + counts + " " + outcome.notChecked().size()
                    + " not checked; rows cut short are marked Cancelled.");
        } else {
            message.set("Checked " + counts);
        }
    }

    /** Stops a running bulk check: unfinished domains end as cancelled or not checked. */
    public boolean cancel() {
        if (!running.get()) {
            return false;
        }
        // The task is not cancelled itself: it must end normally to deliver the outcome, whose
        // unfinished domains then show as cancelled or not checked.
        cancelRequested = true;
        BulkCheck bulk = current;
        if (bulk != null) {
            bulk.cancel();
        }
        message.set("Cancelling...");
        return true;
    }

    /** Reads a list file into the text area; a clear message when it cannot be read. */
    public void load(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                message.set(file + " is " + size / (1024 * 1024) + " MiB: a list of domains is far smaller. "
                        + "Is it the right file?");
                return;
            }
            listText.set(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            DomainList.Parsed parsed = DomainList.parse(listText.get());
            problems.set(describe(parsed));
            message.set("Opened " + file + ": " + parsed.entries().size() + " domain"
                    + (parsed.entries().size() == 1 ? "" : "s") + ". Press Start to check them.");
        } catch (IOException e) {
            message.set("Could not read " + file + ": " + LiveChecks.describe(e));
        }
    }

    /** The lines skipped or merged, in words; empty when every line was a new domain. */
    static String describe(DomainList.Parsed parsed) {
        List<String> lines = new ArrayList<>();
        int shownMax = 8;
        for (DomainList.Rejected r : parsed.rejected()) {
            if (lines.size() == shownMax) {
                lines.add("... and " + (parsed.rejected().size() - shownMax) + " more lines skipped.");
                break;
            }
            lines.add("Line " + r.line() + " skipped (" + r.input().strip() + "): " + r.message());
        }
        if (!parsed.duplicates().isEmpty()) {
            lines.add(parsed.duplicates().size() + " duplicate line"
                    + (parsed.duplicates().size() == 1 ? "" : "s") + " merged (first: line "
                    + parsed.duplicates().get(0).line() + ", same as line "
                    + parsed.duplicates().get(0).firstLine() + ").");
        }
        if (parsed.truncated()) {
            lines.add("Only the first " + DomainList.MAX_DOMAINS + " domains are checked.");
        }
        return String.join("\n", lines);
    }

    /** The reports so far, in list order (cancelled domains included: their results say so). */
    public List<Report> reports() {
        List<Report> out = new ArrayList<>();
        for (BulkRow r : rows) {
            if (r.report() != null) {
                out.add(r.report());
            }
        }
        return out;
    }

    /** Writes the reports so far, refusing to replace a file unless told to. */
    public SaveOutcome export(Path file, BulkFormat format, boolean replace) {
        List<Report> reports = reports();
        try {
            SafeFiles.write(file, format.render(reports), replace);
            message.set("Saved " + reports.size() + " report" + (reports.size() == 1 ? "" : "s") + " to " + file + ".");
            return SaveOutcome.SAVED;
        } catch (FileAlreadyExistsException e) {
            return SaveOutcome.EXISTS;
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + LiveChecks.describe(e));
            return SaveOutcome.FAILED;
        }
    }

    public StringProperty listTextProperty() {
        return listText;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<VerdictFilter> verdictFilterProperty() {
        return verdictFilter;
    }

    /** Every domain of the last run, in list order. */
    public ObservableList<BulkRow> rows() {
        return rows;
    }

    /** The rows the filters let through (the table sorts these). */
    public FilteredList<BulkRow> shownRows() {
        return shown;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public IntegerProperty doneProperty() {
        return done;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public BooleanProperty hasReportsProperty() {
        return hasReports;
    }
}
