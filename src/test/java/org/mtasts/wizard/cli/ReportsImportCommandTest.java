package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.Main;
import org.mtasts.wizard.fixtures.ImapFixture;
import org.mtasts.wizard.reports.ReportStore;

class ReportsImportCommandTest {
    private static final Path SAMPLES = Path.of("src", "test", "resources", "tlsrpt");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(
                args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String dataDir() {
        return tmp.resolve("data").toString();
    }

    @Test
    void importsTheSamplesFolderAndPrintsTheTotals() {
        int code = run("reports", "import", "--data-dir", dataDir(), SAMPLES.toString());
        assertEquals(Cli.OK, code, out + " " + err);
        assertEquals(
                "added 3, duplicates 4, problems 0, skipped 2 (not reports)\nkept: 3 reports in "
                        + tmp.resolve("data").toAbsolutePath() + "\n",
                out.toString());
        assertEquals("", err.toString());
        try (ReportStore store = ReportStore.open(tmp.resolve("data"))) {
            assertEquals(List.of("example.com", "example.org"), store.policyDomains(), "kept for the next run");
        }
    }

    @Test
    void eachUnreadableInputIsOneLineOnStderrAndExitIsOne() throws IOException {
        Path bomb = tmp.resolve("report.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            o.write(new byte[25 * 1024 * 1024]);
        }
        Path notJson = Files.writeString(tmp.resolve("x.json"), "hello");
        int code = run(
                "reports",
                "import",
                "--data-dir",
                dataDir(),
                bomb.toString(),
                notJson.toString(),
                SAMPLES.resolve("microsoft-report.eml").toString());
        assertEquals(Cli.FINDINGS, code);
        assertEquals(
                bomb + ": expands past 20 MiB (a gzip bomb?); not read\n" + notJson
                        + ": not JSON (line 1, column 1); not read\n",
                err.toString());
        assertTrue(out.toString().startsWith("added 1, duplicates 0, problems 2\n"), out::toString);
    }

    @Test
    void usageErrors() {
        assertEquals(Cli.USAGE, run("reports", "import", "--data-dir", dataDir()));
        assertEquals("error: name files or folders to import, or an IMAP folder with --imap URL\n", err.toString());
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        assertEquals(
                Cli.USAGE,
                run("reports", "import", "--data-dir", dataDir(), "--imap", "imaps://u@h/INBOX", "--password", "x"));
        assertEquals(
                "error: a password on the command line is visible to every user of this computer; use"
                        + " --password-file FILE or the environment variable MTA_STS_IMAP_PASSWORD\n",
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Cli.USAGE, run("reports", "import", "--data-dir", dataDir(), "--imap", "imaps://u:pw@h/INBOX"));
        assertEquals(
                "error: --imap: put the IMAP password in a file (--password-file) or the environment variable"
                        + " MTA_STS_IMAP_PASSWORD, never in the URL\n",
                err.toString());
    }

    @Test
    void aMissingPasswordFileIsAUsageError() {
        Path missing = tmp.resolve("pw");
        assertEquals(
                Cli.USAGE,
                run(
                        "reports",
                        "import",
                        "--data-dir",
                        dataDir(),
                        "--imap",
                        "imaps://u@h/INBOX",
                        "--password-file",
                        missing.toString()));
        assertEquals("error: --password-file: " + missing + " does not exist\n", err.toString());
    }

    @Test
    void importsFromImapWithThePasswordFromAFile() throws IOException {
        ImapFixture imap = ImapFixture.get()
                .reset()
                .deliver(Files.readAllBytes(SAMPLES.resolve("microsoft-report.eml")))
                .deliver(Files.readAllBytes(SAMPLES.resolve("google-report-json.eml")));
        Path pw = Files.writeString(tmp.resolve("pw"), ImapFixture.PASSWORD + "\n");
        int code = run(
                "reports",
                "import",
                "--data-dir",
                dataDir(),
                "--imap",
                imap.imapsUrl(),
                "--ca-file",
                imap.caFile().toString(),
                "--password-file",
                pw.toString());
        assertEquals(Cli.OK, code, out + " " + err);
        assertTrue(out.toString().startsWith("added 2, duplicates 0, problems 0\n"), out::toString);
    }

    /** The environment variable, through a real process (the only way to set one). */
    @Test
    void importsFromImapWithThePasswordFromTheEnvironment() throws Exception {
        ImapFixture imap =
                ImapFixture.get().reset().deliver(Files.readAllBytes(SAMPLES.resolve("microsoft-report.eml")));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "reports",
                "import",
                "--data-dir",
                dataDir(),
                "--imap",
                imap.imapsUrl(),
                "--ca-file",
                imap.caFile().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(ReportsImportCommand.PASSWORD_ENV, ImapFixture.PASSWORD);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.startsWith("added 1, duplicates 0, problems 0\n"), output);

        pb.environment().put(ReportsImportCommand.PASSWORD_ENV, "wrong");
        Process wrong = pb.start();
        String wrongOut = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Cli.FINDINGS, wrong.exitValue(), wrongOut);
        assertTrue(
                wrongOut.startsWith(
                        imap.imapsUrl().replace("%40", "@") + ": the server refused the user name or password"),
                wrongOut);
    }

    @Test
    void withoutAPasswordAnywhereItSaysWhereToPutIt() {
        if (System.getenv(ReportsImportCommand.PASSWORD_ENV) != null) {
            return; // the environment of this run provides one
        }
        assertEquals(Cli.USAGE, run("reports", "import", "--data-dir", dataDir(), "--imap", "imaps://u@h/INBOX"));
        assertEquals(
                "error: the IMAP password is needed: put it in a file (--password-file FILE) or in the environment"
                        + " variable MTA_STS_IMAP_PASSWORD\n",
                err.toString());
    }

    @Test
    void reportsWithoutSubcommandIsAUsageError() {
        assertEquals(Cli.USAGE, run("reports"));
        assertTrue(err.toString().startsWith("error: name a subcommand"), err::toString);
    }
}
