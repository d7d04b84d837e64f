package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.check.report.MarkdownReport;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpBehaviour;

class VerifyCommandsTest {

    @Test
    void everyResultOfARunCarriesCommandsThatUseTheCheckResolverCaFileAndPorts() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            CheckSettings s = live.settings();
            Report report = Checker.create(s).run("example.test");
            int dnsPort = live.dns().port();
            String at = "@127.0.0.1 -p " + dnsPort;
            assertEquals(
                    List.of("dig +short TXT _mta-sts.example.test " + at),
                    Reports.result(report, CheckId.STS_RECORD).commands());
            assertEquals(
                    List.of("dig +short TXT _smtp._tls.example.test " + at),
                    Reports.result(report, CheckId.TLSRPT_RECORD).commands());
            String curl = "curl -sSv --max-redirs 0 --cacert " + live.caFile() + " https://mta-sts.example.test:"
                    + s.httpsPort() + "/.well-known/mta-sts.txt";
            assertEquals(
                    List.of(curl), Reports.result(report, CheckId.POLICY_STATUS).commands());
            String openssl = "openssl s_client -starttls smtp -connect mx1.example.test:" + s.smtpPort()
                    + " -servername mx1.example.test -verify_hostname mx1.example.test -verify_return_error -CAfile "
                    + live.caFile() + " </dev/null";
            assertEquals(
                    List.of(openssl),
                    Reports.result(report, CheckId.MX_CERT, "mx1.example.test").commands());
            for (CheckResult r : report.results()) {
                assertFalse(r.commands().isEmpty(), r.id().code() + " has no commands");
            }
        }
    }

    @Test
    void failingRowsShowTheirCommandsInTextMarkdownAndJson() throws Exception {
        try (LiveScenario live = Scenario.domain("example.test")
                .mx(10, "mx1.example.test", SmtpBehaviour.NO_STARTTLS)
                .start()) {
            Report report = Checker.create(live.settings()).run("example.test");
            CheckResult starttls = Reports.result(report, CheckId.MX_STARTTLS, "mx1.example.test");
            assertEquals(Status.FAIL, starttls.status());
            String cmd = starttls.commands().get(0);
            assertTrue(TextReport.render(report, TextReport.Options.plain()).contains("$ " + cmd));
            String md = MarkdownReport.render(report);
            assertTrue(md.contains("## Verify it yourself"), md);
            assertTrue(md.contains("```sh\n" + cmd + "\n```"), md);
            JsonNode json = new ObjectMapper().readTree(JsonReport.render(report));
            boolean found = false;
            for (JsonNode r : json.get("results")) {
                if (r.get("id").asText().equals("mx-starttls")) {
                    assertEquals(cmd, r.get("commands").get(0).asText());
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void passingRowsShowCommandsInPlainTextOnlyWithEvidence() {
        CheckResult pass = CheckResult.of(CheckId.STS_RECORD, "example.test", Status.PASS, "Fine.", List.of(), "")
                .withCommands(List.of("dig +short TXT _mta-sts.example.test"));
        Report r = Report.of("example.test", List.of(pass), 1);
        assertFalse(TextReport.render(r, TextReport.Options.plain()).contains("$ dig"));
        assertTrue(TextReport.render(r, new TextReport.Options(false, true)).contains("$ dig"));
    }

    @Test
    void resolverSpellingFollowsDigForEachKindOfResolver() {
        assertEquals("dig +short TXT a.test", VerifyCommands.dig("TXT", "a.test", ResolverSpec.system()));
        assertEquals(
                "dig +short TXT a.test @192.0.2.1",
                VerifyCommands.dig("TXT", "a.test", ResolverSpec.parse("192.0.2.1")));
        assertEquals(
                "dig +short TXT a.test @2001:db8::1 -p 5353",
                VerifyCommands.dig("TXT", "a.test", ResolverSpec.parse("[2001:db8::1]:5353")));
        assertEquals(
                "dig +short TXT a.test @dns.example +https",
                VerifyCommands.dig(
                        "TXT", "a.test", new ResolverSpec.DnsOverHttps(URI.create("https://dns.example/dns-query"))));
        assertEquals(
                "dig +short TXT a.test @dns.example +https=/resolve",
                VerifyCommands.dig(
                        "TXT", "a.test", new ResolverSpec.DnsOverHttps(URI.create("https://dns.example/resolve"))));
        assertEquals(
                "dig +norecurse TXT a.test @ns1.a.test",
                VerifyCommands.digAuthoritative("TXT", "a.test", "ns1.a.test", 53));
    }

    @Test
    void aCaFileWithSpacesIsQuotedForTheShell() {
        assertEquals(
                "curl -sSv --max-redirs 0 --cacert '/tmp/my ca/it'\\''s.pem' https://mta-sts.a.test/.well-known/mta-sts.txt",
                VerifyCommands.curlPolicy("mta-sts.a.test", 443, Path.of("/tmp/my ca/it's.pem")));
        assertEquals(
                "curl -sSv --max-redirs 0 https://mta-sts.a.test/.well-known/mta-sts.txt",
                VerifyCommands.curlPolicy("mta-sts.a.test", 443, null));
    }
}
