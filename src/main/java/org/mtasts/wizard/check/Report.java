package org.mtasts.wizard.check;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PublishedSetup;

/**
 * Everything one check run found.
 *
 * @param domain        the policy domain, as checked (A-labels, no trailing dot)
 * @param results       every result, in a stable order (by {@link CheckId}, then by target as discovered)
 * @param verdict       {@link Status#FAIL} if any result failed, else {@link Status#WARN} if any warned
 *                      or was inconclusive, else {@link Status#PASS}
 * @param elapsedMillis wall time of the whole run
 * @param facts         what the live records and policy say, as values ({@link Facts#NONE} when
 *                      unknown)
 */
public record Report(String domain, List<CheckResult> results, Status verdict, long elapsedMillis, Facts facts) {

    public Report {
        Objects.requireNonNull(domain, "domain");
        results = List.copyOf(results);
        Objects.requireNonNull(verdict, "verdict");
        facts = facts == null ? Facts.NONE : facts;
    }

    public Report(String domain, List<CheckResult> results, Status verdict, long elapsedMillis) {
        this(domain, results, verdict, elapsedMillis, Facts.NONE);
    }

    /** Builds a report whose verdict follows from its results. */
    public static Report of(String domain, List<CheckResult> results, long elapsedMillis) {
        return of(domain, results, elapsedMillis, Facts.NONE);
    }

    /** Builds a report whose verdict follows from its results, with the facts the run collected. */
    public static Report of(String domain, List<CheckResult> results, long elapsedMillis, Facts facts) {
        return new Report(domain, results, verdictOf(results), elapsedMillis, facts);
    }

    /**
     * Fail if any fail, else warn if any warn or inconclusive, else pass (skipped and informational
     * results do not count). The rows beside MTA-STS ({@link CheckId#besideMtaSts()}: DNSSEC, DANE)
     * never count: a bogus zone or a TLSA mismatch fails its own row, not a correct MTA-STS setup.
     */
    public static Status verdictOf(List<CheckResult> results) {
        boolean warn = false;
        for (CheckResult r : results) {
            if (r.id().besideMtaSts()) {
                continue;
            }
            if (r.status() == Status.FAIL) {
                return Status.FAIL;
            }
            warn |= r.status() == Status.WARN || r.status() == Status.INCONCLUSIVE;
        }
        return warn ? Status.WARN : Status.PASS;
    }

    /**
     * True when not a single requirement could be judged: every result is inconclusive or skipped
     * (typically the resolver could not be reached). The command line exits with 3 then.
     */
    public boolean nothingChecked() {
        return results.stream()
                .filter(r -> !r.id().besideMtaSts())
                .allMatch(r -> r.status() == Status.INCONCLUSIVE || r.status() == Status.SKIPPED);
    }

    /**
     * What the domain publishes, as the run read it (the valid parts only), for comparing with a
     * draft ({@link org.mtasts.wizard.core.SetupComparison}): the faces say from it which setup
     * they checked.
     */
    public PublishedSetup live() {
        Policy policy = null;
        if (facts.mode() != null && facts.maxAgeSeconds() != null) {
            // The facts come from a policy that parsed, so they make a valid policy again.
            policy = new Policy(
                    Mode.fromToken(facts.mode()).orElseThrow(),
                    facts.mxPatterns().stream().map(MxPattern::of).toList(),
                    facts.maxAgeSeconds());
        }
        return new PublishedSetup(facts.stsId(), policy, facts.rua());
    }

    /** One failing result and what it means for mail. */
    public record Failure(CheckResult result, Consequence consequence) {}

    /**
     * The failing MTA-STS results, worst consequence first ({@link Consequence} order), then in
     * report order. The consequence of an MX failure follows the mode of the live policy. The rows
     * beside MTA-STS (DNSSEC, DANE) have no consequence for MTA-STS and are not listed.
     */
    public List<Failure> failures() {
        Mode mode = live().mode().orElse(null);
        return results.stream()
                .filter(r -> r.status() == Status.FAIL && !r.id().besideMtaSts())
                .map(r -> new Failure(r, Consequence.of(r, mode)))
                .sorted(Comparator.comparing(Failure::consequence))
                .toList();
    }

    /** The results with this id, in report order. */
    public List<CheckResult> resultsFor(CheckId id) {
        return results.stream().filter(r -> r.id() == id).toList();
    }
}
