package org.mtasts.wizard.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.core.tlsrpt.ReadinessCriteria;
import org.mtasts.wizard.core.tlsrpt.Reason;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.core.tlsrpt.ResultType;
import org.mtasts.wizard.core.tlsrpt.Verdict;

/**
 * What {@code reports summary} and {@code reports ready} print: text, CSV and JSON (snake_case keys
 * through {@link JsonOutput}; add fields, never rename them).
 */
final class ReportsOutput {
    private ReportsOutput() {}

    // ---- JSON shapes ----

    record JsonDay(String date, int reports, long successful, long failed) {}

    record JsonPolicySeen(String policyType, List<String> policyString, int reports, String lastDay) {}

    record JsonOrganisation(
            String name,
            int reports,
            long successful,
            long failed,
            List<String> policyTypes,
            List<JsonPolicySeen> policiesSeen,
            String firstDay,
            String lastDay) {}

    record JsonFailureEntry(
            String resultType,
            String receivingMxHostname,
            String receivingIp,
            String sendingMtaIp,
            String failureReasonCode,
            String additionalInformation,
            long sessions,
            List<String> organisations) {}

    record JsonFailureGroup(
            String resultType,
            boolean blocksEnforce,
            long sessions,
            String meaning,
            String fix,
            String checkCode,
            List<JsonFailureEntry> entries) {}

    record JsonSummary(
            String policyDomain,
            int reports,
            long successfulSessions,
            long failedSessions,
            long detailedFailedSessions,
            boolean failureCountsDiffer,
            String firstDay,
            String lastDay,
            int undatedReports,
            List<JsonDay> days,
            List<JsonOrganisation> organisations,
            List<JsonFailureGroup> failureGroups) {}

    record JsonSummaries(String dataDir, String since, List<JsonSummary> domains) {}

    record JsonReason(String id, String status, String title, String evidence, String fix) {}

    record JsonCriteria(int minDays, int minOrganisations, int recentDays, double maxFailureRatio) {}

    record JsonLive(String mode, String policyId, List<String> policy, boolean checkPasses, String checkSummary) {}

    record JsonVerdict(String domain, boolean ready, List<JsonReason> reasons, JsonCriteria criteria, JsonLive live) {}

    static JsonSummary json(ReportSummary s) {
        List<JsonOrganisation> orgs = new ArrayList<>();
        for (ReportSummary.Organisation o : s.organisations()) {
            orgs.add(new JsonOrganisation(
                    o.name(),
                    o.reports(),
                    o.successful(),
                    o.failed(),
                    o.policyTypes(),
                    o.policiesSeen().stream()
                            .map(p -> new JsonPolicySeen(p.policyType(), p.lines(), p.reports(), text(p.lastDay())))
                            .toList(),
                    text(o.firstDay()),
                    text(o.lastDay())));
        }
        List<JsonFailureGroup> groups = new ArrayList<>();
        for (ReportSummary.FailureGroup g : s.failureGroups()) {
            groups.add(new JsonFailureGroup(
                    g.type().token(),
                    g.type().blocksEnforce(),
                    g.sessions(),
                    g.type().meaning(),
                    g.type().fix(),
                    g.type().checkCode().orElse(null),
                    g.entries().stream()
                            .map(e -> new JsonFailureEntry(
                                    e.rawResultType(),
                                    e.receivingMxHostname(),
                                    e.receivingIp(),
                                    e.sendingMtaIp(),
                                    e.failureReasonCode(),
                                    e.additionalInformation(),
                                    e.sessions(),
                                    e.organisations()))
                            .toList()));
        }
        List<ReportSummary.Day> dated = s.daysWithReports();
        return new JsonSummary(
                s.policyDomain(),
                s.reports(),
                s.successfulSessions(),
                s.failedSessions(),
                s.detailedFailures(),
                s.failureCountsDiffer(),
                dated.isEmpty() ? null : dated.get(0).date().toString(),
                dated.isEmpty() ? null : dated.get(dated.size() - 1).date().toString(),
                s.undatedReports(),
                s.days().stream()
                        .map(d -> new JsonDay(d.date().toString(), d.reports(), d.successful(), d.failed()))
                        .toList(),
                orgs,
                groups);
    }

