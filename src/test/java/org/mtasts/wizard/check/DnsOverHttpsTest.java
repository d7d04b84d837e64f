package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;

import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.DohFixture;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;

class DnsOverHttpsTest {

    @Test
    void aDnsOverHttpsResolverServesTheWholeCheck() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1)
                        .stsRecord("v=STSv1; ", "id=7;")
                        .start();
                DohFixture doh = new DohFixture(live.dns(), live.ca())) {
            SSLContext previous = SSLContext.getDefault();
            // dnsjava's DoH client (java.net.http) trusts the JVM's default context only.
            SSLContext.setDefault(new HandshakeCertificates.Builder()
                    .addTrustedCertificate(live.ca().root().certificate())
                    .build()
                    .sslContext());
            try {
                int udpBefore = live.dns().log().size();
                CheckSettings s = live.settings().withResolver(ResolverSpec.parse(doh.url()));
                Report report = Checker.create(s).run("example.test");
                assertEquals(Status.PASS, report.verdict(), report.toString());
                assertResult(report, CheckId.RESOLVER, doh.url(), Status.PASS, doh.url());
                assertResult(report, CheckId.STS_RECORD, "example.test", Status.PASS, "id 7");
                // Every question went through HTTPS: the fixture logs them as "TCP" (not UDP) answers.
                assertTrue(
                        live.dns().log().stream().skip(udpBefore).noneMatch(l -> l.startsWith("UDP")),
                        live.dns().log().toString());
            } finally {
                SSLContext.setDefault(previous);
            }
        }
    }
}
