package org.mtasts.wizard.core;

import java.util.List;

/**
 * How a policy's {@code mx} patterns cover a domain's MX hosts (RFC 8461 §4.1).
 *
 * @param covered   hosts matched by at least one pattern, with the patterns that match them
 * @param uncovered hosts no pattern matches: senders in {@code enforce} mode refuse to deliver to them
 * @param stale     patterns that match no host: they widen the policy for nothing
 * @param nullMx    the domain publishes the null MX ({@code MX 0 .}, RFC 7505): it receives no mail
 * @param findings  the same facts as findings (uncovered: error, stale: warning, null MX, invalid hosts)
 */
public record CoverageReport(
        List<CoveredHost> covered,
        List<String> uncovered,
        List<MxPattern> stale,
        boolean nullMx,
        List<Finding> findings) {

    public CoverageReport {
        covered = List.copyOf(covered);
        uncovered = List.copyOf(uncovered);
        stale = List.copyOf(stale);
        findings = List.copyOf(findings);
    }

    /**
     * A host and the patterns that match it.
     *
     * @param host      the MX host, lower case, without its trailing dot
     * @param matchedBy the matching patterns, in policy order (never empty)
     */
    public record CoveredHost(String host, List<MxPattern> matchedBy) {
        public CoveredHost {
            matchedBy = List.copyOf(matchedBy);
        }
    }

    /** True when every host is covered and no finding is an error. */
    public boolean allCovered() {
        return uncovered.isEmpty() && findings.stream().noneMatch(Finding::isError);
    }
}
