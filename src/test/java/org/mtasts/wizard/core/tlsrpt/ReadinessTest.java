package org.mtasts.wizard.core.tlsrpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.core.tlsrpt.Reports.cleanDays;
import static org.mtasts.wizard.core.tlsrpt.Reports.daily;
import static org.mtasts.wizard.core.tlsrpt.Reports.failure;
import static org.mtasts.wizard.core.tlsrpt.Reports.noPolicy;
import static org.mtasts.wizard.core.tlsrpt.Reports.sts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.Policy;

class ReadinessTest {
    private static final String D = "example.com";
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Policy TESTING =
            new Policy(Mode.TESTING, List.of(MxPattern.of("mx1.example.com"), MxPattern.of("mx2.example.com")), 86400);
    private static final LiveState LIVE = LiveState.of(TESTING, "20261101", true, "All checks passed.");

    private static Verdict judge(List<TlsReport> reports) {
        return judge(reports, LIVE);
    }

    private static Verdict judge(List<TlsReport> reports, LiveState live) {
        return Readiness.judge(reports, D, ReadinessCriteria.DEFAULT, live, NOW);
    }

    private static List<TlsReport> twoWeeksClean() {
        return new ArrayList<>(cleanDays(D, "2026-12-01", 14, "google.com", "microsoft.com"));
    }

    private static Reason reason(Verdict v, String id) {
        return v.reason(id).orElseThrow(() -> new AssertionError("no reason " + id + " in " + v));
    }

    @Test
    void twoWeeksOfCleanReportsFromTwoOrganisationsThatSawTheLivePolicyAreReady() {
        Verdict v = judge(twoWeeksClean());
        assertTrue(v.ready(), v::toString);
        assertEquals(
                List.of(
                        Readiness.DAYS,
                        Readiness.ORGANISATIONS,
                        Readiness.RECENT_FAILURES,
                        Readiness.POLICY_SEEN,
                        Readiness.LIVE_CHECK),
                v.reasons().stream().map(Reason::id).toList());
        assertTrue(v.reasons().stream().allMatch(r -> r.status() == ReasonStatus.PASS), v::toString);
        assertTrue(reason(v, Readiness.DAYS).evidence().contains("2026-11-18 to 2026-12-01"));
    }

    @Test
    void fewerDaysThanAskedIsNotReadyAndSaysHowManyMoreDaysAreNeeded() {
        Verdict v = judge(cleanDays(D, "2026-12-01", 9, "google.com", "microsoft.com"));
        assertFalse(v.ready());
        Reason r = reason(v, Readiness.DAYS);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(r.title().contains("9 days"), r.title());
        assertTrue(r.fix().contains("5 more days"), r.fix());
        assertTrue(
                Readiness.judge(
                                cleanDays(D, "2026-12-01", 9, "google.com", "microsoft.com"),
                                D,
                                ReadinessCriteria.DEFAULT.withMinDays(9),
                                LIVE,
                                NOW)
                        .ready(),
                "the minimum is configurable");
    }

    @Test
    void aSingleReportingOrganisationIsNotEnough() {
        Verdict v = judge(cleanDays(D, "2026-12-01", 20, "google.com"));
        assertFalse(v.ready());
        Reason r = reason(v, Readiness.ORGANISATIONS);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(r.evidence().contains("google.com"), r.evidence());
    }

