package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

class ReportStoreTest {
    @TempDir
    Path dir;

    private static TlsReport sample(String name) {
        return ReportReaderTest.read(Samples.json(name));
    }

    @Test
    void addsDeduplicatesByOrganisationAndReportIdAndKeepsAcrossReopening() {
        TlsReport google = sample(Samples.GOOGLE_GZ);
        TlsReport microsoft = sample(Samples.MICROSOFT_JSON);
        TlsReport tlsa = sample(Samples.TLSA_JSON);
        try (ReportStore store = ReportStore.open(dir)) {
            assertEquals(AddOutcome.ADDED, store.add(google, Samples.bytes(Samples.GOOGLE_GZ), Samples.GOOGLE_GZ));
            assertEquals(AddOutcome.ADDED, store.add(microsoft, Samples.bytes(Samples.MICROSOFT_JSON), "m.json"));
            assertEquals(AddOutcome.ADDED, store.add(tlsa, Samples.bytes(Samples.TLSA_JSON), "t.json"));
            assertEquals(AddOutcome.DUPLICATE, store.add(google, new byte[] {1}, "again.eml"));
            assertEquals(3, store.count());
        }
        assertTrue(Files.exists(dir.resolve(ReportStore.FILE_NAME)));
        try (ReportStore store = ReportStore.open(dir)) {
            assertEquals(3, store.count());
            assertEquals(List.of("example.com", "example.org"), store.policyDomains());
            assertEquals(List.of(tlsa, google, microsoft), store.reports(null, null), "oldest first, then by org");
            assertEquals(List.of(google, microsoft), store.reports("Example.COM.", null));
            assertEquals(List.of(tlsa), store.reports("example.org", null));
            assertEquals(List.of(), store.reports("example.net", null));
            ReportStore.Original original = store.original(google.key()).orElseThrow();
            assertArrayEquals(Samples.bytes(Samples.GOOGLE_GZ), original.bytes(), "the first arrival's bytes");
            assertEquals(Samples.GOOGLE_GZ, original.source());
            assertTrue(store.contains(microsoft.key()));
        }
    }

    @Test
    void theSameReportIdFromAnotherOrganisationIsAnotherReport() {
        try (ReportStore store = ReportStore.open(dir)) {
            TlsReport a = ReportReaderTest.read(
                    Samples.report("a.example", "same", "example.com", Instant.parse("2024-09-01T00:00:00Z"), 1, 0));
            TlsReport b = ReportReaderTest.read(
                    Samples.report("b.example", "same", "example.com", Instant.parse("2024-09-01T00:00:00Z"), 1, 0));
            assertEquals(AddOutcome.ADDED, store.add(a, new byte[0], "a"));
            assertEquals(AddOutcome.ADDED, store.add(b, new byte[0], "b"));
            assertEquals(2, store.count());
        }
    }

    @Test
    void sinceKeepsReportsEndingOnOrAfterIt() {
        try (ReportStore store = ReportStore.open(dir)) {
            Instant day1 = Instant.parse("2024-09-01T00:00:00Z");
            for (int i = 0; i < 10; i++) {
                TlsReport r = ReportReaderTest.read(
                        Samples.report("org", "r" + i, "example.com", day1.plusSeconds(86400L * i), i, 0));
                store.add(r, new byte[0], "r" + i);
            }
            List<TlsReport> recent = store.reports("example.com", Instant.parse("2024-09-08T00:00:00Z"));
            assertEquals(
                    List.of("r7", "r8", "r9"),
                    recent.stream().map(TlsReport::reportId).toList());
            assertEquals(
                    3,
                    store.reports(null, Instant.parse("2024-09-08T00:00:00Z")).size());
        }
    }

    @Test
    void forgetAllEmptiesTheStore() {
        try (ReportStore store = ReportStore.open(dir)) {
            store.add(sample(Samples.GOOGLE_GZ), new byte[0], "g");
            store.forgetAll();
            assertEquals(0, store.count());
            assertEquals(List.of(), store.policyDomains());
            assertEquals(
                    AddOutcome.ADDED, store.add(sample(Samples.GOOGLE_GZ), new byte[0], "g"), "and takes it again");
        }
    }

    @Test
    void aSecondOpenOfTheSameStoreIsAClearMessage() throws Exception {
        // H2 locks the file per process; within one process a second open shares the database, so
        // the lock is tested across processes: a child JVM holds the store open while this one tries.
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            String ready = new String(holder.getInputStream().readNBytes(6));
            assertEquals("ready\n", ready);
            ReportStoreException e = assertThrows(ReportStoreException.class, () -> ReportStore.open(dir));
            assertEquals(
                    "the report store in " + dir.toAbsolutePath()
                            + " is in use by another running copy of MTA-STS Wizard; close it and try again",
                    e.getMessage());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        ReportStoreException e = assertThrows(ReportStoreException.class, () -> ReportStore.open(file.resolve("sub")));
        assertTrue(
                e.getMessage().startsWith("the data folder " + file.resolve("sub") + " cannot be created"),
                e.getMessage());
    }

    /** Holds a store open in a child process until it is killed. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (ReportStore store = ReportStore.open(Path.of(args[0]))) {
                System.out.print("ready\n");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
