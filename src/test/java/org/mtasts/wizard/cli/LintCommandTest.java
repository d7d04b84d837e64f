package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.fixtures.JsonKeys;

class LintCommandTest {
    private static final String LF_POLICY = "version: STSv1\nmode: enforce\nmx: *.mail.example.net\nmax_age: 604800\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int runWithStdin(String stdin, String... args) {
        return Cli.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private int run(String... args) {
        return runWithStdin("", args);
    }

    @Test
    void wildcardDoesNotCoverTwoLabelsAndLfIsOnlyInfo() {
        int code = runWithStdin(
                LF_POLICY,
                "lint",
                "--policy",
                "-",
                "--mx",
                "a.mail.example.net",
                "--mx",
                "a.b.mail.example.net",
                "--pattern",
                "*.mail.example.net");
        assertEquals(Cli.FINDINGS, code, out + " " + err);
        String o = out.toString();
        assertTrue(
                o.contains(
                        "coverage: error [RFC 8461 §4.1] coverage-uncovered-host: MX host a.b.mail.example.net is not covered"),
                o);
        assertTrue(o.contains("policy: info [RFC 8461 §3.2] policy-lf-line-endings"), o);
        assertTrue(o.contains("coverage: a.mail.example.net is covered by *.mail.example.net"), o);
        assertTrue(o.contains("1 error, 0 warnings, 1 info"), o);
        assertEquals("", err.toString());
    }