    static JsonVerdict json(String domain, Verdict v, ReadinessCriteria c, JsonLive live) {
        return new JsonVerdict(
                domain,
                v.ready(),
                v.reasons().stream()
                        .map(r -> new JsonReason(r.id(), r.status().label(), r.title(), r.evidence(), r.fix()))
                        .toList(),
                new JsonCriteria(c.minDays(), c.minOrganisations(), c.recentDays(), c.maxFailureRatio()),
                live);
    }

    // ---- text ----

    static String text(ReportSummary s) {
        StringBuilder sb = new StringBuilder();
        List<ReportSummary.Day> dated = s.daysWithReports();
        sb.append(s.policyDomain())
                .append(": ")
                .append(s.reports())
                .append(" report")
                .append(plural(s.reports()))
                .append(" from ")
                .append(s.organisations().size())
                .append(" organisation")
                .append(plural(s.organisations().size()));
        if (!dated.isEmpty()) {
            sb.append(", ")
                    .append(dated.get(0).date())
                    .append(" to ")
                    .append(dated.get(dated.size() - 1).date())
                    .append(" (UTC)");
        }
        sb.append('\n');
        sb.append("  sessions: ")
                .append(n(s.successfulSessions()))
                .append(" successful, ")
                .append(n(s.failedSessions()))
                .append(" failed");
        if (s.failureCountsDiffer()) {
            sb.append(" (the failure details add up to ")
                    .append(n(s.detailedFailures()))
                    .append("; the reports' summary total is the one counted)");
        }
        sb.append('\n');
        days(sb, s);
        organisations(sb, s);
        failures(sb, s);
        return sb.toString();
    }

