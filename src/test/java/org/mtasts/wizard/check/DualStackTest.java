package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mtasts.wizard.check.Reports.assertResult;
import static org.mtasts.wizard.check.Reports.evidenceMentions;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpBehaviour;

/** RFC 8461 §4.2 and item 28: a sender may use any address of an MX host, so every one is probed. */
class DualStackTest {
    private static final String D = "example.test";
    private static final String MX1 = "mx1." + D;

    @BeforeAll
    static void needsIpv6Loopback() {
        boolean ok;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            ok = true;
        } catch (Exception e) {
            ok = false;
        }
        assumeTrue(ok, "IPv6 loopback is not available here");
    }

    @Test
    void bothAddressesOfAnMxHostAreProbed() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 1).mxIpv6(MX1, SmtpBehaviour.STARTTLS).start()) {
            Report report = Reports.check(live);
            CheckResult r = assertResult(report, CheckId.MX_STARTTLS, MX1, Status.PASS, "on 2 addresses");
            assertTrue(
                    evidenceMentions(r, "SMTP [0:0:0:0:0:0:0:1]:"), r.evidence().toString());
            assertEquals(1, live.smtp(MX1 + "/ipv6").tlsSessions());
            assertEquals(1, live.smtp(MX1).tlsSessions());
        }
    }

    @Test
    void oneBadAddressFailsTheHost() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxIpv6(MX1, SmtpBehaviour.NO_STARTTLS)
                .start()) {
            Report report = Reports.check(live);
            assertResult(report, CheckId.MX_STARTTLS, MX1, Status.FAIL, "[0:0:0:0:0:0:0:1]", "does not offer STARTTLS");
        }
    }
}
