package org.mtasts.wizard.check.propagation;

import java.util.List;

/**
 * The whole answer to "is it live yet?".
 *
 * @param domain              the domain (A-labels)
 * @param state               the overall state
 * @param records             one per record asked, in {@link RecordKind} order
 * @param maxRemainingSeconds the longest time the resolver may still hand out an old or negative
 *                            answer for one of them, or -1 when none waits
 * @param elapsedMillis       how long the check took
 * @param cancelled           true when it was cancelled or reached its deadline (missing answers are {@code cancelled})
 */
public record PropagationReport(
        String domain,
        OverallState state,
        List<RecordReport> records,
        long maxRemainingSeconds,
        long elapsedMillis,
        boolean cancelled) {

    public PropagationReport {
        records = List.copyOf(records);
    }

    /** Every server named as lagging, over all records, without repeats, e.g. {@code ns2.example.com (192.0.2.2)}. */
    public List<String> laggingServers() {
        return records.stream()
                .flatMap(r -> r.lagging().stream())
                .map(ServerAnswer::label)
                .distinct()
                .toList();
    }
}
