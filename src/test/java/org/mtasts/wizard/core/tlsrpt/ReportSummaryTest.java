package org.mtasts.wizard.core.tlsrpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.core.tlsrpt.Reports.daily;
import static org.mtasts.wizard.core.tlsrpt.Reports.day;
import static org.mtasts.wizard.core.tlsrpt.Reports.failure;
import static org.mtasts.wizard.core.tlsrpt.Reports.noPolicy;
import static org.mtasts.wizard.core.tlsrpt.Reports.sts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    @Test
    void eachUtcDayAddsUpItsReportsAndTheGapsBetweenAreZeroRows() {
        List<TlsReport> reports = List.of(
                daily("google.com", "2026-11-01", sts("example.com", 90, 10)),
                daily("microsoft.com", "2026-11-01", sts("example.com", 5, 0)),
                daily("google.com", "2026-11-03", sts("example.com", 7, 1)));
        ReportSummary s = ReportSummary.of(reports, "example.com");
        assertEquals(
                List.of(
                        new ReportSummary.Day(LocalDate.parse("2026-11-01"), 2, 95, 10),
                        new ReportSummary.Day(LocalDate.parse("2026-11-02"), 0, 0, 0),
                        new ReportSummary.Day(LocalDate.parse("2026-11-03"), 1, 7, 1)),
                s.days());
        assertEquals(2, s.daysWithReports().size());
        assertEquals(3, s.reports());
        assertEquals(102, s.successfulSessions());
        assertEquals(11, s.failedSessions());
        assertEquals(113, s.sessions());
    }

    @Test
    void aReportCrossingMidnightCountsOnceOnItsStartDay() {
        Instant start = day("2026-11-01").plusSeconds(12 * 3600);
        TlsReport r = new TlsReport(
                "late.example", null, "r1", start, start.plusSeconds(86400), List.of(sts("example.com", 10, 2)));
        ReportSummary s = ReportSummary.of(List.of(r), "example.com");
        assertEquals(List.of(new ReportSummary.Day(LocalDate.parse("2026-11-01"), 1, 10, 2)), s.days());
    }

    @Test
    void onlyTheEntriesForThePolicyDomainCountMatchedWithoutCaseOrTrailingDot() {
        TlsReport both = daily("google.com", "2026-11-01", sts("Example.COM.", 10, 0), sts("other.org", 500, 50));
        TlsReport other = daily("google.com", "2026-11-02", sts("other.org", 1, 1));
        ReportSummary s = ReportSummary.of(List.of(both, other), " example.com. ");
        assertEquals("example.com", s.policyDomain());
        assertEquals(1, s.reports());
        assertEquals(10, s.sessions());
        ReportSummary all = ReportSummary.of(List.of(both, other), null);
        assertEquals(2, all.reports());
        assertEquals(562, all.sessions());
    }

    @Test
    void organisationRowsShowSessionsFailuresPolicyTypesAndThePoliciesSeenNewestFirst() {
        List<String> old = List.of("version: STSv1", "mode: none", "max_age: 86400");
        List<TlsReport> reports = List.of(
                daily("google.com", "2026-11-01", noPolicy("example.com", 40)),
                daily("google.com", "2026-11-02", sts("example.com", old, 50, 0)),
                daily("google.com", "2026-11-03", sts("example.com", 60, 3)),
                daily("google.com", "2026-11-04", sts("example.com", 60, 0)),
                daily("small.example", "2026-11-04", sts("example.com", 1, 0)));
        ReportSummary s = ReportSummary.of(reports, "example.com");
        assertEquals(2, s.organisations().size());
        ReportSummary.Organisation g = s.organisations().get(0);
        assertEquals("google.com", g.name(), "most sessions first");
        assertEquals(4, g.reports());
        assertEquals(210, g.successful());
        assertEquals(3, g.failed());
        assertEquals(List.of("no-policy-found", "sts"), g.policyTypes());
        assertEquals(LocalDate.parse("2026-11-01"), g.firstDay());
        assertEquals(LocalDate.parse("2026-11-04"), g.lastDay());
        assertEquals(3, g.policiesSeen().size());
        assertEquals(Reports.POLICY, g.policiesSeen().get(0).lines());
        assertEquals(2, g.policiesSeen().get(0).reports());
        assertEquals(old, g.policiesSeen().get(1).lines());
        assertEquals("no-policy-found", g.policiesSeen().get(2).policyType());
    }

    @Test
    void failuresGroupByResultTypeWithBlockingTypesFirstAndRowsAddedUpAcrossReports() {
        List<TlsReport> reports = List.of(
                daily(
                        "google.com",
                        "2026-11-01",
                        sts(
                                "example.com",
                                100,
                                12,
                                failure(ResultType.DNSSEC_INVALID, "mx1.example.com", "10.0.0.1", 9),
                                failure(ResultType.CERTIFICATE_EXPIRED, "mx2.example.com", "10.0.0.2", 2),
                                failure(ResultType.CERTIFICATE_EXPIRED, "mx1.example.com", "10.0.0.1", 1))),
                daily(
                        "yahoo.com",
                        "2026-11-02",
                        sts(
                                "example.com",
                                100,
                                2,
                                failure(ResultType.CERTIFICATE_EXPIRED, "mx2.example.com", "10.0.0.2", 2))));
        ReportSummary s = ReportSummary.of(reports, "example.com");
        List<ReportSummary.FailureGroup> g = s.failureGroups();
        assertEquals(
                List.of(ResultType.CERTIFICATE_EXPIRED, ResultType.DNSSEC_INVALID),
                g.stream().map(ReportSummary.FailureGroup::type).toList(),
                "a type that stops mail in enforce comes before a larger one that does not");
        assertEquals(5, g.get(0).sessions());
        ReportSummary.FailureEntry worst = g.get(0).entries().get(0);
        assertEquals("mx2.example.com", worst.receivingMxHostname());
        assertEquals("10.0.0.2", worst.receivingIp());
        assertEquals("192.0.2.10", worst.sendingMtaIp());
        assertEquals("X509_V_ERR", worst.failureReasonCode());
        assertEquals(4, worst.sessions());
        assertEquals(List.of("google.com", "yahoo.com"), worst.organisations());
        assertEquals(1, g.get(0).entries().get(1).sessions());
    }

    @Test
    void theSummaryFailureTotalAndTheDetailsSumAreBothKeptWhenTheyDiffer() {
        TlsReport r = daily(
                "microsoft.com",
                "2026-11-01",
                sts("example.com", 10, 7, failure(ResultType.STARTTLS_NOT_SUPPORTED, "mx1.example.com", null, 3)));
        ReportSummary s = ReportSummary.of(List.of(r), "example.com");
        assertEquals(7, s.failedSessions());
        assertEquals(3, s.detailedFailures());
        assertTrue(s.failureCountsDiffer());
        assertEquals(7, s.days().get(0).failed(), "the day shows the trusted summary figure");
    }

    @Test
    void unknownResultTypesGatherInOneGroupKeepingTheirRawNames() {
        FailureDetail odd = new FailureDetail(null, "tls-too-old", null, "mx1.example.com", null, null, 4, null, null);
        ReportSummary s = ReportSummary.of(
                List.of(daily("x.example", "2026-11-01", sts("example.com", 1, 4, odd))), "example.com");
        assertEquals(ResultType.UNKNOWN, s.failureGroups().get(0).type());
        assertEquals("tls-too-old", s.failureGroups().get(0).entries().get(0).rawResultType());
    }

    @Test
    void aReportWithoutDatesCountsInTheTotalsButNotOnAnyDay() {
        TlsReport r = new TlsReport("x.example", null, "r", null, null, List.of(sts("example.com", 3, 1)));
        ReportSummary s = ReportSummary.of(List.of(r), "example.com");
        assertEquals(1, s.undatedReports());
        assertEquals(List.of(), s.days());
        assertEquals(4, s.sessions());
        assertEquals(1, s.organisations().size());
    }

    @Test
    void noReportsGiveAnEmptySummary() {
        ReportSummary s = ReportSummary.of(List.of(), "example.com");
        assertEquals(0, s.reports());
        assertEquals(List.of(), s.days());
        assertEquals(List.of(), s.organisations());
        assertEquals(List.of(), s.failureGroups());
        assertFalse(s.failureCountsDiffer());
    }

    @Test
    void misdatedReportsYearsApartDoNotFillMillionsOfDays() {
        List<TlsReport> reports = List.of(
                daily("a.example", "1970-01-01", sts("example.com", 1, 0)),
                daily("a.example", "2026-11-01", sts("example.com", 1, 0)));
        assertEquals(2, ReportSummary.of(reports, "example.com").days().size());
    }

    /** Random reports: every view of the figures adds up to the same totals. */
    @Test
    void daysOrganisationsAndFailureGroupsAlwaysAddUpToTheTotals() {
        Random rnd = new Random(11);
        ResultType[] types = ResultType.values();
        for (int run = 0; run < 300; run++) {
            List<TlsReport> reports = new ArrayList<>();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                List<FailureDetail> details = new ArrayList<>();
                for (int k = rnd.nextInt(4); k > 0; k--) {
                    details.add(failure(types[rnd.nextInt(types.length)], "mx" + rnd.nextInt(3), null, rnd.nextInt(5)));
                }
                Instant start = day("2026-10-01").plusSeconds(rnd.nextInt(60 * 86400));
                String domain = rnd.nextInt(5) == 0 ? "other.org" : "example.com";
                PolicyResult p = new PolicyResult(
                        PolicyType.STS,
                        "sts",
                        List.of(),
                        domain,
                        List.of(),
                        rnd.nextInt(1000),
                        rnd.nextInt(20),
                        details);
                reports.add(new TlsReport(
                        "org" + rnd.nextInt(5),
                        null,
                        "r" + i,
                        rnd.nextInt(20) == 0 ? null : start,
                        start.plusSeconds(86400),
                        List.of(p)));
            }
            ReportSummary s = ReportSummary.of(reports, "example.com");
            long dayOk =
                    s.days().stream().mapToLong(ReportSummary.Day::successful).sum();
            long dayBad = s.days().stream().mapToLong(ReportSummary.Day::failed).sum();
            int dayReports =
                    s.days().stream().mapToInt(ReportSummary.Day::reports).sum();
            long orgOk = s.organisations().stream()
                    .mapToLong(ReportSummary.Organisation::successful)
                    .sum();
            long orgBad = s.organisations().stream()
                    .mapToLong(ReportSummary.Organisation::failed)
                    .sum();
            long grouped = s.failureGroups().stream()
                    .mapToLong(ReportSummary.FailureGroup::sessions)
                    .sum();
            long entries = s.failureGroups().stream()
                    .flatMap(g -> g.entries().stream())
                    .mapToLong(ReportSummary.FailureEntry::sessions)
                    .sum();
            long dated = reports.stream()
                    .filter(r -> r.policies().get(0).policyDomain().equals("example.com"))
                    .count();
            assertEquals(dated, s.reports());
            assertEquals(s.reports(), dayReports + s.undatedReports());
            assertEquals(
                    s.reports(),
                    s.organisations().stream()
                            .mapToInt(ReportSummary.Organisation::reports)
                            .sum());
            assertEquals(s.successfulSessions(), orgOk);
            assertEquals(s.failedSessions(), orgBad);
            assertTrue(dayOk <= s.successfulSessions() && dayBad <= s.failedSessions());
            assertEquals(s.detailedFailures(), grouped);
            assertEquals(grouped, entries);
            for (int i = 1; i < s.days().size(); i++) {
                assertEquals(
                        s.days().get(i - 1).date().plusDays(1), s.days().get(i).date(), "consecutive days");
            }
        }
    }
}
