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
import org.mtasts.wizard.fixtures.SmtpBehaviour;

class SmtpFaultsTest {
    private static final String D = "example.test";
    private static final String MX1 = "mx1." + D;
    private static final String MX2 = "mx2." + D;

    @Test
    void hostWithoutStarttlsFailsAndItsCertificateIsSkipped() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2)
                .mxBehaviour(MX2, SmtpBehaviour.NO_STARTTLS)
                .start()) {
            Report report = check(live);
            CheckResult r = assertResult(report, CheckId.MX_STARTTLS, MX2, Status.FAIL, "does not offer STARTTLS");
            assertTrue(r.fix().contains("Enable STARTTLS"), r.fix());
            assertResult(report, CheckId.MX_CERT, MX2, Status.SKIPPED, "no TLS session");
            assertResult(report, CheckId.MX_STARTTLS, MX1, Status.PASS);
        }
    }

    @Test
    void starttlsRefusedWith454Fails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour(MX1, SmtpBehaviour.STARTTLS_454)
                .start()) {
            assertResult(check(live), CheckId.MX_STARTTLS, MX1, Status.FAIL, "refused", "454");
        }
    }

    @Test
    void silentServerFailsWithNoGreetingWithinTheTimeout() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour(MX1, SmtpBehaviour.SILENT)
                .start()) {
            long t0 = System.nanoTime();
            Report report = check(live, live.settings().withProbeTimeout(Duration.ofSeconds(1)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertResult(
                    report, CheckId.MX_STARTTLS, MX1, Status.FAIL, "accepted the connection", "no greeting within 1 s");
            assertTrue(ms < 5000, "took " + ms + " ms");
        }
    }

    @Test
    void multiLineGreetingIsReadWhole() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour(MX1, SmtpBehaviour.MULTILINE_BANNER)
                .start()) {
            Report report = check(live);
            CheckResult r = assertResult(report, CheckId.MX_STARTTLS, MX1, Status.PASS, "STARTTLS with TLSv1.");
            assertTrue(
                    evidenceMentions(r, "220 this greeting spans / 220 three lines"),
                    r.evidence().toString());
            assertResult(report, CheckId.MX_CERT, MX1, Status.PASS);
        }
    }

    @Test
    void failedTlsHandshakeAfterStarttlsFails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour(MX1, SmtpBehaviour.BROKEN_TLS)
                .start()) {
            Report report = check(live);
            CheckResult r =
                    assertResult(report, CheckId.MX_STARTTLS, MX1, Status.FAIL, "TLS handshake", "TLS 1.2 or newer");
            assertTrue(r.fix().contains("TLS 1.2"), r.fix());
            assertResult(report, CheckId.MX_CERT, MX1, Status.SKIPPED);
        }
    }

    @Test
    void greeting554Fails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour(MX1, SmtpBehaviour.BANNER_554)
                .start()) {
            assertResult(check(live), CheckId.MX_STARTTLS, MX1, Status.FAIL, "554", "refuses sessions");
        }
    }

    @Test
    void certificateForAnotherNameFailsMxCertButStarttlsPasses() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).mxCert(MX1, CertFault.WRONG_NAME).start()) {
            Report report = check(live);
            assertResult(report, CheckId.MX_STARTTLS, MX1, Status.PASS);
            CheckResult r = assertResult(report, CheckId.MX_CERT, MX1, Status.FAIL, "not valid for " + MX1);
            assertTrue(r.fix().contains("subjectAltName"), r.fix());
            // The probe completed the handshake to see the certificate, but only QUIT crossed it.
            assertTrue(live.smtp(MX1).commands().stream().noneMatch(c -> c.startsWith("MAIL") || c.startsWith("RCPT")));
            assertEquals(
                    "QUIT",
                    live.smtp(MX1).commands().get(live.smtp(MX1).commands().size() - 1));
        }
    }

    @Test
    void expiredCertificateFailsMxCert() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).mxCert(MX1, CertFault.EXPIRED).start()) {
            assertResult(check(live), CheckId.MX_CERT, MX1, Status.FAIL, "expired");
        }
    }

    @Test
    void untrustedCertificateFailsMxCert() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).mxCert(MX1, CertFault.UNTRUSTED).start()) {
            assertResult(check(live), CheckId.MX_CERT, MX1, Status.FAIL, "does not chain to a trusted root");
        }
    }

    @Test
    void certificateExpiringSoonWarns() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).mxCert(MX1, CertFault.EXPIRING_SOON).start()) {
            assertResult(check(live), CheckId.MX_CERT, MX1, Status.WARN, "expires in");
        }
    }

    @Test
    void port25UnreachableEverywhereIsInconclusiveNotFail() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 2).allMx(SmtpBehaviour.CLOSED).start()) {
            Report report = check(live);
            for (String mx : new String[] {MX1, MX2}) {
                assertResult(
                        report,
                        CheckId.MX_STARTTLS,
                        mx,
                        Status.INCONCLUSIVE,
                        "could not be reached on any MX host",
                        "block outbound port 25");
                assertResult(report, CheckId.MX_CERT, mx, Status.SKIPPED);
            }
            assertEquals(Status.WARN, report.verdict());
        }
    }

    @Test
    void oneClosedHostAmongReachableOnesFails() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2)
                .mxBehaviour(MX2, SmtpBehaviour.CLOSED)
                .start()) {
            Report report = check(live);
            assertResult(report, CheckId.MX_STARTTLS, MX2, Status.FAIL, "refused the connection");
            assertResult(report, CheckId.MX_STARTTLS, MX1, Status.PASS);
        }
    }
}
