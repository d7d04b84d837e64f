package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.fixtures.JsonKeys;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SignedZone;
import org.mtasts.wizard.fixtures.SmtpBehaviour;
import org.xbill.DNS.Type;

class CheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int runAgainst(LiveScenario live, String... extra) {
        CheckSettings s = live.settings();
        List<String> args = new ArrayList<>(List.of(
                "check",
                live.domain(),
                "--resolver",
                s.resolver().toString(),
                "--ca-file",
                s.caFile().toString(),
                "--https-port",
                "" + s.httpsPort(),
                "--smtp-port",
                "" + s.smtpPort(),
                "--timeout",
                "5"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void passingDomainExitsZeroWithOneLinePerResult() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            assertEquals(0, runAgainst(live), err.toString());
            String text = out.toString();
            assertTrue(text.contains("PASS  mx-starttls"), text);
            assertTrue(text.contains("Verdict: PASS"), text);
            assertFalse(text.contains("\u001b["), "no colour when not on a terminal");
            // A heading, 12 domain-level results, 3 for the MX host, the verdict, and the commands
            // under the inconclusive dnssec row (the loopback resolver has no root keys).
            assertEquals(1 + 12 + 3 + 1 + 3, text.lines().count(), text);
        }
    }

    @Test
    void failingDomainExitsOneAndShowsTheFix() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1)
                .mxBehaviour("mx1.example.test", SmtpBehaviour.NO_STARTTLS)
                .start()) {
            assertEquals(1, runAgainst(live));
            assertTrue(out.toString().contains("FAIL  mx-starttls"), out.toString());
            assertTrue(out.toString().contains("fix: Enable STARTTLS on mx1.example.test"), out.toString());
        }
    }

    @Test
    void warningsOnlyExitZero() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts("example.test", 1).noTlsrptRecord().start()) {
            assertEquals(0, runAgainst(live));
            assertTrue(out.toString().contains("Verdict: WARN"), out.toString());
        }
    }

    @Test
    void jsonCarriesDomainVerdictElapsedAndEveryResult() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 2).start()) {
            assertEquals(0, runAgainst(live, "--json"));
            JsonNode root = new ObjectMapper().readTree(out.toString());
            assertEquals("example.test", root.get("domain").asText());
            assertEquals("pass", root.get("verdict").asText());
            assertTrue(root.get("elapsed_millis").asLong() > 0);
            JsonNode facts = root.get("facts");
            assertEquals("enforce", facts.get("mode").asText());
            assertEquals(604800, facts.get("max_age").asLong());
            assertEquals(2, facts.get("mx_hosts").size());
            assertTrue(facts.hasNonNull("sts_id"), facts.toString());
            JsonKeys.assertSnakeCase(root);
            assertEquals(18, root.get("results").size());
            for (JsonNode r : root.get("results")) {
                for (String f : List.of("id", "target", "status", "summary", "evidence", "rule", "fix")) {
                    assertTrue(r.has(f), f + " missing in " + r);
                }
            }
        }
    }

    @Test
    void markdownIsATableOfResults() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts("example.test", 1).policyStatus(404).start()) {
            assertEquals(1, runAgainst(live, "--markdown"));
            String md = out.toString();
            assertTrue(md.startsWith("# MTA-STS check of example.test"), md);
            assertTrue(md.contains("| fail | `policy-status` | mta-sts.example.test |"), md);
            assertTrue(md.contains("## Needs attention"), md);
        }
    }

    @Test
    void aBogusZoneFailsItsDnssecRowButTheCorrectMtaStsSetupStillExitsZero(@TempDir Path dir) throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            zone.breakSignature(live.dns(), "example.test", Type.SOA);
            String anchor = zone.trustAnchor(dir).toString();
            assertEquals(Cli.OK, runAgainst(live, "--json", "--trust-anchor", anchor), err.toString());
            JsonNode root = new ObjectMapper().readTree(out.toString());
            assertEquals("pass", root.get("verdict").asText());
            JsonNode dnssec = null;
            for (JsonNode r : root.get("results")) {
                if (r.get("id").asText().equals("dnssec")) {
                    dnssec = r;
                }
            }
            assertEquals("fail", dnssec.get("status").asText(), dnssec.toString());
            assertTrue(dnssec.get("summary").asText().contains("SOA"), dnssec.toString());
        }
    }

    @Test
    void jsonAndMarkdownTogetherAreAUsageError() {
        assertEquals(Cli.USAGE, run("check", "example.test", "--json", "--markdown"));
        assertEquals(
                "error: choose one of --json and --markdown\n", err.toString().replace("\r", ""));
    }

    @Test
    void unreachableResolverExitsThreeWithOneSentence() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        assertEquals(
                CheckCommand.NOTHING_CHECKED,
                run("check", "example.invalid", "--resolver", "127.0.0.1:" + port, "--timeout", "1"));
        assertEquals("", out.toString());
        String e = err.toString();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("error: Could not reach the resolver 127.0.0.1:" + port), e);
        assertTrue(e.contains("nothing could be checked"), e);
    }

    @Test
    void badInputsAreUsageErrorsWithOneClearLine() {
        String[][] cases = {
            {"check", "example.test", "--timeout", "abc"},
            {"check", "example.test", "--resolver", "not a host"},
            {"check", "example.test", "--ca-file", "/nonexistent"},
            {"check", "example.test", "--trust-anchor", "/nonexistent"},
            {"check", "exa mple.test"},
            {"check"},
        };
        for (String[] args : cases) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(Cli.USAGE, run(args), String.join(" ", args));
            assertTrue(err.toString().startsWith("error: "), err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
    }

    @Test
    void timeoutAboveTheWizardsLimitIsRefusedWithTheSameBound() {
        assertEquals(Cli.USAGE, run("check", "example.test", "--timeout", "301"));
        assertEquals(
                "error: --timeout must be more than 0 and at most 300 seconds, not 301",
                err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(Cli.USAGE, run("check", "example.test", "--deadline", "3601"));
        assertEquals(
                "error: --deadline must be more than 0 and at most 3600 seconds, not 3601",
                err.toString().strip());
    }

    @Test
    void urlIsReducedToItsDomainWithANote() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            CheckSettings s = live.settings();
            int code = run(
                    "check",
                    "https://example.test/.well-known/mta-sts.txt",
                    "--resolver",
                    s.resolver().toString(),
                    "--ca-file",
                    s.caFile().toString(),
                    "--https-port",
                    "" + s.httpsPort(),
                    "--smtp-port",
                    "" + s.smtpPort());
            assertEquals(0, code, out + "\n" + err);
            assertTrue(err.toString().startsWith("note: checking example.test (removed https://"), err.toString());
        }
    }

    @Test
    void severalNormalisationsOfOneDomainGiveOneNote() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        assertEquals(
                CheckCommand.NOTHING_CHECKED,
                run("check", "alice@bücher.example", "--resolver", "127.0.0.1:" + port, "--timeout", "1"));
        List<String> notes =
                err.toString().lines().filter(l -> l.startsWith("note:")).toList();
        assertEquals(1, notes.size(), err.toString());
        assertTrue(
                notes.get(0)
                        .startsWith("note: checking xn--bcher-kva.example (took the domain part of the address"
                                + " alice@bücher.example; converted to the A-label"),
                notes.get(0));
    }
}
