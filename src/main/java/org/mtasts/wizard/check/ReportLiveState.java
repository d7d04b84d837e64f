package org.mtasts.wizard.check;

import java.util.stream.Collectors;
import org.mtasts.wizard.core.PublishedSetup;
import org.mtasts.wizard.core.tlsrpt.LiveState;

/**
 * A check {@link Report} as the readiness verdict reads it ({@code core.tlsrpt.Readiness}): the
 * live policy and its id, and whether the check passes now with a one-line summary. Both faces
 * use it, so "the live check passes now" means the same on the command line and in the wizard.
 */
public final class ReportLiveState {
    private ReportLiveState() {}

    /**
     * Passes when nothing failed and something could be checked (a warning does not stop mail in
     * enforce); the summary names each failing result, or counts the passes and warnings.
     */
    public static LiveState of(Report report) {
        PublishedSetup setup = report.live();
        boolean passes = report.verdict() != Status.FAIL && !report.nothingChecked();
        String summary;
        if (report.nothingChecked()) {
            summary = "Nothing could be checked: "
                    + report.results().stream()
                            .filter(r -> r.status() == Status.INCONCLUSIVE)
                            .map(CheckResult::summary)
                            .findFirst()
                            .orElse("no result.");
        } else if (report.verdict() == Status.FAIL) {
            summary = report.results().stream()
                    .filter(r -> r.status() == Status.FAIL)
                    .map(r -> r.id().code() + " " + r.target() + ": " + r.summary())
                    .collect(Collectors.joining("; "));
        } else {
            long n = report.results().stream()
                    .filter(r -> r.status() == Status.PASS)
                    .count();
            long w = report.results().stream()
                    .filter(r -> r.status() == Status.WARN)
                    .count();
            summary = "Live check of " + report.domain() + ": " + n + " passed, " + w + " warning" + (w == 1 ? "" : "s")
                    + ", none failed.";
        }
        return LiveState.of(setup.policy(), setup.stsId(), passes, summary);
    }
}
