package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.reports.Samples.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

class ReportImporterTest {
    @TempDir
    Path tmp;

    private ReportStore store;
    private final ReportImporter importer = new ReportImporter();

    @BeforeEach
    void open() {
        store = ReportStore.open(tmp.resolve("data"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportSummary importPaths(Path... paths) {
        return importer.importPaths(List.of(paths), store, ImportListener.NONE, () -> false);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    private static String onlyProblem(ImportSummary s) {
        assertEquals(1, s.problems().size(), s.problems()::toString);
        return s.problems().get(0).text();
    }

    /**
     * The samples folder: three distinct reports; the .eml files and the mbox repeat two of them
     * (counted once each), the mbox's unrelated mail and the README are skipped.
     */
    @Test
    void theSamplesFolderAddsThreeReportsAndCountsTheRepeatsAsDuplicates() {
        List<String> events = new ArrayList<>();
        ImportSummary s = importer.importPaths(
                List.of(Samples.dir()),
                store,
                new ImportListener() {
                    @Override
                    public void report(String source, TlsReport report, AddOutcome outcome) {
                        events.add(Path.of(source.replaceFirst(", message \\d+$", ""))
                                        .getFileName() + " " + outcome);
                    }
                },
                () -> false);
        assertEquals("added 3, duplicates 4, problems 0, skipped 2 (not reports)", s.totals(), s.problems()::toString);
        assertEquals(3, store.count());
        assertEquals(List.of("example.com", "example.org"), store.policyDomains());
        assertEquals(
                List.of(
                        "google-report-json.eml ADDED",
                        Samples.GOOGLE_GZ + " DUPLICATE",
                        "microsoft-example.com-20240903.json ADDED",
                        "microsoft-report.eml DUPLICATE",
                        Samples.TLSA_JSON + " ADDED",
                        "reports.mbox DUPLICATE",
                        "reports.mbox DUPLICATE"),
                events);
        assertEquals(
                "added 0, duplicates 7, problems 0, skipped 2 (not reports)",
                importPaths(Samples.dir()).totals(),
                "a second import adds nothing");
    }

    @Test
    void theOriginalBytesAreKeptAsTheyArrived() {
        importPaths(Samples.path(Samples.GOOGLE_GZ), Samples.path(Samples.MICROSOFT_EML));
        TlsReport google = store.reports("example.com", null).get(0);
        assertTrue(Arrays.equals(
                Samples.bytes(Samples.GOOGLE_GZ),
                store.original(google.key()).orElseThrow().bytes()));
        TlsReport microsoft = store.reports("example.com", null).get(1);
        byte[] fromMail = store.original(microsoft.key()).orElseThrow().bytes();
        assertTrue(Payloads.isGzip(fromMail), "the report part of the message, gzip as sent");
        assertTrue(Arrays.equals(Samples.json(Samples.MICROSOFT_JSON), Samples.gunzip(fromMail)));
    }

    /** The message the issue asks for: a gzip bomb is refused as soon as it expands past 20 MiB. */
    @Test
    void aGzipBombIsRefusedSayingTheLimit() throws IOException {
        Path bomb = tmp.resolve("report.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 100; i++) { // 100 MiB of zeros, about 100 KiB on disk
                out.write(zeros);
            }
        }
        assertTrue(Files.size(bomb) < 200 * 1024, "a small file");
        ImportSummary s = importPaths(bomb);
        assertEquals(bomb + ": expands past 20 MiB (a gzip bomb?); not read", onlyProblem(s));
        assertEquals(0, s.added());
    }

    @Test
    void exactlyTwentyMebibytesIsStillReadThenJudgedAsJson() throws IOException {
        byte[] json = new byte[20 * 1024 * 1024];
        Arrays.fill(json, (byte) ' ');
        byte[] report = utf8(Samples.report("big", "r", "example.com", Instant.parse("2024-09-01T00:00:00Z"), 1, 0));
        System.arraycopy(report, 0, json, 0, report.length);
        ImportSummary s = importPaths(write("big.json.gz", Samples.gzip(json)));
        assertEquals(1, s.added(), s.problems()::toString);
    }

    @Test
    void aTruncatedGzipFileIsAClearMessage() throws IOException {
        byte[] gz = Samples.bytes(Samples.GOOGLE_GZ);
        Path cut = write("cut.json.gz", Arrays.copyOf(gz, gz.length / 2));
        assertEquals(cut + ": the gzip data ends early (a truncated file?); not read", onlyProblem(importPaths(cut)));
    }

    @Test
    void aDamagedGzipFileIsAClearMessage() throws IOException {
        byte[] gz = Samples.bytes(Samples.GOOGLE_GZ).clone();
        for (int i = 12; i < 40; i++) {
            gz[i] = (byte) 0xff;
        }
        Path bad = write("bad.gz", gz);
        assertTrue(onlyProblem(importPaths(bad)).startsWith(bad + ": damaged gzip data ("));
    }

    @Test
    void aGzNameOverSomethingElseIsAClearMessage() throws IOException {
        Path f = write("x.json.gz", utf8("PK\u0003\u0004 a zip file"));
        assertEquals(
                f + ": not gzip data (it does not start with the gzip signature); not read",
                onlyProblem(importPaths(f)));
        Path plain = write("plain.json.gz", Samples.json(Samples.MICROSOFT_JSON));
        assertEquals(1, importPaths(plain).added(), "plain JSON under a .gz name is still read");
    }

    @Test
    void notJsonAndWrongTypesAreClearMessages() throws IOException {
        Path html = write("a.json", utf8("<html>error</html>"));
        assertEquals(html + ": not JSON (line 1, column 1); not read", onlyProblem(importPaths(html)));
        Path types = write("b.json", utf8("{\"organization-name\":1,\"report-id\":[],\"policies\":{}}"));
        assertEquals(
                types + ": not a usable TLS report: report-id is an array, not a string; not read",
                onlyProblem(importPaths(types)));
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws IOException {
        Path dir = tmp.resolve("mixed");
        Files.createDirectories(dir);
        Files.write(dir.resolve("1.json"), utf8("nope"));
        Files.write(dir.resolve("2.json.gz"), Samples.bytes(Samples.GOOGLE_GZ));
        Files.write(dir.resolve("3.json.gz"), new byte[] {0x1f, (byte) 0x8b, 8});
        Files.write(dir.resolve("4.json"), Samples.json(Samples.TLSA_JSON));
        ImportSummary s = importPaths(dir);
        assertEquals("added 2, duplicates 0, problems 2", s.totals());
    }

    @Test
    void aMessageOver15MebibytesIsRefusedSayingTheLimit() throws IOException {
        byte[] eml = Samples.bytes(Samples.MICROSOFT_EML);
        byte[] big = Arrays.copyOf(eml, 15 * 1024 * 1024 + 1);
        Arrays.fill(big, eml.length, big.length, (byte) 'a');
        Path f = write("big.eml", big);
        assertEquals(f + ": larger than 15 MiB (the limit for one message); not read", onlyProblem(importPaths(f)));
    }

    @Test
    void aNamedMessageWithoutReportIsAProblemButInAFolderItIsSkipped() throws IOException {
        byte[] mail = utf8("From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n");
        Path named = write("hello.eml", mail);
        assertEquals(
                named
                        + ": carries no TLS report (no application/tlsrpt+gzip or application/tlsrpt+json part); not read",
                onlyProblem(importPaths(named)));
        Path dir = tmp.resolve("mail");
        Files.createDirectories(dir);
        Files.write(dir.resolve("hello.eml"), mail);
        assertEquals(
                "added 0, duplicates 0, problems 0, skipped 1 (not reports)",
                importPaths(dir).totals());
    }

    @Test
    void aNamedFileOfAnotherKindIsAProblem() throws IOException {
        Path f = write("notes.txt", utf8("just notes"));
        assertEquals(
                f + ": not a TLS report (expected .json, .json.gz, .gz, .eml, .mbox, a Maildir folder, or a folder"
                        + " holding them); not read",
                onlyProblem(importPaths(f)));
        Path missing = tmp.resolve("missing.json");
        assertEquals(missing + ": does not exist", onlyProblem(importPaths(missing)));
    }

    /** Maildir: messages in cur/ and new/ (names without extension, found by content); tmp/ is not read. */
    @Test
    void aMaildirFolder() throws IOException {
        Path md = tmp.resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp", ".Reports/cur", ".Reports/new", ".Reports/tmp")) {
            Files.createDirectories(md.resolve(sub));
        }
        Files.write(md.resolve("new/1725430321.M1P1.host"), Samples.bytes(Samples.MICROSOFT_EML));
        Files.write(md.resolve(".Reports/cur/1725430322.M2P1.host:2,S"), Samples.bytes(Samples.GOOGLE_EML));
        Files.write(md.resolve("tmp/1725430323.M3P1.host"), utf8("From: half-delivered"));
        Files.write(md.resolve("cur/1725430324.M4P1.host:2,S"), utf8("From: a@example.com\nSubject: hi\n\nhello\n"));
        Files.write(md.resolve("dovecot-uidlist"), utf8("3 V1725430321 N5\n"));
        Files.write(md.resolve(".Reports/maildirfolder"), new byte[0]);
        ImportSummary s = importPaths(md);
        assertEquals("added 2, duplicates 0, problems 0, skipped 3 (not reports)", s.totals(), s.problems()::toString);
    }

    @Test
    void theMboxSampleStreamsItsMessages() {
        List<String> reading = new ArrayList<>();
        ImportSummary s = importer.importPaths(
                List.of(Samples.path(Samples.MBOX)),
                store,
                new ImportListener() {
                    @Override
                    public void reading(String source, int index, int total) {
                        reading.add(source.substring(source.lastIndexOf('/') + 1) + " " + index + "/" + total);
                    }
                },
                () -> false);
        assertEquals("added 2, duplicates 0, problems 0, skipped 1 (not reports)", s.totals());
        assertEquals(
                List.of(
                        "reports.mbox 1/1",
                        "reports.mbox, message 1 1/-1",
                        "reports.mbox, message 2 2/-1",
                        "reports.mbox, message 3 3/-1"),
                reading);
    }

    @Test
    void aMessageWithTwoReportsNamesEachByItsFileName() throws IOException {
        String boundary = "zz";
        String gz = Base64.getMimeEncoder().encodeToString(Samples.bytes(Samples.GOOGLE_GZ));
        String eml = "From: r@example.net\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=tlsrpt;"
                + " boundary=" + boundary + "\r\n\r\n--zz\r\nContent-Type: application/tlsrpt+gzip\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=a.json.gz\r\n\r\n"
                + gz + "\r\n--zz\r\nContent-Type: application/octet-stream; name=b.json\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n{\"broken\": true}\r\n--zz--\r\n";
        Path f = write("two.eml", utf8(eml));
        ImportSummary s = importPaths(f);
        assertEquals(1, s.added());
        assertEquals(f + ", b.json: not a usable TLS report: organization-name is missing; not read", onlyProblem(s));
    }

    @Test
    void aForwardedReportInsideAMessageIsFound() throws IOException {
        String inner = new String(Samples.bytes(Samples.GOOGLE_EML), StandardCharsets.UTF_8);
        String eml = "From: me@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=fw\r\n\r\n"
                + "--fw\r\nContent-Type: text/plain\r\n\r\nFYI\r\n--fw\r\nContent-Type: message/rfc822\r\n\r\n" + inner
                + "\r\n--fw--\r\n";
        assertEquals(1, importPaths(write("fwd.eml", utf8(eml))).added());
    }

    @Test
    void cancellingStopsBetweenInputsAndSaysSo() throws IOException {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        for (int i = 0; i < 5; i++) {
            Files.write(
                    dir.resolve("r" + i + ".json"),
                    utf8(Samples.report("org", "r" + i, "example.com", Instant.parse("2024-09-01T00:00:00Z"), 1, 0)));
        }
        AtomicInteger reads = new AtomicInteger();
        ImportSummary s = importer.importPaths(
                List.of(dir),
                store,
                new ImportListener() {
                    @Override
                    public void reading(String source, int index, int total) {
                        reads.incrementAndGet();
                    }
                },
                () -> reads.get() >= 2);
        assertTrue(s.cancelled());
        assertEquals(2, s.added());
        assertEquals("added 2, duplicates 0, problems 0, cancelled", s.totals());
        assertFalse(importPaths(dir).cancelled());
    }
}
