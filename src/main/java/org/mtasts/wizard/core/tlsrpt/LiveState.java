package org.mtasts.wizard.core.tlsrpt;

import java.util.List;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PolicyWriter;

/**
 * What the live check found, as the readiness verdict needs it.
 *
 * @param policyLines      the live policy's lines, or null when no valid policy is live
 * @param policyId         the live {@code _mta-sts} record's id, or null
 * @param mode             the live policy's mode, or null
 * @param liveCheckPasses  true when the live check found no failure now
 * @param liveCheckSummary what the live check said, in a sentence (the evidence of its reason)
 */
public record LiveState(
        List<String> policyLines, String policyId, Mode mode, boolean liveCheckPasses, String liveCheckSummary) {

    public LiveState {
        policyLines = policyLines == null ? null : List.copyOf(policyLines);
        liveCheckSummary = liveCheckSummary == null ? "" : liveCheckSummary;
    }

    /**
     * The state of a live, parsed policy: its lines as {@link PolicyWriter} writes them (the reports'
     * lines are compared after normalising, so order, case and spacing do not matter).
     */
    public static LiveState of(Policy policy, String policyId, boolean liveCheckPasses, String liveCheckSummary) {
        List<String> lines =
                policy == null ? null : List.of(PolicyWriter.write(policy).split(PolicyWriter.CRLF));
        return new LiveState(lines, policyId, policy == null ? null : policy.mode(), liveCheckPasses, liveCheckSummary);
    }
}
