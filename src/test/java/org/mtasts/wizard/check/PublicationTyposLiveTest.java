package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;
import static org.mtasts.wizard.check.Reports.check;
import static org.mtasts.wizard.check.Reports.evidenceMentions;

import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

/** The check names the usual console mistakes when a record is missing or wrong. */
class PublicationTyposLiveTest {
    private static final String D = "example.test";

    @Test
    void anStsRecordAtTheDoubledNameIsNamedInTheFailingRow() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .noStsRecord()
                .txt("_mta-sts." + D + "." + D, "v=STSv1; id=20261202;")
                .start()) {
            CheckResult r =
                    assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "_mta-sts.example.test.example.test");
            assertTrue(r.fix().contains("only _mta-sts in the Name field"), r.fix());
            assertTrue(
                    evidenceMentions(r, "no TXT record at _mta-sts.example.test"),
                    r.evidence().toString());
        }
    }

    @Test
    void quotesStoredInTheStsValueAreNamed() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .stsRecord("\"v=STSv1; id=20261202;\"")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "quote character");
            assertTrue(r.fix().contains("remove the quotes"), r.fix());
        }
    }

    @Test
    void aTlsrptRecordOnTheDomainItselfIsNamed() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .noTlsrptRecord()
                .txt(D, "v=TLSRPTv1; rua=mailto:tlsrpt@example.test")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.TLSRPT_RECORD, D, Status.WARN, "example.test itself");
            assertTrue(r.fix().contains("_smtp._tls in the Name field"), r.fix());
        }
    }

    @Test
    void aPolicyHostAtTheDoubledNameIsNamed() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).noPolicyHost().start()) {
            live.dns().a("mta-sts." + D + "." + D, "127.0.0.1");
            CheckResult r = assertResult(
                    check(live), CheckId.POLICY_HOST, "mta-sts." + D, Status.FAIL, "mta-sts.example.test.example.test");
            assertTrue(r.fix().contains("only mta-sts in the Name field"), r.fix());
        }
    }

    @Test
    void aMissingRecordWithoutTyposKeepsItsPlainMessage() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).noStsRecord().start()) {
            assertResult(check(live), CheckId.STS_RECORD, D, Status.FAIL, "no TXT record", "no MTA-STS policy");
        }
    }
}
