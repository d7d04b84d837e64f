package org.mtasts.wizard.core.tlsrpt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mtasts.wizard.core.Mode;

/**
 * "Ready to enforce?" (RFC 8461 §5: publish in testing, read the TLS reports, then enforce). Every
 * reason is judged from the reports and the live state alone, with the clock passed in.
 */
public final class Readiness {
    public static final String MODE = "mode";
    public static final String DAYS = "days";
    public static final String ORGANISATIONS = "organisations";
    public static final String RECENT_FAILURES = "recent-failures";
    public static final String POLICY_SEEN = "policy-seen";
    public static final String LIVE_CHECK = "live-check";

    /** At most this many failure rows are named in an evidence line. */
    private static final int NAMED_FAILURES = 3;

    private Readiness() {}

    /**
     * Judges the reports for {@code policyDomain} (null: every domain) against {@code criteria} and
     * the live state at {@code now}.
     */
    public static Verdict judge(
            List<TlsReport> reports, String policyDomain, ReadinessCriteria criteria, LiveState live, Instant now) {
        String domain = ReportSummary.normaliseDomain(policyDomain);
        List<Scoped> mine = new ArrayList<>();
        for (TlsReport r : reports) {
            List<PolicyResult> p = ReportSummary.policiesFor(r, domain);
            if (!p.isEmpty()) {
                mine.add(new Scoped(r, p, ReportSummary.dayOf(r)));
            }
        }
        List<Reason> reasons = new ArrayList<>();
        modeReason(live).ifPresent(reasons::add);
        reasons.add(days(mine, criteria));
        reasons.add(organisations(mine, criteria));
        reasons.add(recentFailures(mine, criteria, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        reasons.add(policySeen(mine, live));
        reasons.add(liveCheck(live));
        return Verdict.of(reasons);
    }

    /** A report with its entries for the domain and the UTC day it counts on. */
    private record Scoped(TlsReport report, List<PolicyResult> policies, LocalDate day) {}

    /** Already enforcing, or withdrawing: the question "ready to enforce?" then means something else. */
    private static Optional<Reason> modeReason(LiveState live) {
        if (live.mode() == Mode.ENFORCE) {
            return Optional.of(new Reason(
                    MODE,
                    ReasonStatus.WARN,
                    "Already in enforce mode.",
                    "The live policy says mode: enforce; senders that apply it refuse to deliver over a failing"
                            + " connection (RFC 8461 §5), so failures below are mail that did not arrive.",
                    "Keep reading the reports; fix any failure at once."));
        }
        if (live.mode() == Mode.NONE) {
            return Optional.of(new Reason(
                    MODE,
                    ReasonStatus.WARN,
                    "The live policy is mode: none (MTA-STS is being withdrawn).",
                    "Senders stop applying the policy as their cached copies expire (RFC 8461 §8.3).",
                    "To enforce, publish mode testing first, then read the reports again."));
        }
        return Optional.empty();
    }

    private static Reason days(List<Scoped> mine, ReadinessCriteria c) {
        TreeSet<LocalDate> days =
                mine.stream().map(Scoped::day).filter(d -> d != null).collect(Collectors.toCollection(TreeSet::new));
        int n = days.size();
        String span = n == 0 ? "no dated report" : "from " + days.first() + " to " + days.last() + " (UTC)";
        String evidence = n + " day" + plural(n) + " with reports, " + span + "; " + c.minDays()
                + " needed. A report is counted on the UTC day its date range starts.";
        if (n >= c.minDays()) {
            return new Reason(DAYS, ReasonStatus.PASS, "Reports cover " + n + " days.", evidence, "");
        }
        int more = c.minDays() - n;
        return new Reason(
                DAYS,
                ReasonStatus.FAIL,
                "Reports cover " + n + " day" + plural(n) + ", fewer than " + c.minDays() + ".",
                evidence,
                "Stay in testing mode and import the reports of at least " + more + " more day" + plural(more) + ".");
    }

    private static Reason organisations(List<Scoped> mine, ReadinessCriteria c) {
        TreeSet<String> orgs = mine.stream()
                .map(s -> displayName(s.report().organizationName()))
                .collect(Collectors.toCollection(TreeSet::new));
        int n = orgs.size();
        String evidence = n + " reporting organisation" + plural(n) + (n == 0 ? "" : ": " + String.join(", ", orgs))
                + "; " + c.minOrganisations() + " needed.";
        if (n >= c.minOrganisations()) {
            return new Reason(ORGANISATIONS, ReasonStatus.PASS, n + " organisations sent reports.", evidence, "");
        }
        return new Reason(
                ORGANISATIONS,
                ReasonStatus.FAIL,
                n + " organisation" + plural(n) + " sent reports, fewer than " + c.minOrganisations() + ".",
                evidence,
                "Wait for reports from more senders (large providers report daily once they have sent you mail);"
                        + " check that the TLSRPT record's rua address receives them.");
    }

    /**
     * Failures that would stop mail in enforce ({@link ResultType#blocksEnforce()}) in the recent
     * days. Failed sessions of an sts entry that its details do not account for count as blocking:
     * the summary is the figure to trust, and in enforce any failed sts session is refused.
     */
    private static Reason recentFailures(List<Scoped> mine, ReadinessCriteria c, LocalDate today) {
        LocalDate from = today.minusDays(c.recentDays());
        List<Scoped> recent = mine.stream()
                .filter(s -> s.day() != null && !s.day().isBefore(from))
                .toList();
        String window = "the last " + c.recentDays() + " day" + plural(c.recentDays()) + " (" + from + " to " + today
                + ", UTC)";
        if (recent.isEmpty()) {
            return new Reason(
                    RECENT_FAILURES,
                    ReasonStatus.FAIL,
                    "No report covers " + window + ".",
                    mine.isEmpty()
                            ? "No reports for this domain."
                            : "The latest report starts on " + latestDay(mine) + ".",
                    "Import the latest reports; if none arrive, check the TLSRPT record's rua address.");
        }
        Tally t = Tally.of(recent);
        double ratio = t.sessions == 0 ? 0.0 : (double) t.blocking / t.sessions;
        String evidence = t.evidence(window, ratio);
        if (t.blocking == 0) {
            ReasonStatus s = t.sessions == 0 ? ReasonStatus.WARN : ReasonStatus.PASS;
            String title = t.sessions == 0
                    ? "No sessions were reported in " + window + "."
                    : "No failures that would stop mail in enforce in " + window + ".";
            return new Reason(RECENT_FAILURES, s, title, evidence, t.other > 0 ? t.worstFix() : "");
        }
        boolean under = ratio <= c.maxFailureRatio();
        return new Reason(
                RECENT_FAILURES,
                under ? ReasonStatus.WARN : ReasonStatus.FAIL,
                t.blocking + " failed session" + plural(t.blocking) + " in " + window + " would stop mail in enforce"
                        + (under ? ", under the allowed ratio." : "."),
                evidence,
                t.worstFix());
    }

    /** The recent sessions and failures, and the worst failure rows. */
    private static final class Tally {
        long sessions;
        long blocking;
        long other;
        long undetailed;
        final Map<List<String>, Long> rows = new HashMap<>();
        final Map<ResultType, Long> byType = new HashMap<>();

        static Tally of(List<Scoped> recent) {
            Tally t = new Tally();
            for (Scoped s : recent) {
                for (PolicyResult p : s.policies()) {
                    t.add(s, p);
                }
            }
            return t;
        }

        private void add(Scoped s, PolicyResult p) {
            sessions += p.successfulSessions() + p.failedSessions();
            for (FailureDetail d : p.failureDetails()) {
                if (d.resultType().blocksEnforce()) {
                    blocking += d.failedSessions();
                    byType.merge(d.resultType(), d.failedSessions(), Long::sum);
                    List<String> key = List.of(
                            d.rawResultType(),
                            orDash(d.receivingMxHostname()),
                            orDash(d.receivingIp()),
                            displayName(s.report().organizationName()));
                    rows.merge(key, d.failedSessions(), Long::sum);
                } else {
                    other += d.failedSessions();
                }
            }
            long missing = p.failedSessions() - p.detailedFailures();
            if (missing > 0 && p.policyType() == PolicyType.STS) {
                undetailed += missing;
                blocking += missing;
            }
        }

        String evidence(String window, double ratio) {
            StringBuilder sb = new StringBuilder();
            sb.append(sessions)
                    .append(" session")
                    .append(plural(sessions))
                    .append(" in ")
                    .append(window)
                    .append(", ")
                    .append(blocking)
                    .append(" blocking failure")
                    .append(plural(blocking));
            if (sessions > 0) {
                sb.append(String.format(Locale.ROOT, " (%.3f%%)", ratio * 100));
            }
            sb.append('.');
            rows.entrySet().stream()
                    .sorted(Map.Entry.<List<String>, Long>comparingByValue()
                            .reversed()
                            .thenComparing(e -> String.join(" ", e.getKey())))
                    .limit(NAMED_FAILURES)
                    .forEach(e -> sb.append(' ')
                            .append(e.getKey().get(0))
                            .append(" at ")
                            .append(e.getKey().get(1))
                            .append(" (")
                            .append(e.getKey().get(2))
                            .append("): ")
                            .append(e.getValue())
                            .append(", reported by ")
                            .append(e.getKey().get(3))
                            .append('.'));
            if (undetailed > 0) {
                sb.append(' ')
                        .append(undetailed)
                        .append(" failed sts session")
                        .append(plural(undetailed))
                        .append(" without failure details counted as blocking (the summary is trusted).");
            }
            if (other > 0) {
                sb.append(' ')
                        .append(other)
                        .append(" other failed session")
                        .append(plural(other))
                        .append(" (DANE, DNSSEC or unknown types) do not depend on MTA-STS.");
            }
            return sb.toString();
        }

        String worstFix() {
            return byType.entrySet().stream()
                    .max(Map.Entry.<ResultType, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(e -> e.getKey().token() + ": " + e.getKey().fix())
                    .orElse("Read the failure groups for the reason codes; run the live check on the MX hosts.");
        }
    }

    /**
     * Whether the reporters applied the policy that is live now: each organisation's latest report
     * is compared with the live policy's lines (normalised, see {@link #normaliseLines}).
     */
    private static Reason policySeen(List<Scoped> mine, LiveState live) {
        if (live.policyLines() == null) {
            return new Reason(
                    POLICY_SEEN,
                    ReasonStatus.FAIL,
                    "No valid policy is live, so the reports cannot be compared with it.",
                    "The live check found no policy it could parse at the policy host.",
                    "Publish the policy (testing mode) and make the live check pass.");
        }
        List<String> want = normaliseLines(live.policyLines());
        Map<String, Scoped> latest = new HashMap<>();
        for (Scoped s : mine) {
            latest.merge(displayName(s.report().organizationName()), s, Readiness::later);
        }
        List<String> current = new ArrayList<>();
        List<String> older = new ArrayList<>();
        List<String> notPicked = new ArrayList<>();
        latest.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String who = e.getKey()
                    + (e.getValue().day() == null ? "" : " (" + e.getValue().day() + ")");
            switch (seen(e.getValue(), want)) {
                case CURRENT -> current.add(who);
                case OLDER -> older.add(who);
                case NONE_FOUND -> notPicked.add(who);
                case OTHER -> {}
            }
        });
        return policySeenReason(current, older, notPicked);
    }

    private static Reason policySeenReason(List<String> current, List<String> older, List<String> notPicked) {
        StringBuilder ev = new StringBuilder("Latest report per organisation: ");
        ev.append(current.size())
                .append(" saw the live policy")
                .append(current.isEmpty() ? "" : " (" + String.join(", ", current) + ")");
        if (!older.isEmpty()) {
            ev.append("; ")
                    .append(older.size())
                    .append(" saw another policy (")
                    .append(String.join(", ", older))
                    .append(")");
        }
        if (!notPicked.isEmpty()) {
            ev.append("; ")
                    .append(notPicked.size())
                    .append(" found no policy, so ")
                    .append(notPicked.size() == 1 ? "it has" : "they have")
                    .append(" not picked it up yet (")
                    .append(String.join(", ", notPicked))
                    .append(")");
        }
        ev.append('.');
        String fix = "Wait until the reporters' caches refresh (they fetch the policy again when the _mta-sts id"
                + " changes or max_age passes, RFC 8461 §5.1); check that the id was changed with the policy.";
        if (current.isEmpty()) {
            return new Reason(
                    POLICY_SEEN, ReasonStatus.FAIL, "No reporter has applied the live policy yet.", ev.toString(), fix);
        }
        if (older.isEmpty() && notPicked.isEmpty()) {
            return new Reason(POLICY_SEEN, ReasonStatus.PASS, "Reporters applied the live policy.", ev.toString(), "");
        }
        return new Reason(
                POLICY_SEEN,
                ReasonStatus.WARN,
                "Some reporters have not applied the live policy yet.",
                ev.toString(),
                fix);
    }

    private enum Seen {
        CURRENT,
        OLDER,
        NONE_FOUND,
        OTHER
    }

    private static Seen seen(Scoped s, List<String> want) {
        Seen out = Seen.OTHER;
        for (PolicyResult p : s.policies()) {
            if (p.policyType() == PolicyType.STS) {
                if (normaliseLines(p.policyStrings()).equals(want)) {
                    return Seen.CURRENT;
                }
                out = Seen.OLDER;
            } else if (p.policyType() == PolicyType.NO_POLICY_FOUND && out == Seen.OTHER) {
                out = Seen.NONE_FOUND;
            }
        }
        return out;
    }

    private static Scoped later(Scoped a, Scoped b) {
        if (a.day() == null) {
            return b;
        }
        if (b.day() == null) {
            return a;
        }
        Instant ia =
                a.report().start() != null ? a.report().start() : a.report().end();
        Instant ib =
                b.report().start() != null ? b.report().start() : b.report().end();
        return ib.isAfter(ia) ? b : a;
    }

    /**
     * Policy lines as compared: each line trimmed, key lower case, one space after the colon, value
     * lower case (mode and host names are case-insensitive in practice; max_age is digits), blank
     * lines dropped, sorted (RFC 8460 §4.4 sends the policy's lines, and reporters keep neither
     * order nor spacing reliably).
     */
    public static List<String> normaliseLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            for (String part : line.split("\r\n|\r|\n")) {
                String l = part.strip();
                if (l.isEmpty()) {
                    continue;
                }
                int colon = l.indexOf(':');
                String norm = colon < 0
                        ? l
                        : l.substring(0, colon).strip() + ": "
                                + l.substring(colon + 1).strip();
                out.add(norm.toLowerCase(Locale.ROOT));
            }
        }
        out.sort(null);
        return out;
    }

    private static Reason liveCheck(LiveState live) {
        String summary = live.liveCheckSummary().isBlank() ? "(no summary)" : live.liveCheckSummary();
        if (live.liveCheckPasses()) {
            return new Reason(LIVE_CHECK, ReasonStatus.PASS, "The live check passes now.", summary, "");
        }
        return new Reason(
                LIVE_CHECK,
                ReasonStatus.FAIL,
                "The live check does not pass now.",
                summary,
                "Fix what the live check reports first: in enforce, a failing MX host or policy host stops mail.");
    }

    private static LocalDate latestDay(List<Scoped> mine) {
        return mine.stream()
                .map(Scoped::day)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    static String displayName(String organisation) {
        return organisation == null || organisation.isBlank() ? "(unnamed reporter)" : organisation;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
