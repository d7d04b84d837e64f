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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtasts.wizard.fixtures.JsonKeys;

class GenerateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(
                args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static final String[] BASE = {
        "generate",
        "--domain",
        "bücher.example",
        "--mx",
        "mx1.bücher.example",
        "--mode",
        "testing",
        "--max-age",
        "86400",
        "--rua",
        "mailto:tls@bücher.example",
        "--id",
        "20261128093000"
    };

    private static String[] with(String[] base, String... more) {
        List<String> a = new ArrayList<>(List.of(base));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void printsALabelsACrlfPolicyAndTheRecords() {
        assertEquals(Cli.OK, run(BASE), err.toString());
        String o = out.toString();
        assertTrue(
                o.contains("version: STSv1\r\nmode: testing\r\nmx: mx1.xn--bcher-kva.example\r\nmax_age: 86400\r\n"),
                o);
        assertTrue(o.contains("_mta-sts.xn--bcher-kva.example"), o);
        assertTrue(o.contains("v=STSv1; id=20261128093000"), o);
        assertTrue(o.contains("v=TLSRPTv1; rua=mailto:tls@xn--bcher-kva.example"), o);
        assertTrue(o.contains("\"v=STSv1; id=20261128093000\""), "zone snippet: " + o);
        assertEquals("", err.toString());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        assertEquals(Cli.OK, run(with(BASE, "--json")), err.toString());
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertEquals("xn--bcher-kva.example", j.path("domain").path("ascii").asText());
        assertEquals("bücher.example", j.path("domain").path("unicode").asText());
        assertEquals("20261128093000", j.path("policy_id").asText());
        assertEquals(
                "https://mta-sts.xn--bcher-kva.example/.well-known/mta-sts.txt",
                j.path("policy_url").asText());
        assertTrue(j.path("policy").asText().contains("\r\n"));
        assertEquals(
                "_mta-sts.xn--bcher-kva.example",
                j.path("records").get(0).path("name").asText());
        JsonKeys.assertSnakeCase(j);
        assertEquals("TXT", j.path("records").get(0).path("type").asText());
        assertEquals(3600, j.path("records").get(0).path("ttl").asLong());
        assertTrue(j.path("zone").asText().contains("IN\tTXT"));
        assertEquals("github-pages", j.path("hosting").get(0).path("target").asText());
        assertTrue(j.path("hosting").get(0).path("files").get(0).has("path"));
        assertTrue(j.path("notes").isArray()
                && j.path("advice").isArray()
                && j.path("written").isArray());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "--max-age abc|--max-age 'abc': Enter whole seconds from 0 to 31557600 (one year)",
                "--max-age 31557601|--max-age '31557601': Enter whole seconds from 0 to 31557600",
                "--max-age -5|--max-age '-5': Enter whole seconds from 0 to 31557600",
                "--mode foo|--mode must be testing, enforce or none, not 'foo'",
                "--domain 192.0.2.1|is an IP address",
                "--domain localhost|is a single label",
                "--mx 10.0.0.1|is an IP address",
                "--mx mail.*.example.net|wildcard",
                "--rua tls|--rua 'tls'",
                "--rua http://r.example.com/|only https: URLs",
                "--id not-valid!|--id 'not-valid!' must be 1 to 32",
            })
    void badArgumentsPrintOneClearLineAndExitTwo(String override, String expected) {
        String[] parts = override.split(" ", 2);
        List<String> args = new ArrayList<>(List.of(BASE));
        int at = args.indexOf(parts[0]);
        args.set(at + 1, parts[1]);
        assertEquals(Cli.USAGE, run(args.toArray(String[]::new)));
        String e = err.toString();
        assertTrue(e.startsWith("error: "), e);
        assertTrue(e.contains(expected), e);
        assertEquals(1, e.lines().count(), e);
        assertFalse(e.contains("\tat "), e);
        assertEquals("", out.toString());
    }

    @Test
    void pastedUrlAsDomainIsNormalisedWithANote() {
        assertEquals(
                Cli.OK,
                run(
                        "generate",
                        "--domain",
                        "https://Example.com/some/page",
                        "--mx",
                        "mail.example.com",
                        "--mode",
                        "enforce",
                        "--max-age",
                        "604800"));
        assertTrue(out.toString().contains("Domain: example.com"), out.toString());
        assertTrue(out.toString().contains("note: domain: removed https:// and the path"), out.toString());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertEquals(Cli.USAGE, run("generate", "--domain", "example.com"));
        assertTrue(err.toString().startsWith("error: Missing required option"), err.toString());
    }

    @Test
    void enforceWithoutMxIsAUsageError() {
        assertEquals(Cli.USAGE, run("generate", "--domain", "example.com", "--mode", "enforce", "--max-age", "86400"));
        assertTrue(err.toString().contains("--mx is required"), err.toString());
    }

    @Test
    void modeNoneNeedsNoMx() {
        assertEquals(Cli.OK, run("generate", "--domain", "example.com", "--mode", "none", "--max-age", "86400"));
        assertTrue(out.toString().contains("mode: none\r\n"));
    }

    @Test
    void undecodableArgumentsAskForAUtf8Locale() {
        assertEquals(
                Cli.USAGE,
                run("generate", "--domain", "b\uFFFD\uFFFDcher.example", "--mode", "none", "--max-age", "1"));
        assertTrue(err.toString().contains("UTF-8 locale"), err.toString());
    }

    @Test
    void outWritesPolicyZoneAndHostingFilesAndRefusesToOverwrite(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("site");
        assertEquals(Cli.OK, run(with(BASE, "--out", target.toString())), err.toString());
        byte[] policy = Files.readAllBytes(target.resolve("mta-sts.txt"));
        assertEquals(
                "version: STSv1\r\nmode: testing\r\nmx: mx1.xn--bcher-kva.example\r\nmax_age: 86400\r\n",
                new String(policy, StandardCharsets.UTF_8));
        assertTrue(Files.readString(target.resolve("dns-records.zone")).contains("_smtp._tls.xn--bcher-kva.example."));
        assertTrue(Files.exists(target.resolve("hosting/github-pages/.well-known/mta-sts.txt")));
        assertTrue(Files.exists(target.resolve("hosting/github-pages/.nojekyll")));
        assertEquals("mta-sts.xn--bcher-kva.example\n", Files.readString(target.resolve("hosting/github-pages/CNAME")));
        assertTrue(Files.readString(target.resolve("hosting/netlify/_headers")).contains("Content-Type: text/plain"));
        assertTrue(Files.exists(target.resolve("hosting/cloudflare-pages/_headers")));
        assertTrue(Files.exists(target.resolve("hosting/nginx/nginx/mta-sts.xn--bcher-kva.example.conf")));
        assertTrue(Files.exists(target.resolve("hosting/apache/apache/mta-sts.xn--bcher-kva.example.conf")));
        assertTrue(Files.exists(target.resolve("hosting/caddy/caddy/Caddyfile")));
        assertTrue(Files.readString(target.resolve("hosting/nginx/STEPS.txt")).startsWith("nginx: steps"));

        // A second run must not touch anything without --force.
        Files.writeString(target.resolve("mta-sts.txt"), "mine");
        out.getBuffer().setLength(0);
        assertEquals(Cli.USAGE, run(with(BASE, "--out", target.toString())));
        assertTrue(
                err.toString().startsWith("error: ") && err.toString().contains("already exists; use --force"),
                err.toString());
        assertEquals(1, err.toString().lines().count());
        assertEquals("mine", Files.readString(target.resolve("mta-sts.txt")));

        err.getBuffer().setLength(0);
        assertEquals(Cli.OK, run(with(BASE, "--out", target.toString(), "--force")), err.toString());
        assertTrue(Files.readString(target.resolve("mta-sts.txt")).startsWith("version: STSv1\r\n"));
    }

    @Test
    void outOntoAFileIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(Cli.USAGE, run(with(BASE, "--out", file.toString())));
        assertTrue(err.toString().contains("is not a directory"), err.toString());
    }

    @Test
    void emptyOutIsAUsageErrorNotAnInternalError() {
        assertEquals(Cli.USAGE, run(with(BASE, "--out", "")));
        assertEquals(
                "error: --out needs a directory name; use --out . for the current directory",
                err.toString().strip());
    }

    @Test
    void emptyMxNamesTheArgumentLikeTheOtherMessages() {
        assertEquals(
                Cli.USAGE,
                run("generate", "--domain", "example.com", "--mx", "", "--mode", "testing", "--max-age", "86400"));
        assertTrue(err.toString().startsWith("error: --mx '': the mx pattern is empty; "), err.toString());
    }
}
