package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;
import static org.mtasts.wizard.check.Reports.check;
import static org.mtasts.wizard.check.Reports.evidenceMentions;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.CertFault;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

class PolicyFaultsTest {
    private static final String D = "example.test";
    private static final String HOST = "mta-sts." + D;

    @Test
    void certificateForAnotherNameFailsPolicyTls() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyCert(CertFault.WRONG_NAME).start()) {
            Report report = check(live);
            CheckResult r = assertResult(
                    report, CheckId.POLICY_TLS, HOST, Status.FAIL, "not valid for " + HOST, "wrong-name.invalid");
            assertTrue(r.fix().contains("subjectAltName"), r.fix());
            assertResult(report, CheckId.POLICY_STATUS, HOST, Status.SKIPPED);
            assertResult(report, CheckId.POLICY_SYNTAX, HOST, Status.SKIPPED);
            assertResult(report, CheckId.MX_COVERAGE, D, Status.SKIPPED, "no valid policy");
        }
    }

    @Test
    void expiredCertificateFailsPolicyTls() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyCert(CertFault.EXPIRED).start()) {
            CheckResult r = assertResult(check(live), CheckId.POLICY_TLS, HOST, Status.FAIL, "expired");
            assertTrue(r.fix().contains("Renew"), r.fix());
            assertTrue(r.fix().contains("without MTA-STS protection"), r.fix());
        }
    }

    @Test
    void certificateFromUnknownCaFailsPolicyTls() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyCert(CertFault.UNTRUSTED).start()) {
            CheckResult r = assertResult(
                    check(live),
                    CheckId.POLICY_TLS,
                    HOST,
                    Status.FAIL,
                    "does not chain to a trusted root",
                    "Untrusted Test CA");
            assertTrue(
                    evidenceMentions(r, "certificate subject: CN=" + HOST),
                    r.evidence().toString());
        }
    }

    @Test
    void certificateExpiringWithinTwoWeeksWarns() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyCert(CertFault.EXPIRING_SOON).start()) {
            assertResult(check(live), CheckId.POLICY_TLS, HOST, Status.WARN, "expires in");
        }
    }

    @Test
    void redirectIsReportedWithItsTargetAndNeverFollowed() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .policyRedirect("https://www.example.test/mta-sts.txt")
                .start()) {
            Report report = check(live);
            CheckResult r = assertResult(
                    report,
                    CheckId.POLICY_STATUS,
                    HOST,
                    Status.FAIL,
                    "301",
                    "https://www.example.test/mta-sts.txt",
                    "do not follow redirects");
            assertTrue(evidenceMentions(r, "header Location: https://www.example.test/mta-sts.txt"));
            assertEquals(1, live.https().requests().size(), "the redirect must not be followed");
        }
    }

    @Test
    void notFoundFailsPolicyStatus() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).policyStatus(404).start()) {
            Report report = check(live);
            assertResult(report, CheckId.POLICY_STATUS, HOST, Status.FAIL, "HTTP 404", "only 200");
            assertResult(report, CheckId.POLICY_CONTENT_TYPE, HOST, Status.SKIPPED, "HTTP 404");
        }
    }

    @Test
    void htmlContentTypeWarnsThatSendersMayReject() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyContentType("text/html").start()) {
            assertResult(check(live), CheckId.POLICY_CONTENT_TYPE, HOST, Status.WARN, "text/html", "reject");
        }
    }

    @Test
    void charsetParameterOnTextPlainIsFine() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .policyContentType("text/plain; charset=utf-8")
                .start()) {
            assertResult(check(live), CheckId.POLICY_CONTENT_TYPE, HOST, Status.PASS, "charset=utf-8");
        }
    }

    @Test
    void bodyOver64KibFailsAndIsNotReadToTheEnd() throws Exception {
        String big = "version: STSv1\r\nmode: testing\r\nmx: mx1.example.test\r\nmax_age: 86400\r\n"
                + "# padding\r\n".repeat(100 * 1024 / 11);
        try (LiveScenario live = Scenario.withMxHosts(D, 1).policy(big).start()) {
            Report report = check(live);
            assertResult(report, CheckId.POLICY_SIZE, HOST, Status.FAIL, "64 KiB");
            assertResult(report, CheckId.POLICY_SYNTAX, HOST, Status.SKIPPED, "larger than 64 KiB");
        }
    }

    @Test
    void serverThatNeverAnswersFailsWithinTheTimeout() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).policyStall().start()) {
            long t0 = System.nanoTime();
            Report report = check(live, live.settings().withProbeTimeout(Duration.ofSeconds(1)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertResult(report, CheckId.POLICY_TLS, HOST, Status.PASS);
            assertResult(report, CheckId.POLICY_STATUS, HOST, Status.FAIL, "no complete answer");
            assertTrue(ms < 5000, "took " + ms + " ms");
        }
    }

    @Test
    void policyHostWithoutAddressFailsPolicyHost() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).noPolicyHost().start()) {
            Report report = check(live);
            assertResult(report, CheckId.POLICY_HOST, HOST, Status.FAIL, "does not exist", "cannot be fetched");
            assertResult(report, CheckId.POLICY_TLS, HOST, Status.SKIPPED);
        }
    }

    @Test
    void invalidPolicyFailsSyntaxWithTheParsersMessage() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .policy("version: STSv1\r\nmode: Enforce\r\nmx: mx1.example.test\r\nmax_age: 86400\r\n")
                .start()) {
            CheckResult r = assertResult(check(live), CheckId.POLICY_SYNTAX, HOST, Status.FAIL, "mode");
            assertTrue(r.rule().startsWith("RFC 8461"), r.rule());
        }
    }

    @Test
    void lfOnlyPolicyIsNotAFailure() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .policy("version: STSv1\nmode: enforce\nmx: mx1.example.test\nmax_age: 604800\n")
                .start()) {
            Report report = check(live);
            CheckResult r = Reports.result(report, CheckId.POLICY_SYNTAX);
            assertTrue(r.status() == Status.PASS || r.status() == Status.WARN, r.toString());
        }
    }

    @Test
    void uncoveredMxHostFailsCoverage() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2).policyMx("mx1." + D).start()) {
            assertResult(check(live), CheckId.MX_COVERAGE, D, Status.FAIL, "mx2." + D);
        }
    }

    @Test
    void stalePatternWarns() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).policyMx("mx1." + D, "old-mx." + D).start()) {
            assertResult(check(live), CheckId.MX_COVERAGE, D, Status.WARN, "old-mx." + D);
        }
    }

    @Test
    void wildcardCoversExactlyOneLabel() throws Exception {
        try (LiveScenario live = Scenario.domain(D)
                .mx(10, "mx1." + D)
                .mx(20, "a.b." + D)
                .policyMx("*." + D)
                .start()) {
            assertResult(check(live), CheckId.MX_COVERAGE, D, Status.FAIL, "a.b." + D);
        }
    }
}
