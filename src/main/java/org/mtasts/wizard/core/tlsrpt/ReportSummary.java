package org.mtasts.wizard.core.tlsrpt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What many TLS reports say about one policy domain: sessions per day, per reporting organisation,
 * and failures grouped by result type (RFC 8460 §4.3).
 *
 * <p>Only the {@code policies} entries for the policy domain count (a report may also carry, say, a
 * {@code tlsa} entry for another domain). A report is placed on the UTC day its date range starts:
 * RFC 8460 §4.1 has reporters cover whole UTC days, so a report that crosses midnight is the rare
 * exception and counting it once, on its start day, keeps the daily totals equal to the reports'
 * totals.
 *
 * <p>Failure totals are kept twice: the summaries' "total-failure-session-count" (the figure to
 * trust) and the sum of the failure details, which real reporters do not always make add up.
 *
 * @param policyDomain        the domain summarised (lower case, no trailing dot), or null for every domain
 * @param reports             reports with at least one entry for the domain
 * @param successfulSessions  the summaries' successful sessions
 * @param failedSessions      the summaries' failed sessions (trusted)
 * @param detailedFailures    the failure details' session counts added up
 * @param days                one row per UTC day from the first to the last report's start day, gaps as zero
 *                            rows (only the days with reports when they span more than {@link #MAX_FILLED_DAYS})
 * @param organisations       one row per reporting organisation, most sessions first
 * @param failureGroups       failures by result type, worst first
 * @param undatedReports      reports without a usable date range (counted everywhere but in {@code days})
 */
public record ReportSummary(
        String policyDomain,
        int reports,
        long successfulSessions,
        long failedSessions,
        long detailedFailures,
        List<Day> days,
        List<Organisation> organisations,
        List<FailureGroup> failureGroups,
        int undatedReports) {

    /** Beyond about ten years of days the gaps are not filled in (a misdated report would make millions). */
    public static final int MAX_FILLED_DAYS = 3700;

    public ReportSummary {
        days = List.copyOf(days);
        organisations = List.copyOf(organisations);
        failureGroups = List.copyOf(failureGroups);
    }

    /** All sessions (successful and failed) the summaries count. */
    public long sessions() {
        return successfulSessions + failedSessions;
    }

    /** True when the failure details do not add up to the summaries' failure total: show both. */
    public boolean failureCountsDiffer() {
        return detailedFailures != failedSessions;
    }

    /** The days that have at least one report. */
    public List<Day> daysWithReports() {
        return days.stream().filter(d -> d.reports() > 0).toList();
    }

    /**
     * One UTC day.
     *
     * @param date       the day (UTC)
     * @param reports    reports starting that day
     * @param successful successful sessions
     * @param failed     failed sessions (the summaries' total)
     */
    public record Day(LocalDate date, int reports, long successful, long failed) {}

    /**
     * One reporting organisation.
     *
     * @param name          "organization-name" (empty when the reporter sent none)
     * @param reports       its reports for the domain
     * @param successful    successful sessions
     * @param failed        failed sessions (the summaries' total)
     * @param policyTypes   the policy types it applied, as sent ({@code sts}, {@code tlsa}, {@code no-policy-found}, ...)
     * @param policiesSeen  each distinct policy-string it reported, newest first (RFC 8460 §4.4 carries the
     *                      policy's lines, not its id)
     * @param firstDay      the start day of its first report, or null
     * @param lastDay       the start day of its latest report, or null
     */
    public record Organisation(
            String name,
            int reports,
            long successful,
            long failed,
            List<String> policyTypes,
            List<PolicySeen> policiesSeen,
            LocalDate firstDay,
            LocalDate lastDay) {

        public Organisation {
            policyTypes = List.copyOf(policyTypes);
            policiesSeen = List.copyOf(policiesSeen);
        }

        public long sessions() {
            return successful + failed;
        }
    }

    /**
     * One policy as a reporter saw it.
     *
     * @param policyType "policy-type" as sent
     * @param lines      "policy-string" (empty for no-policy-found)
     * @param reports    reports that carried it
     * @param lastDay    the start day of the latest of them, or null
     */
    public record PolicySeen(String policyType, List<String> lines, int reports, LocalDate lastDay) {
        public PolicySeen {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Failures of one result type.
     *
     * @param type     the result type ({@link ResultType#UNKNOWN} gathers every type this project does not know)
     * @param sessions failed sessions in its details
     * @param entries  one row per distinct (raw type, receiving MX, receiving IP, sending IP, reason code,
     *                 additional information), most sessions first
     */
    public record FailureGroup(ResultType type, long sessions, List<FailureEntry> entries) {
        public FailureGroup {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One failure row: where it happened and why, added up over every report.
     *
     * @param rawResultType         "result-type" as sent
     * @param receivingMxHostname   "receiving-mx-hostname", or null
     * @param receivingIp           "receiving-ip", or null
     * @param sendingMtaIp          "sending-mta-ip", or null
     * @param failureReasonCode     "failure-reason-code", or null
     * @param additionalInformation "additional-information", or null
     * @param sessions              failed sessions
     * @param organisations         the reporters that saw it
     */
    public record FailureEntry(
            String rawResultType,
            String receivingMxHostname,
            String receivingIp,
            String sendingMtaIp,
            String failureReasonCode,
            String additionalInformation,
            long sessions,
            List<String> organisations) {
        public FailureEntry {
            organisations = List.copyOf(organisations);
        }
    }

    /**
     * Summarises {@code reports} for {@code policyDomain} (compared case-insensitively, trailing dot
     * ignored); null summarises every domain.
     */
    public static ReportSummary of(List<TlsReport> reports, String policyDomain) {
        String domain = normaliseDomain(policyDomain);
        Builder b = new Builder();
        for (TlsReport r : reports) {
            List<PolicyResult> mine = policiesFor(r, domain);
            if (!mine.isEmpty()) {
                b.add(r, mine);
            }
        }
        return b.build(domain);
    }

    /** Lower case, no surrounding space, no trailing dot; null or blank stays null (every domain). */
    public static String normaliseDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    /** The report's entries for {@code domain} (every entry when it is null). */
    static List<PolicyResult> policiesFor(TlsReport r, String domain) {
        if (domain == null) {
            return r.policies();
        }
        List<PolicyResult> out = new ArrayList<>(1);
        for (PolicyResult p : r.policies()) {
            if (domain.equals(normaliseDomain(p.policyDomain()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The UTC day a report counts on: its start day (its end day when the start is missing), or null. */
    public static LocalDate dayOf(TlsReport r) {
        Instant at = r.start() != null ? r.start() : r.end();
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Collects the figures in one pass over the reports. */
    private static final class Builder {
        private int reports;
        private int undated;
        private long successful;
        private long failed;
        private long detailed;
        private final TreeMap<LocalDate, long[]> days = new TreeMap<>();
        private final Map<String, OrgBuilder> orgs = new HashMap<>();
        private final Map<ResultType, Map<EntryKey, EntryBuilder>> failures = new HashMap<>();

        void add(TlsReport r, List<PolicyResult> policies) {
            reports++;
            LocalDate day = dayOf(r);
            OrgBuilder org = orgs.computeIfAbsent(r.organizationName(), OrgBuilder::new);
            org.reports++;
            org.seen(day);
            long ok = 0;
            long bad = 0;
            for (PolicyResult p : policies) {
                ok += p.successfulSessions();
                bad += p.failedSessions();
                detailed += p.detailedFailures();
                org.policy(p, day);
                for (FailureDetail d : p.failureDetails()) {
                    failure(d, r.organizationName());
                }
            }
            successful += ok;
            failed += bad;
            org.successful += ok;
            org.failed += bad;
            if (day == null) {
                undated++;
            } else {
                long[] row = days.computeIfAbsent(day, k -> new long[3]);
                row[0]++;
                row[1] += ok;
                row[2] += bad;
            }
        }

        private void failure(FailureDetail d, String organisation) {
            EntryKey key = new EntryKey(
                    d.rawResultType(),
                    d.receivingMxHostname(),
                    d.receivingIp(),
                    d.sendingMtaIp(),
                    d.failureReasonCode(),
                    d.additionalInformation());
            EntryBuilder e = failures.computeIfAbsent(d.resultType(), k -> new HashMap<>())
                    .computeIfAbsent(key, k -> new EntryBuilder());
            e.sessions += d.failedSessions();
            e.organisations.add(organisation);
        }

        ReportSummary build(String domain) {
            List<Organisation> orgRows = orgs.values().stream()
                    .map(OrgBuilder::build)
                    .sorted(Comparator.comparingLong(Organisation::sessions)
                            .reversed()
                            .thenComparing(Organisation::name))
                    .toList();
            return new ReportSummary(
                    domain, reports, successful, failed, detailed, dayRows(), orgRows, groups(), undated);
        }

        private List<Day> dayRows() {
            List<Day> out = new ArrayList<>();
            if (days.isEmpty()) {
                return out;
            }
            LocalDate first = days.firstKey();
            LocalDate last = days.lastKey();
            boolean fill = first.plusDays(MAX_FILLED_DAYS).isAfter(last);
            if (!fill) {
                days.forEach((d, row) -> out.add(new Day(d, (int) row[0], row[1], row[2])));
                return out;
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                long[] row = days.get(d);
                out.add(row == null ? new Day(d, 0, 0, 0) : new Day(d, (int) row[0], row[1], row[2]));
            }
            return out;
        }

        /**
         * Worst first: types that would stop mail in enforce (RFC 8461 §5) before the others, then by
         * failed sessions; entries by sessions.
         */
        private List<FailureGroup> groups() {
            List<FailureGroup> out = new ArrayList<>();
            failures.forEach((type, entries) -> {
                List<FailureEntry> rows = new ArrayList<>();
                long total = 0;
                for (Map.Entry<EntryKey, EntryBuilder> e : entries.entrySet()) {
                    EntryKey k = e.getKey();
                    total += e.getValue().sessions;
                    rows.add(new FailureEntry(
                            k.rawType(),
                            k.mx(),
                            k.receivingIp(),
                            k.sendingIp(),
                            k.reasonCode(),
                            k.info(),
                            e.getValue().sessions,
                            List.copyOf(e.getValue().organisations)));
                }
                rows.sort(Comparator.comparingLong(FailureEntry::sessions)
                        .reversed()
                        .thenComparing(FailureEntry::receivingMxHostname, Comparator.nullsLast(String::compareTo))
                        .thenComparing(FailureEntry::receivingIp, Comparator.nullsLast(String::compareTo))
                        .thenComparing(FailureEntry::sendingMtaIp, Comparator.nullsLast(String::compareTo)));
                out.add(new FailureGroup(type, total, rows));
            });
            out.sort(Comparator.comparing((FailureGroup g) -> !g.type().blocksEnforce())
                    .thenComparing(
                            Comparator.comparingLong(FailureGroup::sessions).reversed())
                    .thenComparing(FailureGroup::type));
            return out;
        }
    }

    private record EntryKey(
            String rawType, String mx, String receivingIp, String sendingIp, String reasonCode, String info) {}

    private static final class EntryBuilder {
        long sessions;
        final Set<String> organisations = new TreeSet<>();
    }

    private static final class OrgBuilder {
        final String name;
        int reports;
        long successful;
        long failed;
        LocalDate first;
        LocalDate last;
        final Set<String> types = new LinkedHashSet<>();
        final Map<PolicyKey, PolicyBuilder> policies = new HashMap<>();

        OrgBuilder(String name) {
            this.name = name;
        }

        void seen(LocalDate day) {
            if (day != null) {
                first = first == null || day.isBefore(first) ? day : first;
                last = last == null || day.isAfter(last) ? day : last;
            }
        }

        void policy(PolicyResult p, LocalDate day) {
            String type = p.policyType() != null ? p.policyType().token() : p.rawPolicyType();
            types.add(type);
            PolicyBuilder pb =
                    policies.computeIfAbsent(new PolicyKey(type, p.policyStrings()), k -> new PolicyBuilder());
            pb.reports++;
            if (day != null && (pb.last == null || day.isAfter(pb.last))) {
                pb.last = day;
            }
        }

        Organisation build() {
            List<PolicySeen> seen = new ArrayList<>();
            policies.forEach((k, v) -> seen.add(new PolicySeen(k.type(), k.lines(), v.reports, v.last)));
            seen.sort(Comparator.comparing(PolicySeen::lastDay, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Comparator.comparingInt(PolicySeen::reports).reversed())
                    .thenComparing(PolicySeen::policyType));
            return new Organisation(name, reports, successful, failed, List.copyOf(types), seen, first, last);
        }
    }

    private record PolicyKey(String type, List<String> lines) {}

    private static final class PolicyBuilder {
        int reports;
        LocalDate last;
    }
}
