package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.fixtures.ImapFixture;

/**
 * The IMAP import against a real IMAP server on loopback ({@link ImapFixture}: IMAPS with a
 * certificate for "localhost" from a test CA, and plain IMAP without STARTTLS), trusted the way a
 * user trusts a private CA: through the CA file.
 */
class ImapImportTest {
    private static final String USER = ImapFixture.USER;
    private static final char[] PASSWORD = ImapFixture.PASSWORD.toCharArray();

    private final ImapFixture imap = ImapFixture.get();
    private final Path caFile = imap.caFile();

    @TempDir
    Path tmp;

    private ReportStore store;
    private final ReportImporter importer = new ReportImporter();

    @BeforeEach
    void setUp() {
        imap.reset()
                .deliver(Samples.bytes(Samples.MICROSOFT_EML))
                .deliver("From: alice@example.com\r\nSubject: lunch\r\n\r\nnoon?\r\n"
                        .getBytes(StandardCharsets.US_ASCII))
                .deliver(Samples.bytes(Samples.GOOGLE_EML));
        store = ReportStore.open(tmp.resolve("data"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private int imapsPort() {
        return imap.imapsPort();
    }

    private ImportSummary run(String url, Path ca, char[] password) {
        return importer.importImap(ImapSource.parse(url, ca), password, store, ImportListener.NONE, () -> false);
    }

    private static String onlyProblem(ImportSummary s) {
        assertEquals(1, s.problems().size(), s.problems()::toString);
        return s.problems().get(0).text();
    }

    @Test
    void importsTheReportsOfAFolderOverImapsAndSkipsOtherMail() {
        List<String> reading = new ArrayList<>();
        String url = imap.imapsUrl();
        ImportSummary s = importer.importImap(
                ImapSource.parse(url, caFile),
                PASSWORD,
                store,
                new ImportListener() {
                    @Override
                    public void reading(String source, int index, int total) {
                        reading.add(index + "/" + total);
                    }
                },
                () -> false);
        assertEquals("added 2, duplicates 0, problems 0, skipped 1 (not reports)", s.totals(), s.problems()::toString);
        assertEquals(List.of("1/3", "2/3", "3/3"), reading);
        assertEquals(List.of("example.com"), store.policyDomains());
        assertEquals(
                "added 0, duplicates 2, problems 0, skipped 1 (not reports)",
                run(url, caFile, PASSWORD).totals(),
                "read-only: the same messages again");
        assertEquals(3, imap.messageCount());
    }

    @Test
    void aMessageOver15MebibytesIsRefusedByItsSizeAlone() throws Exception {
        byte[] big = ("From: big@example.com\r\nSubject: big\r\n\r\n" + "y".repeat(76) + "\r\n")
                .repeat(200_000)
                .getBytes(StandardCharsets.US_ASCII);
        imap.deliver(big);
        ImportSummary s = run("imaps://" + USER + "@localhost:" + imapsPort() + "/INBOX", caFile, PASSWORD);
        assertEquals(2, s.added());
        assertEquals(
                "imaps://" + USER + "@localhost:" + imapsPort()
                        + "/INBOX, message 4: larger than 15 MiB (the limit for one message); not read",
                onlyProblem(s));
    }

    @Test
    void aWrongPasswordIsAClearMessage() {
        String url = "imaps://" + USER + "@localhost:" + imapsPort() + "/INBOX";
        String p = onlyProblem(run(url, caFile, "wrong".toCharArray()));
        assertTrue(p.startsWith(url + ": the server refused the user name or password"), p);
    }

    @Test
    void aServerCertificateFromAnUnknownCaIsRefused() {
        String url = "imaps://" + USER + "@localhost:" + imapsPort() + "/INBOX";
        String p = onlyProblem(run(url, null, PASSWORD));
        assertTrue(
                p.startsWith(url + ": the TLS connection to localhost:" + imapsPort()
                        + " failed: the server's certificate is not trusted or does not name localhost"),
                p);
        assertTrue(p.endsWith("a private CA can be added with --ca-file"), p);
    }

    @Test
    void aCertificateForAnotherNameIsRefused() {
        String url = "imaps://" + USER + "@127.0.0.1:" + imapsPort() + "/INBOX";
        String p = onlyProblem(run(url, caFile, PASSWORD));
        assertTrue(p.contains("does not name 127.0.0.1"), p);
        assertEquals(0, store.count());
    }

    @Test
    void aMissingFolderIsAClearMessage() {
        String url = "imaps://" + USER + "@localhost:" + imapsPort() + "/Reports";
        assertEquals(url + ": there is no folder \"Reports\" on localhost", onlyProblem(run(url, caFile, PASSWORD)));
    }

    /** imap:// means STARTTLS required: a server without it never sees the password. */
    @Test
    void withoutStarttlsThePasswordIsNeverSent() {
        int port = imap.imapPort();
        String url = "imap://" + USER + "@localhost:" + port + "/INBOX";
        assertEquals(
                url + ": localhost:" + port + " does not offer STARTTLS, and the password is never sent without TLS",
                onlyProblem(run(url, caFile, PASSWORD)));
    }

    @Test
    void aClosedPortIsAClearMessage() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "imaps://" + USER + "@localhost:" + port + "/INBOX";
        String p = onlyProblem(run(url, caFile, PASSWORD));
        assertTrue(p.startsWith(url + ": cannot connect to localhost:" + port + " ("), p);
    }

    @Test
    void aBadCaFileIsAClearMessage() {
        String url = "imaps://" + USER + "@localhost:" + imapsPort() + "/INBOX";
        Path missing = tmp.resolve("missing.pem");
        assertEquals(url + ": CA file " + missing + " does not exist", onlyProblem(run(url, missing, PASSWORD)));
    }
}
