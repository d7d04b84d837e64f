package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupArtifactsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);

    private static SetupRequest request(Mode mode, long maxAge, String... rua) {
        return new SetupRequest(
                DomainName.of("bücher.example"),
                List.of(MxPattern.of("mx1.xn--bcher-kva.example")),
                mode,
                maxAge,
                List.of(rua));
    }

    @Test
    void generatesPolicyAndBothRecordsWithALabels() {
        SetupArtifacts a =
                SetupArtifacts.generate(request(Mode.TESTING, 86400, "mailto:tls@xn--bcher-kva.example"), CLOCK);
        assertEquals("20261128093000", a.policyId());
        assertEquals(
                "version: STSv1\r\nmode: testing\r\nmx: mx1.xn--bcher-kva.example\r\nmax_age: 86400\r\n",
                a.policyText());
        assertEquals(
                List.of(
                        new DnsRecord("_mta-sts.xn--bcher-kva.example", "TXT", "v=STSv1; id=20261128093000", 3600),
                        new DnsRecord(
                                "_smtp._tls.xn--bcher-kva.example",
                                "TXT",
                                "v=TLSRPTv1; rua=mailto:tls@xn--bcher-kva.example",
                                3600)),
                a.records());
        assertTrue(
                a.zoneSnippet()
                        .contains("_mta-sts.xn--bcher-kva.example.\t3600\tIN\tTXT\t\"v=STSv1; id=20261128093000\"\n"),
                a.zoneSnippet());
        assertEquals(List.of(), a.advice());
    }

    @Test
    void withoutReportingUrisThereIsNoTlsRptRecordAndTestingModeIsWarned() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400), CLOCK);
        assertEquals(1, a.records().size());
        assertEquals(
                List.of(FindingCode.SETUP_TESTING_WITHOUT_REPORTS),
                a.advice().stream().map(Finding::code).toList());
    }

    @Test
    void shortMaxAgeInEnforceIsAdvisedAgainst() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.ENFORCE, 3600, "mailto:tls@example.com"), CLOCK);
        assertEquals(
                List.of(FindingCode.SETUP_MAX_AGE_SHORT),
                a.advice().stream().map(Finding::code).toList());
    }

    @Test
    void everyWildcardIsCalledOutWithItsRisk() {
        SetupRequest req = new SetupRequest(
                DomainName.of("example.com"),
                List.of(MxPattern.of("*.mail.example.com")),
                Mode.TESTING,
                86400,
                List.of("mailto:tls@example.com"));
        List<Finding> advice = SetupArtifacts.generate(req, CLOCK).advice();
        assertEquals(
                List.of(FindingCode.SETUP_WILDCARD),
                advice.stream().map(Finding::code).toList());
        assertTrue(
                advice.get(0).message().contains("any host directly under mail.example.com"),
                advice.get(0).message());
        assertTrue(
                advice.get(0).message().contains("a.b.mail.example.com are not covered"),
                advice.get(0).message());
    }

    @Test
    void txtValuesOver255OctetsAreSplitIntoSeveralQuotedStringsThatJoinBack() {
        List<String> rua = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rua.add("mailto:tls-reports-" + i + "@reports.example.com");
        }
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400, rua.toArray(String[]::new)), CLOCK);
        DnsRecord tls = a.records().get(1);
        assertTrue(tls.value().length() > 255);
        String line = tls.zoneLine();
        String data = line.substring(line.indexOf("TXT\t") + 4);
        List<String> strings = TxtStrings.fromZoneText(data).orElseThrow();
        assertTrue(strings.size() >= 2, line);
        assertTrue(strings.stream().allMatch(s -> s.length() <= 255));
        assertEquals(tls.value(), TxtStrings.join(strings));
        assertEquals(
                rua, TlsRptRecord.select(List.of(strings)).value().orElseThrow().rua());
    }

    @Test
    void everyHostingTargetGetsThePolicyFileAndSteps() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400, "mailto:tls@example.com"), CLOCK);
        assertEquals(
                List.of(HostingTarget.values()),
                a.hosting().stream().map(HostingBundle::target).toList());
        for (HostingBundle b : a.hosting()) {
            HostedFile policy = b.files().stream()
                    .filter(f -> f.path().equals(".well-known/mta-sts.txt"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(a.policyText(), policy.content(), b.target().toString());
            assertFalse(b.steps().isEmpty());
            assertTrue(
                    String.join(" ", b.steps())
                            .contains("https://mta-sts.xn--bcher-kva.example/.well-known/mta-sts.txt"),
                    b.target().toString());
        }
    }

    private static String file(SetupArtifacts a, HostingTarget t, String path) {
        return a.hosting(t).files().stream()
                .filter(f -> f.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(t + " has no " + path))
                .content();
    }

    @Test
    void githubPagesGetsNojekyllAndCname() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400), CLOCK);
        assertEquals("", file(a, HostingTarget.GITHUB_PAGES, ".nojekyll"));
        assertEquals("mta-sts.xn--bcher-kva.example\n", file(a, HostingTarget.GITHUB_PAGES, "CNAME"));
    }

    @Test
    void netlifyAndCloudflarePagesSetTextPlainInHeaders() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400), CLOCK);
        for (HostingTarget t : List.of(HostingTarget.NETLIFY, HostingTarget.CLOUDFLARE_PAGES)) {
            String headers = file(a, t, "_headers");
            assertTrue(headers.startsWith("/.well-known/mta-sts.txt\n"), headers);
            assertTrue(headers.contains("Content-Type: text/plain"), headers);
        }
    }

    @Test
    void serverSnippetsNameThePolicyHostAndServeTextPlain() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400), CLOCK);
        String nginx = file(a, HostingTarget.NGINX, "nginx/mta-sts.xn--bcher-kva.example.conf");
        assertTrue(
                nginx.contains("server_name mta-sts.xn--bcher-kva.example;")
                        && nginx.contains("default_type text/plain;"),
                nginx);
        String apache = file(a, HostingTarget.APACHE, "apache/mta-sts.xn--bcher-kva.example.conf");
        assertTrue(
                apache.contains("ServerName mta-sts.xn--bcher-kva.example")
                        && apache.contains("ForceType \"text/plain"),
                apache);
        String caddy = file(a, HostingTarget.CADDY, "caddy/Caddyfile");
        assertTrue(caddy.contains("mta-sts.xn--bcher-kva.example {") && caddy.contains("text/plain"), caddy);
    }

    @Test
    void nginxServesCertbotsChallengeOnPort80AndThePolicyOnlyOverHttps() {
        SetupArtifacts a = SetupArtifacts.generate(request(Mode.TESTING, 86400), CLOCK);
        String http = file(a, HostingTarget.NGINX, "nginx/mta-sts.xn--bcher-kva.example-acme.conf");
        assertTrue(http.contains("listen 80;") && http.contains("location /.well-known/acme-challenge/"), http);
        assertTrue(!http.contains("mta-sts.txt"), "the policy is never served over plain HTTP:\n" + http);
        String https = file(a, HostingTarget.NGINX, "nginx/mta-sts.xn--bcher-kva.example.conf");
        assertTrue(!https.contains("listen 80"), https);
        String steps = a.hosting(HostingTarget.NGINX).stepsText();
        assertTrue(steps.contains("certbot certonly --webroot -w /var/www/mta-sts.xn--bcher-kva.example"), steps);
        assertTrue(steps.indexOf("-acme.conf") < steps.indexOf("certbot"), "port 80 comes before certbot: " + steps);
    }

    @Test
    void requestRejectsWhatTheParsersWouldReject() {
        DomainName d = DomainName.of("example.com");
        List<MxPattern> mx = List.of(MxPattern.of("mail.example.com"));
        assertThrows(
                IllegalArgumentException.class, () -> new SetupRequest(d, List.of(), Mode.ENFORCE, 86400, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SetupRequest(d, mx, Mode.ENFORCE, 31557601, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SetupRequest(d, mx, Mode.ENFORCE, -1, List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SetupRequest(d, mx, Mode.ENFORCE, 86400, List.of("tls@example.com")));
        assertThrows(
                IllegalArgumentException.class,
                () -> SetupArtifacts.generate(new SetupRequest(d, mx, Mode.NONE, 1, List.of()), "bad id"));
        assertEquals(
                List.of(),
                new SetupRequest(d, List.of(), Mode.NONE, 86400, List.of())
                        .policy()
                        .mx());
    }
}
