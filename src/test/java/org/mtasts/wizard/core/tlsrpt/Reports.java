package org.mtasts.wizard.core.tlsrpt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds reports for the tests: one daily report, an sts entry, its failure details. */
final class Reports {
    static final List<String> POLICY =
            List.of("version: STSv1", "mode: testing", "mx: mx1.example.com", "mx: mx2.example.com", "max_age: 86400");

    private Reports() {}

    static Instant day(String date) {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A daily report (00:00 to 23:59:59 UTC, RFC 8460 §4.1) from {@code org} with one entry. */
    static TlsReport daily(String org, String date, PolicyResult... policies) {
        Instant start = day(date);
        return new TlsReport(
                org, "mailto:tlsrpt@" + org, org + "-" + date, start, start.plusSeconds(86399), List.of(policies));
    }

    static PolicyResult sts(String domain, long ok, long failed, FailureDetail... details) {
        return sts(domain, POLICY, ok, failed, details);
    }

    static PolicyResult sts(String domain, List<String> lines, long ok, long failed, FailureDetail... details) {
        return new PolicyResult(
                PolicyType.STS, "sts", lines, domain, List.of("mx1.example.com"), ok, failed, List.of(details));
    }

    static PolicyResult noPolicy(String domain, long ok) {
        return new PolicyResult(
                PolicyType.NO_POLICY_FOUND, "no-policy-found", List.of(), domain, List.of(), ok, 0, List.of());
    }

    static FailureDetail failure(ResultType type, String mx, String ip, long count) {
        return new FailureDetail(type, type.token(), "192.0.2.10", mx, mx, ip, count, null, "X509_V_ERR");
    }

    /** {@code days} consecutive clean daily reports for each organisation, ending on {@code last}. */
    static List<TlsReport> cleanDays(String domain, String last, int days, String... orgs) {
        List<TlsReport> out = new ArrayList<>();
        LocalDate end = LocalDate.parse(last);
        for (String org : orgs) {
            for (int i = days - 1; i >= 0; i--) {
                out.add(daily(org, end.minusDays(i).toString(), sts(domain, 100, 0)));
            }
        }
        return out;
    }
}
