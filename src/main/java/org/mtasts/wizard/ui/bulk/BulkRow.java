package org.mtasts.wizard.ui.bulk;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.core.DomainName;

/** One domain of a bulk check: waiting, being checked, then its report (or why it has none). */
public final class BulkRow {
    /** Where the domain is in the run. */
    public enum State {
        WAITING,
        CHECKING,
        DONE,
        /** The run was cancelled while this domain was checked: its unfinished results are inconclusive. */
        CANCELLED,
        /** The run was cancelled before this domain started. */
        NOT_CHECKED
    }

    private final int index;
    private final DomainName name;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private Report report;

    BulkRow(int index, DomainName name) {
        this.index = index;
        this.name = name;
    }

    void checking() {
        if (state.get() == State.WAITING) {
            state.set(State.CHECKING);
        }
    }

    void finish(Report r, boolean cancelled) {
        // The report is set first: listeners of the state read it.
        report = r;
        state.set(cancelled ? State.CANCELLED : State.DONE);
    }

    void notChecked() {
        if (report == null) {
            state.set(State.NOT_CHECKED);
        }
    }

    public int index() {
        return index;
    }

    public String domain() {
        return name.ascii();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** The report, once the domain's check ended (also when it was cancelled); else null. */
    public Report report() {
        return report;
    }

    /** The verdict of a finished check; null while waiting, checking, or when never checked. */
    public Status verdict() {
        return report == null ? null : report.verdict();
    }

    /** The word the table shows in the Verdict column. */
    public String verdictText() {
        return switch (state.get()) {
            case WAITING -> "Waiting";
            case CHECKING -> "Checking...";
            case CANCELLED -> "Cancelled";
            case NOT_CHECKED -> "Not checked";
            case DONE ->
                report.nothingChecked()
                        ? "No answer"
                        : switch (report.verdict()) {
                            case PASS -> "Pass";
                            case WARN -> "Warning";
                            case FAIL -> "Fail";
                            case INCONCLUSIVE -> "Inconclusive";
                            case SKIPPED -> "Skipped";
                            case INFO -> "Info";
                        };
        };
    }

    /** Sort order of the Verdict column: failures first, then warnings, then the rest. */
    public int severity() {
        if (state.get() != State.DONE) {
            return state.get() == State.CANCELLED ? 2 : 1;
        }
        return switch (report.verdict()) {
            case FAIL -> 5;
            case WARN -> 4;
            case INCONCLUSIVE -> 3;
            case PASS -> 0;
            case SKIPPED, INFO -> 1;
        };
    }

    /** The policy mode the domain publishes, or empty. */
    public String mode() {
        return report == null || report.facts().mode() == null
                ? ""
                : report.facts().mode();
    }

    /** The ids of the failing checks, as the command line's summary shows them. */
    public String failing() {
        if (report == null) {
            return "";
        }
        List<String> f = BulkTable.failing(report);
        return String.join(", ", f);
    }

    /** The first failing result in words, for the tooltip. */
    public String firstFailure() {
        return report == null ? "" : BulkTable.firstFailure(report);
    }
}
