package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.fixtures.BulkFixture;
import org.mtasts.wizard.fixtures.JsonKeys;

class BulkCheckCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String stdin, List<String> args) {
        return Cli.run(
                args.toArray(String[]::new),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    private static List<String> against(BulkFixture f, String... args) {
        CheckSettings s = f.settings();
        List<String> a = new ArrayList<>(List.of("check"));
        a.addAll(List.of(args));
        a.addAll(List.of(
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
        return a;
    }

    @Test
    void listFromFileWithCommentsDuplicatesAndBadLinesWritesCsvAndJsonLines() throws Exception {
        try (BulkFixture f = BulkFixture.start(9, 3, Duration.ZERO)) {
            List<String> d = f.domains();
            Path list = tmp.resolve("domains.txt");
            Files.writeString(
                    list,
                    "# our domains\n" + d.get(0) + "\nhttps://" + d.get(1).toUpperCase() + "/x\nnot a domain\n"
                            + String.join("\n", d.subList(2, 9)) + "\n" + d.get(0) + "  # again\n");
            Path csv = tmp.resolve("out.csv");
            Path jsonl = tmp.resolve("out.jsonl");
            int code = run(
                    "", against(f, "--from", list.toString(), "--csv", csv.toString(), "--jsonl", jsonl.toString()));
            assertEquals(1, code, "d00007 fails coverage, so the run fails: " + err);
            String e = err.toString();
            assertTrue(e.contains("skipped line 4: 'not a domain' is not a domain name"), e);
            assertTrue(e.contains("1 duplicate merged"), e);
            assertTrue(e.contains("9 domains: 8 pass, 0 warn, 1 fail"), e);
            assertTrue(e.contains("3 MX hosts, 3 STARTTLS sessions"), e);
            assertFalse(e.contains("\r"), "no progress line when standard error is not a terminal");

            List<String> rows = Files.readAllLines(csv);
            assertEquals(String.join(",", BulkTable.columns()), rows.get(0));
            assertEquals(10, rows.size(), "a header and a row per distinct domain");
            assertTrue(rows.get(0).startsWith("domain,verdict,resolver,sts-record,"), rows.get(0));
            String row7 = rows.get(8);
            assertTrue(row7.startsWith(d.get(7) + ",fail,"), row7);
            assertTrue(row7.contains(",enforce,"), row7);
            assertTrue(row7.contains("mx-coverage " + d.get(7) + ":"), row7);

            List<String> lines = Files.readAllLines(jsonl);
            assertEquals(9, lines.size());
            JsonNode first = new ObjectMapper().readTree(lines.get(0));
            assertEquals(d.get(0), first.get("domain").asText());
            assertEquals("pass", first.get("verdict").asText());
            assertEquals("enforce", first.get("facts").get("mode").asText());
            JsonKeys.assertSnakeCase(first);
            assertEquals(18, first.get("results").size(), "12 domain results + 3 per MX host x 2");

            String table = out.toString();
            assertTrue(table.startsWith("DOMAIN"), table);
            assertTrue(table.lines().anyMatch(l -> l.startsWith(d.get(7)) && l.contains("mx-coverage")), table);
        }
    }

    @Test
    void severalDomainArgumentsAndStandardInputAreOneList() throws Exception {
        try (BulkFixture f = BulkFixture.start(4, 2, Duration.ZERO)) {
            List<String> d = f.domains();
            int code = run(d.get(2) + "\n" + d.get(3) + "\n", against(f, d.get(0), d.get(1), "--from", "-", "--json"));
            assertEquals(0, code, err.toString());
            List<String> lines = out.toString().lines().toList();
            assertEquals(4, lines.size(), out.toString());
            for (int i = 0; i < 4; i++) {
                assertEquals(
                        d.get(i),
                        new ObjectMapper().readTree(lines.get(i)).get("domain").asText());
            }
        }
    }

    @Test
    void nothingCheckedExitsThree() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        int code = run(
                "", List.of("check", "a.invalid", "b.invalid", "--resolver", "127.0.0.1:" + port, "--timeout", "1"));
        assertEquals(3, code, err.toString());
    }

    @Test
    void badBulkInputIsAUsageErrorWithOneClearLine() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("dir"));
        Path comments = tmp.resolve("comments.txt");
        Files.writeString(comments, "# nothing here\n\n");
        Path binary = tmp.resolve("bin");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        List<List<String>> cases = List.of(
                List.of("check", "--from", tmp.resolve("missing.txt").toString()),
                List.of("check", "--from", dir.toString()),
                List.of("check", "--from", comments.toString()),
                List.of("check", "--from", binary.toString()),
                List.of("check", "--from", ""),
                List.of("check", "a.example", "b.example", "--concurrency", "0"),
                List.of("check", "a.example", "b.example", "--per-host", "0"),
                List.of("check", "a.example", "--concurrency", "4"),
                List.of(
                        "check",
                        "a.example",
                        "b.example",
                        "--csv",
                        dir.resolve("no/such/dir.csv").toString()));
        for (List<String> args : cases) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertEquals(Cli.USAGE, run("", args), String.join(" ", args) + ": " + err);
            assertTrue(err.toString().startsWith("error: "), err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
    }
}