    @Test
    void aBlockingFailureInTheLastWeekIsNotReadyAndNamesWhereItHappened() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily(
                "yahoo.com",
                "2026-11-29",
                sts(D, 100, 3, failure(ResultType.CERTIFICATE_EXPIRED, "mx2.example.com", "10.0.0.2", 3))));
        Verdict v = judge(reports);
        assertFalse(v.ready());
        Reason r = reason(v, Readiness.RECENT_FAILURES);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(
                r.evidence().contains("certificate-expired at mx2.example.com (10.0.0.2): 3, reported by yahoo.com"),
                r.evidence());
        assertEquals("certificate-expired: " + ResultType.CERTIFICATE_EXPIRED.fix(), r.fix());
    }

    @Test
    void aBlockingFailureOlderThanTheRecentDaysDoesNotCount() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily(
                "yahoo.com",
                "2026-11-20",
                sts(D, 100, 3, failure(ResultType.STS_POLICY_FETCH_ERROR, "mx1.example.com", null, 3))));
        assertTrue(judge(reports).ready());
    }

    @Test
    void failuresUnderTheAllowedRatioWarnButStayReady() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily(
                "yahoo.com",
                "2026-11-30",
                sts(D, 100, 1, failure(ResultType.STARTTLS_NOT_SUPPORTED, "mx1.example.com", null, 1))));
        ReadinessCriteria lenient = ReadinessCriteria.DEFAULT.withMaxFailureRatio(0.01);
        Verdict v = Readiness.judge(reports, D, lenient, LIVE, NOW);
        assertTrue(v.ready(), v::toString);
        assertEquals(ReasonStatus.WARN, reason(v, Readiness.RECENT_FAILURES).status());
        assertFalse(judge(reports).ready(), "the default ratio 0 allows none");
    }

    @Test
    void daneAndDnssecFailuresDoNotBlockMtaStsEnforcement() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily(
                "yahoo.com",
                "2026-11-30",
                sts(D, 100, 5, failure(ResultType.DNSSEC_INVALID, "mx1.example.com", null, 5))));
        Verdict v = judge(reports);
        assertTrue(v.ready(), v::toString);
        Reason r = reason(v, Readiness.RECENT_FAILURES);
        assertEquals(ReasonStatus.PASS, r.status());
        assertTrue(r.evidence().contains("5 other failed sessions"), r.evidence());
    }

    @Test
    void stsFailuresWithoutDetailsCountAsBlockingBecauseTheSummaryIsTrusted() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily("yahoo.com", "2026-11-30", sts(D, 100, 4)));
        Reason r = reason(judge(reports), Readiness.RECENT_FAILURES);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(r.evidence().contains("4 failed sts sessions without failure details"), r.evidence());
    }

    @Test
    void noReportInTheRecentDaysIsNotReady() {
        Verdict v = judge(cleanDays(D, "2026-11-10", 20, "google.com", "microsoft.com"));
        Reason r = reason(v, Readiness.RECENT_FAILURES);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(r.evidence().contains("2026-11-10"), r.evidence());
    }

    @Test
    void aReporterThatFoundNoPolicyHasNotPickedItUpAndIsNamed() {
        List<TlsReport> reports = twoWeeksClean();
        reports.add(daily("yahoo.com", "2026-12-01", noPolicy(D, 100)));
        Verdict v = judge(reports);
        Reason r = reason(v, Readiness.POLICY_SEEN);
        assertEquals(ReasonStatus.WARN, r.status());
        assertTrue(
                r.evidence().contains("1 found no policy, so it has not picked it up yet (yahoo.com (2026-12-01))"),
                r.evidence());
        assertTrue(v.ready(), "others applied the live policy");
    }

    @Test
    void whenNoReporterSawTheLivePolicyItIsNotReady() {
        List<TlsReport> reports = new ArrayList<>();
        List<String> older = List.of("version: STSv1", "mode: testing", "mx: mx1.example.com", "max_age: 86400");
        for (int i = 0; i < 14; i++) {
            String date = LocalDate.parse("2026-11-18").plusDays(i).toString();
            reports.add(daily("google.com", date, sts(D, older, 10, 0)));
            reports.add(daily("microsoft.com", date, noPolicy(D, 10)));
        }
        Reason r = reason(judge(reports), Readiness.POLICY_SEEN);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertTrue(r.evidence().contains("1 saw another policy (google.com (2026-12-01))"), r.evidence());
        assertTrue(r.evidence().contains("not picked it up yet (microsoft.com (2026-12-01))"), r.evidence());
    }

    @Test
    void policyLinesMatchRegardlessOfOrderCaseSpacingAndLineEndings() {
        List<String> shuffled = List.of(
                "max_age:86400\r\n",
                "MX:  MX2.example.com",
                "version: STSv1",
                "",
                "mode :testing",
                "mx: mx1.example.com");
        assertEquals(Readiness.normaliseLines(Reports.POLICY), Readiness.normaliseLines(shuffled));
        List<TlsReport> reports = new ArrayList<>(cleanDays(D, "2026-12-01", 14, "microsoft.com"));
        for (int i = 0; i < 14; i++) {
            reports.add(daily(
                    "google.com", LocalDate.parse("2026-11-18").plusDays(i).toString(), sts(D, shuffled, 10, 0)));
        }
        assertEquals(
                ReasonStatus.PASS, reason(judge(reports), Readiness.POLICY_SEEN).status());
    }

    @Test
    void aFailingLiveCheckIsNotReadyAndShowsWhatItSaid() {
        LiveState failing = LiveState.of(TESTING, "1", false, "mx2.example.com: certificate expired");
        Verdict v = judge(twoWeeksClean(), failing);
        assertFalse(v.ready());
        Reason r = reason(v, Readiness.LIVE_CHECK);
        assertEquals(ReasonStatus.FAIL, r.status());
        assertEquals("mx2.example.com: certificate expired", r.evidence());
    }

    @Test
    void noLivePolicyMeansTheReportsCannotBeComparedAndItIsNotReady() {
        Verdict v = judge(twoWeeksClean(), LiveState.of(null, null, false, "No policy"));
        assertEquals(ReasonStatus.FAIL, reason(v, Readiness.POLICY_SEEN).status());
        assertFalse(v.ready());
    }

    @Test
    void aDomainAlreadyInEnforceIsToldSoFirst() {
        Policy enforce = new Policy(Mode.ENFORCE, TESTING.mx(), 604800);
        List<String> lines = LiveState.of(enforce, "2", true, "ok").policyLines();
        List<TlsReport> reports = new ArrayList<>();
        for (TlsReport r : twoWeeksClean()) {
            PolicyResult p = r.policies().get(0);
            reports.add(new TlsReport(
                    r.organizationName(),
                    null,
                    r.reportId(),
                    r.start(),
                    r.end(),
                    List.of(sts(D, lines, p.successfulSessions(), 0))));
        }
        Verdict v = judge(reports, LiveState.of(enforce, "2", true, "ok"));
        assertEquals(Readiness.MODE, v.reasons().get(0).id());
        assertEquals(ReasonStatus.WARN, v.reasons().get(0).status());
        assertTrue(v.reasons().get(0).title().contains("Already in enforce"));
        assertTrue(v.ready());
    }

    @Test
    void noReportsAtAllAreNotReadyWithAReasonForEachRule() {
        Verdict v = judge(List.of());
        assertFalse(v.ready());
        for (String id :
                List.of(Readiness.DAYS, Readiness.ORGANISATIONS, Readiness.RECENT_FAILURES, Readiness.POLICY_SEEN)) {
            assertEquals(ReasonStatus.FAIL, reason(v, id).status(), id);
            assertFalse(reason(v, id).fix().isBlank(), id + " says what to do");
        }
    }

    @Test
    void criteriaOutsideTheirRangeAreRefusedWithTheRange() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReadinessCriteria.DEFAULT.withMinDays(0));
        assertTrue(e.getMessage().contains("1 to 3660"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReadinessCriteria.DEFAULT.withMaxFailureRatio(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ReadinessCriteria.DEFAULT.withMinOrganisations(0));
        assertThrows(IllegalArgumentException.class, () -> ReadinessCriteria.DEFAULT.withRecentDays(-1));
    }

    /** Random reports never make the judge throw, every reason is filled in, and ready means no FAIL. */
    @Test
    void theVerdictIsReadyExactlyWhenNoReasonFailsForAnyReports() {
        Random rnd = new Random(5);
        ResultType[] types = ResultType.values();
        for (int run = 0; run < 300; run++) {
            List<TlsReport> reports = new ArrayList<>();
            for (int i = rnd.nextInt(60); i > 0; i--) {
                String date =
                        LocalDate.parse("2026-11-01").plusDays(rnd.nextInt(32)).toString();
                PolicyResult p = rnd.nextInt(6) == 0
                        ? noPolicy(D, rnd.nextInt(50))
                        : sts(
                                D,
                                rnd.nextBoolean() ? Reports.POLICY : List.of("mode: none"),
                                rnd.nextInt(100),
                                rnd.nextInt(3),
                                rnd.nextInt(4) == 0
                                        ? new FailureDetail[] {failure(types[rnd.nextInt(types.length)], null, null, 1)}
                                        : new FailureDetail[0]);
                reports.add(daily("org" + rnd.nextInt(4) + (rnd.nextInt(10) == 0 ? "" : ".example"), date, p));
            }
            Verdict v = Readiness.judge(reports, D, ReadinessCriteria.DEFAULT, LIVE, NOW);
            assertEquals(v.reasons().stream().noneMatch(r -> r.status() == ReasonStatus.FAIL), v.ready());
            for (Reason r : v.reasons()) {
                assertFalse(r.title().isBlank() || r.evidence().isBlank(), r::toString);
                assertTrue(
                        r.status() == ReasonStatus.PASS || !r.fix().isBlank(),
                        () -> "a non-pass says what to do: " + r);
            }
        }
    }
}