    private static void days(StringBuilder sb, ReportSummary s) {
        if (s.days().isEmpty()) {
            return;
        }
        sb.append("\n  Per day (UTC; a report counts on the day it starts)\n");
        sb.append(String.format(Locale.ROOT, "    %-10s  %7s  %12s  %8s%n", "date", "reports", "successful", "failed"));
        for (ReportSummary.Day d : s.days()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "    %-10s  %7d  %12s  %8s%n",
                    d.date(),
                    d.reports(),
                    n(d.successful()),
                    n(d.failed())));
        }
        if (s.undatedReports() > 0) {
            sb.append("    ").append(s.undatedReports()).append(" report(s) without a date range\n");
        }
    }

    private static void organisations(StringBuilder sb, ReportSummary s) {
        if (s.organisations().isEmpty()) {
            return;
        }
        sb.append("\n  Organisations\n");
        for (ReportSummary.Organisation o : s.organisations()) {
            sb.append("    ")
                    .append(o.name().isBlank() ? "(unnamed reporter)" : o.name())
                    .append(": ")
                    .append(o.reports())
                    .append(" report")
                    .append(plural(o.reports()))
                    .append(", ")
                    .append(n(o.sessions()))
                    .append(" sessions, ")
                    .append(n(o.failed()))
                    .append(" failed; policy types ")
                    .append(String.join(", ", o.policyTypes()))
                    .append('\n');
            for (ReportSummary.PolicySeen p : o.policiesSeen()) {
                sb.append("      saw ").append(p.policyType());
                if (!p.lines().isEmpty()) {
                    sb.append(" [").append(String.join("; ", p.lines())).append(']');
                }
                sb.append(" in ").append(p.reports()).append(" report").append(plural(p.reports()));
                if (p.lastDay() != null) {
                    sb.append(", last ").append(p.lastDay());
                }
                sb.append('\n');
            }
        }
    }

    private static void failures(StringBuilder sb, ReportSummary s) {
        if (s.failureGroups().isEmpty()) {
            return;
        }
        sb.append("\n  Failures by result type (RFC 8460 §4.3), worst first\n");
        for (ReportSummary.FailureGroup g : s.failureGroups()) {
            sb.append("    ")
                    .append(g.type().token())
                    .append(": ")
                    .append(n(g.sessions()))
                    .append(" session")
                    .append(plural(g.sessions()))
                    .append(g.type().blocksEnforce() ? " (would stop mail in enforce)" : "")
                    .append('\n');
            sb.append("      ").append(g.type().meaning()).append('\n');
            for (ReportSummary.FailureEntry e : g.entries()) {
                sb.append("      ")
                        .append(String.format(Locale.ROOT, "%8s", n(e.sessions())))
                        .append("  ")
                        .append(g.type() == ResultType.UNKNOWN ? e.rawResultType() + " " : "")
                        .append("mx ")
                        .append(dash(e.receivingMxHostname()))
                        .append(" (")
                        .append(dash(e.receivingIp()))
                        .append(") from ")
                        .append(dash(e.sendingMtaIp()));
                if (e.failureReasonCode() != null) {
                    sb.append(", reason ").append(e.failureReasonCode());
                }
                if (e.additionalInformation() != null) {
                    sb.append(", ").append(e.additionalInformation());
                }
                sb.append(", reported by ")
                        .append(String.join(", ", e.organisations()))
                        .append('\n');
            }
            sb.append("      fix: ").append(g.type().fix());
            g.type()
                    .checkCode()
                    .ifPresent(c -> sb.append(" (live check: ").append(c).append(')'));
            sb.append('\n');
        }
    }

    static String text(String domain, Verdict v) {
        StringBuilder sb = new StringBuilder();
        sb.append(domain)
                .append(": ")
                .append(v.ready() ? "ready to enforce" : "not ready to enforce")
                .append('\n');
        for (Reason r : v.reasons()) {
            sb.append(String.format(Locale.ROOT, "  %-4s  %s%n", r.status().name(), r.title()));
            sb.append("        ").append(r.evidence()).append('\n');
            if (!r.fix().isBlank()) {
                sb.append("        fix: ").append(r.fix()).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- CSV (RFC 4180) ----

    /** The tables {@code --csv} can write, one at a time. */
    enum Table {
        days,
        organisations,
        failures
    }

    static String csv(List<ReportSummary> summaries, Table table) {
        StringBuilder sb = new StringBuilder();
        switch (table) {
            case days -> {
                row(sb, "policy_domain", "date", "reports", "successful_sessions", "failed_sessions");
                for (ReportSummary s : summaries) {
                    for (ReportSummary.Day d : s.days()) {
                        row(sb, s.policyDomain(), d.date(), d.reports(), d.successful(), d.failed());
                    }
                }
            }
            case organisations -> {
                row(
                        sb,
                        "policy_domain",
                        "organisation",
                        "reports",
                        "successful_sessions",
                        "failed_sessions",
                        "policy_types",
                        "first_day",
                        "last_day");
                for (ReportSummary s : summaries) {
                    for (ReportSummary.Organisation o : s.organisations()) {
                        row(
                                sb,
                                s.policyDomain(),
                                o.name(),
                                o.reports(),
                                o.successful(),
                                o.failed(),
                                String.join(" ", o.policyTypes()),
                                o.firstDay(),
                                o.lastDay());
                    }
                }
            }
            case failures -> failuresCsv(sb, summaries);
        }
        return sb.toString();
    }

    private static void failuresCsv(StringBuilder sb, List<ReportSummary> summaries) {
        row(
                sb,
                "policy_domain",
                "result_type",
                "receiving_mx_hostname",
                "receiving_ip",
                "sending_mta_ip",
                "failure_reason_code",
                "additional_information",
                "sessions",
                "organisations");
        for (ReportSummary s : summaries) {
            for (ReportSummary.FailureGroup g : s.failureGroups()) {
                for (ReportSummary.FailureEntry e : g.entries()) {
                    row(
                            sb,
                            s.policyDomain(),
                            e.rawResultType(),
                            e.receivingMxHostname(),
                            e.receivingIp(),
                            e.sendingMtaIp(),
                            e.failureReasonCode(),
                            e.additionalInformation(),
                            e.sessions(),
                            String.join(" ", e.organisations()));
                }
            }
        }
    }

    private static void row(StringBuilder sb, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i].toString();
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            sb.append(c);
        }
        sb.append("\r\n");
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
