package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;
import static org.mtasts.wizard.check.Reports.check;
import static org.mtasts.wizard.check.Reports.evidenceMentions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

class DnsFaultsTest {
    private static final String D = "example.test";

    @Test
    void splitStsRecordIsJoinedBeforeParsing() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .stsRecord("v=STSv1; ", "id=2026", "1128")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.STS_RECORD, D, Status.PASS, "id 20261128");
            assertTrue(
                    evidenceMentions(r, "\"v=STSv1; \" \"id=2026\" \"1128\""),
                    r.evidence().toString());
        }
    }

    @Test
    void stsRecordBehindCnameChainIsFollowedAndTheChainIsEvidence() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .stsRecordViaCname("_mta-sts.hoster.test")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.STS_RECORD, D, Status.PASS, "valid");
            assertTrue(
                    evidenceMentions(r, "_mta-sts.example.test -> _mta-sts.hoster.test"),
                    r.evidence().toString());
        }
    }

    @Test
    void truncatedAnswerIsRetriedOverTcpAndSaysSo() throws Exception {
        String pad = "x".repeat(200);
        // Unrelated TXT records at the same name make the answer too big for UDP.
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .stsRecord("v=STSv1; id=1;")
                .txt("_mta-sts." + D, pad, pad, pad, pad, pad, pad, pad)
                .start()) {
            Report report = check(live);
            CheckResult r = assertResult(report, CheckId.STS_RECORD, D, Status.PASS, "id 1");
            assertTrue(evidenceMentions(r, "asked again over TCP"), r.evidence().toString());
            assertTrue(live.dns().tcpQueries() >= 1);
        }
    }

    @Test
    void servfailOnTheStsRecordFailsWithSaidReason() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).dnsServfail("_mta-sts." + D).start()) {
            assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "SERVFAIL");
        }
    }

    @Test
    void missingStsRecordFailsAsNoPolicy() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).noStsRecord().start()) {
            CheckResult r =
                    assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "no TXT record", "no MTA-STS policy");
            assertTrue(r.fix().contains("v=STSv1;"), r.fix());
        }
    }

    @Test
    void twoStsRecordsMeanNoUsablePolicy() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .txt("_mta-sts." + D, "v=STSv1; id=2;")
                .start()) {
            assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "2 TXT records");
        }
    }

    @Test
    void unansweredTlsrptQuestionIsInconclusiveNotFail() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).dnsSilent("_smtp._tls." + D).start()) {
            Report report = check(live, live.settings().withProbeTimeout(Duration.ofMillis(800)));
            assertResult(report, CheckId.TLSRPT_RECORD, D, Status.INCONCLUSIVE, "no answer within the timeout");
            assertResult(report, CheckId.STS_RECORD, D, Status.PASS);
        }
    }

    @Test
    void missingTlsrptRecordWarnsThatNoReportsArrive() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).noTlsrptRecord().start()) {
            assertResult(check(live), CheckId.TLSRPT_RECORD, D, Status.WARN, "will not receive reports");
        }
    }

    @Test
    void tlsrptAddressWithoutMailtoFails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .tlsrptRecord("v=TLSRPTv1; rua=tlsrpt@example.test")
                .start()) {
            assertResult(check(live), CheckId.TLSRPT_RECORD, D, Status.FAIL);
        }
    }

    @Test
    void nullMxIsReportedAndMakesCoverageMoot() throws Exception {
        try (LiveScenario live = Scenario.domain(D).nullMx().start()) {
            Report report = check(live);
            assertResult(report, CheckId.MX_RECORDS, D, Status.WARN, "null MX", "receives no mail");
            assertResult(report, CheckId.MX_COVERAGE, D, Status.SKIPPED, "null MX");
            assertTrue(report.resultsFor(CheckId.MX_STARTTLS).isEmpty());
        }
    }

    @Test
    void nonexistentDomainFailsMxRecordsWithNxdomain() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).start()) {
            Report report = Checker.create(live.settings()).run("nowhere.test");
            assertResult(report, CheckId.MX_RECORDS, "nowhere.test", Status.FAIL, "does not exist", "NXDOMAIN");
            assertResult(report, CheckId.POLICY_HOST, "mta-sts.nowhere.test", Status.FAIL, "does not exist");
            assertEquals(Status.FAIL, report.verdict());
        }
    }

    @Test
    void mxHostThatDoesNotExistFailsStarttlsNamingNxdomain() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).start()) {
            live.dns().mx(D, 30, "gone.elsewhere.test");
            Report report = check(live);
            assertResult(report, CheckId.MX_STARTTLS, "gone.elsewhere.test", Status.FAIL, "does not exist", "NXDOMAIN");
        }
    }

    @Test
    void mxHostWithoutAddressFailsStarttls() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxWithoutAddress(20, "ghost." + D)
                .policyMx("mx1." + D, "ghost." + D)
                .start()) {
            Report report = check(live);
            assertResult(report, CheckId.MX_STARTTLS, "ghost." + D, Status.FAIL, "no A or AAAA record");
            assertResult(report, CheckId.MX_CERT, "ghost." + D, Status.SKIPPED, "no address");
            assertResult(report, CheckId.MX_STARTTLS, "mx1." + D, Status.PASS);
        }
    }
}
