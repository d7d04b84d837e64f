package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;
import static org.mtasts.wizard.check.Reports.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.fixtures.CertFault;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpBehaviour;

/** What a report says about the live setup, and what each failure means for mail. */
class LiveSetupTest {
    private static final String D = "live.test";
    private static final String MX1 = "mx1." + D;
    private static final String MX2 = "mx2." + D;

    @Test
    void reportCarriesTheLiveIdPolicyAndReportAddresses() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 2).policyMode("enforce").start()) {
            Report r = check(live);
            assertEquals("20261128093000", r.live().stsId());
            assertEquals(Mode.ENFORCE, r.live().policy().mode());
            assertEquals(2, r.live().policy().mx().size());
            assertEquals(List.of("mailto:tlsrpt@" + D), r.live().ruaUris());
        }
    }

    @Test
    void starttlsFailureInEnforceMeansMailWillBounce() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2)
                .policyMode("enforce")
                .mxBehaviour(MX2, SmtpBehaviour.NO_STARTTLS)
                .start()) {
            List<Report.Failure> f = check(live).failures();
            assertEquals(1, f.size(), f.toString());
            assertEquals(CheckId.MX_STARTTLS, f.get(0).result().id());
            assertEquals(Consequence.MAIL_WILL_BOUNCE, f.get(0).consequence());
        }
    }

    @Test
    void starttlsFailureInTestingOnlyWouldBounceInEnforce() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2)
                .policyMode("testing")
                .mxBehaviour(MX2, SmtpBehaviour.NO_STARTTLS)
                .start()) {
            List<Report.Failure> f = check(live).failures();
            assertEquals(Consequence.WOULD_BOUNCE_IN_ENFORCE, f.get(0).consequence());
        }
    }

    @Test
    void unreachablePolicyMeansProtectionLostAndSortsAfterBouncingMail() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2)
                .policyStatus(404)
                .mxCert(MX1, CertFault.EXPIRED)
                .start()) {
            Report r = check(live);
            List<Report.Failure> f = r.failures();
            assertEquals(CheckId.POLICY_STATUS, f.get(0).result().id(), f.toString());
            assertEquals(Consequence.PROTECTION_LOST, f.get(0).consequence());
            // No policy could be read, so no mode is live: the bad certificate only matters once enforced.
            assertEquals(Consequence.WOULD_BOUNCE_IN_ENFORCE, f.get(1).consequence());
            assertEquals(null, r.live().policy());
        }
    }

    @Test
    void missingIntermediateIsNamed() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxCert(MX1, CertFault.MISSING_INTERMEDIATE)
                .start()) {
            CheckResult r = assertResult(
                    check(live),
                    CheckId.MX_CERT,
                    MX1,
                    Status.FAIL,
                    "does not chain to a trusted root",
                    "left out the intermediate");
            assertTrue(r.fix().contains("full chain"), r.fix());
        }
    }

    @Test
    void policyWithoutMxPatternsIsSummarisedWithoutADanglingMx() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .policy("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.POLICY_SYNTAX, "mta-sts." + D, Status.PASS);
            assertEquals("The policy is valid: mode none, max_age 86400 s, no mx patterns.", r.summary());
        }
    }
}