    @Test
    void cleanPolicyFileExitsZero(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("mta-sts.txt"), LF_POLICY.replace("\n", "\r\n"));
        assertEquals(Cli.OK, run("lint", "--policy", p.toString(), "--mx", "a.mail.example.net."), out.toString());
        assertTrue(out.toString().contains("0 errors, 0 warnings, 0 info: OK"), out.toString());
    }

    @Test
    void warningsAloneExitZero() {
        String policy = "version: STSv1\r\nmode: testing\r\nmode: enforce\r\nmx: a.example.com\r\nmax_age: 86400\r\n";
        assertEquals(Cli.OK, runWithStdin(policy, "lint", "--policy", "-"), out.toString());
        assertTrue(out.toString().contains("policy:3: warning [RFC 8461 §3.2] policy-duplicate-key"), out.toString());
    }

    @Test
    void policyFindingsCarryTheirLineNumber() {
        assertEquals(
                Cli.FINDINGS,
                runWithStdin(
                        "version: STSv1\r\n\r\nmode: enforce\r\nmx: 192.0.2.1\r\nmax_age: 1\r\n",
                        "lint",
                        "--policy",
                        "-"));
        String o = out.toString();
        assertTrue(o.contains("policy:2: error [RFC 8461 §3.2] policy-blank-line"), o);
        assertTrue(o.contains("policy:4: error [RFC 8461 §3.2] mx-ip-address"), o);
    }

    @Test
    void invalidRecordsPatternsAndHostsAreFindingsNotUsageErrors() {
        assertEquals(Cli.FINDINGS, run("lint", "--sts-record", "v=STSv1; id=not valid!"));
        assertTrue(out.toString().contains("sts-record: error [RFC 8461 §3.1] sts-id-invalid"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Cli.FINDINGS, run("lint", "--tlsrpt-record", "v=TLSRPTv1; rua=tls@example.com"));
        assertTrue(out.toString().contains("tlsrpt-rua-scheme"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Cli.FINDINGS, run("lint", "--pattern", "mail.*.example.net"));
        assertTrue(out.toString().contains("pattern: error [RFC 8461 §3.2] mx-misplaced-wildcard"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Cli.FINDINGS, run("lint", "--mx", "192.0.2.1", "--pattern", "mail.example.net"));
        assertTrue(out.toString().contains("coverage-host-invalid"), out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void recordsInZoneFileQuotingAreJoinedAsSendersDo() {
        assertEquals(
                Cli.OK,
                run(
                        "lint",
                        "--sts-record",
                        "\"v=STSv1; \" \"id=2026\"",
                        "--tlsrpt-record",
                        "v=TLSRPTv1; rua=mailto:tls@example.com"),
                out.toString());
    }

    @Test
    void twoStsRecordsMeanNoPolicy() {
        assertEquals(Cli.FINDINGS, run("lint", "--sts-record", "v=STSv1; id=1", "--sts-record", "v=STSv1; id=2"));
        assertTrue(out.toString().contains("sts-multiple-records"), out.toString());
    }

    @Test
    void hostsAreCheckedAgainstThePolicysPatternsWhenNoPatternIsGiven() {
        assertEquals(Cli.FINDINGS, runWithStdin(LF_POLICY, "lint", "--policy", "-", "--mx", "mail.example.net"));
        assertTrue(out.toString().contains("MX host mail.example.net is not covered"), out.toString());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        assertEquals(
                Cli.FINDINGS,
                runWithStdin(
                        LF_POLICY,
                        "lint",
                        "--json",
                        "--policy",
                        "-",
                        "--mx",
                        "a.mail.example.net",
                        "--mx",
                        "a.b.mail.example.net",
                        "--sts-record",
                        "v=STSv1; id=1",
                        "--tlsrpt-record",
                        "v=TLSRPTv1; rua=mailto:a@example.com"));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertFalse(j.path("ok").asBoolean(true));
        assertEquals(1, j.path("summary").path("errors").asInt());
        assertEquals(0, j.path("summary").path("warnings").asInt());
        assertEquals(1, j.path("summary").path("infos").asInt());
        JsonNode f = j.path("findings").get(0);
        for (String field : new String[] {"input", "severity", "code", "line", "rule", "message", "fix"}) {
            assertTrue(f.has(field), field + " in " + f);
        }
        assertEquals("enforce", j.path("policy").path("mode").asText());
        assertEquals("*.mail.example.net", j.path("policy").path("mx").get(0).asText());
        assertEquals(604800, j.path("policy").path("max_age").asLong());
        assertEquals("1", j.path("sts_record").path("id").asText());
        JsonKeys.assertSnakeCase(j);
        assertEquals(
                "mailto:a@example.com",
                j.path("tlsrpt_record").path("rua").get(0).asText());
        assertEquals(
                "a.mail.example.net",
                j.path("coverage").path("covered").get(0).path("host").asText());
        assertEquals(
                "a.b.mail.example.net",
                j.path("coverage").path("uncovered").get(0).asText());
        assertTrue(j.path("coverage").path("stale").isArray());
        assertFalse(j.path("coverage").path("null_mx").asBoolean(true));
    }

    @Test
    void missingFileIsAUsageErrorWithOneLine() {
        assertEquals(Cli.USAGE, run("lint", "--policy", "/nonexistent/mta-sts.txt"));
        assertEquals(
                "error: cannot read policy file '/nonexistent/mta-sts.txt': no such file or directory",
                err.toString().strip());
    }

    @Test
    void directoryAsPolicyIsAUsageError(@TempDir Path dir) {
        assertEquals(Cli.USAGE, run("lint", "--policy", dir.toString()));
        assertTrue(err.toString().contains("it is a directory"), err.toString());
    }

    @Test
    void nothingToLintIsAUsageError() {
        assertEquals(Cli.USAGE, run("lint"));
        assertTrue(err.toString().startsWith("error: nothing to lint"), err.toString());
    }

    @Test
    void hostsWithoutPatternsOrPolicyIsAUsageError() {
        assertEquals(Cli.USAGE, run("lint", "--mx", "a.example.com"));
        assertTrue(err.toString().contains("--mx needs the patterns"), err.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(Cli.USAGE, run("lint", "--polcy", "x"));
        assertTrue(err.toString().startsWith("error: Unknown option"), err.toString());
    }

    @Test
    void emptyPolicyFileNameIsAUsageErrorNotADirectory() {
        assertEquals(Cli.USAGE, run("lint", "--policy", ""));
        assertEquals(
                "error: --policy needs a file name, or - for standard input",
                err.toString().strip());
    }

    @Test
    void policyLargerThanTheReadLimitIsNotReportedAsExactlyTheLimit(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("huge.txt");
        Files.write(p, "a".repeat(LintCommand.READ_LIMIT * 3).getBytes(StandardCharsets.US_ASCII));
        assertEquals(Cli.FINDINGS, run("lint", "--policy", p.toString()));
        assertTrue(
                out.toString()
                        .contains("policy-too-large: the policy is more than " + LintCommand.READ_LIMIT + " bytes"),
                out.toString());
        assertFalse(out.toString().contains("the policy is " + LintCommand.READ_LIMIT + " bytes"), out.toString());
    }
}
