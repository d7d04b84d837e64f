package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Compares the MX hosts a domain publishes with a policy's {@code mx} patterns (RFC 8461 §4.1). */
public final class Coverage {
    private Coverage() {}

    /**
     * Reports covered hosts, uncovered hosts and stale patterns.
     *
     * @param mxHosts  MX host names as DNS returns them (trailing dots and upper case are fine);
     *                 {@code "."} (or an empty name) is the null MX of RFC 7505
     * @param patterns the policy's patterns
     */
    public static CoverageReport analyze(List<String> mxHosts, List<MxPattern> patterns) {
        List<Finding> findings = new ArrayList<>();
        Hosts hosts = hosts(mxHosts, findings);
        List<CoverageReport.CoveredHost> covered = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        Set<MxPattern> used = new LinkedHashSet<>();
        for (String h : hosts.names()) {
            List<MxPattern> by = new ArrayList<>();
            for (MxPattern p : patterns) {
                if (p.matches(h)) {
                    by.add(p);
                    used.add(p);
                }
            }
            if (by.isEmpty()) {
                uncovered.add(h);
                findings.add(Finding.of(
                        FindingCode.COVERAGE_UNCOVERED_HOST,
                        0,
                        "MX host " + h
                                + " is not covered by any mx pattern: senders in enforce mode will refuse to deliver to it"
                                + wildcardHint(h, patterns),
                        "add 'mx: " + h + "' to the policy (then publish it and change the TXT record's id)"));
            } else {
                covered.add(new CoverageReport.CoveredHost(h, by));
            }
        }
        List<MxPattern> stale = stale(patterns, used, !hosts.names().isEmpty(), findings);
        if (hosts.nullMx()) {
            findings.add(Finding.of(
                    FindingCode.COVERAGE_NULL_MX,
                    0,
                    "the domain publishes a null MX (MX 0 .): it receives no mail, so MTA-STS protects nothing here",
                    "publish MTA-STS only for domains that receive mail"));
        } else if (hosts.names().isEmpty()
                && findings.stream().noneMatch(f -> f.code() == FindingCode.COVERAGE_HOST_INVALID)) {
            findings.add(Finding.of(
                    FindingCode.COVERAGE_NO_HOSTS,
                    0,
                    "no MX hosts were given, so coverage cannot be judged",
                    "list the domain's MX hosts"));
        }
        return new CoverageReport(covered, uncovered, stale, hosts.nullMx(), findings);
    }

    /** The valid MX host names, lower case without the trailing dot, and whether a null MX was among them. */
    private record Hosts(Set<String> names, boolean nullMx) {}

    /**
     * Matching is on the DNS name, case-insensitive and without its trailing dot (RFC 8461 §4.1);
     * {@code "."} is the null MX of RFC 7505; a name that is not a host name is reported and left out.
     */
    private static Hosts hosts(List<String> mxHosts, List<Finding> findings) {
        Set<String> hosts = new LinkedHashSet<>();
        boolean nullMx = false;
        for (String raw : mxHosts) {
            String h = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (h.isEmpty() || h.equals(".")) {
                nullMx = true;
                continue;
            }
            if (h.endsWith(".")) {
                h = h.substring(0, h.length() - 1);
            }
            Optional<HostSyntax.Problem> problem = HostSyntax.check(h);
            if (problem.isPresent()) {
                String fix = problem.get().kind() == HostSyntax.Kind.NON_ASCII
                                && DomainName.parse(h) instanceof DomainName.Valid v
                        ? "use the A-label " + v.name().ascii()
                        : "give the MX host name as published in DNS";
                findings.add(Finding.of(
                        FindingCode.COVERAGE_HOST_INVALID,
                        0,
                        "MX host '" + raw.strip() + "' is not a valid host name: "
                                + problem.get().message(),
                        fix));
                continue;
            }
            hosts.add(h);
        }
        return new Hosts(hosts, nullMx);
    }

    /** Patterns no host matched, in policy order without repeats; reported only when there were hosts to match. */
    private static List<MxPattern> stale(
            List<MxPattern> patterns, Set<MxPattern> used, boolean anyHost, List<Finding> findings) {
        List<MxPattern> stale = new ArrayList<>();
        for (MxPattern p : new LinkedHashSet<>(patterns)) {
            if (!used.contains(p)) {
                stale.add(p);
                if (anyHost) {
                    findings.add(Finding.of(
                            FindingCode.COVERAGE_STALE_PATTERN,
                            0,
                            "mx pattern " + p + " matches none of the MX hosts; it widens the policy for nothing",
                            "remove 'mx: " + p + "' unless you are about to add such a host"));
                }
            }
        }
        return stale;
    }

    /** Explains the most common mistake: a wildcard expected to match two labels. */
    private static String wildcardHint(String host, List<MxPattern> patterns) {
        for (MxPattern p : patterns) {
            if (p.isWildcard() && host.endsWith("." + p.base())) {
                return " (" + p + " matches exactly one label in place of '*', and " + host + " has more)";
            }
        }
        return "";
    }
}
