package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB mbox is streamed: the import runs in a child JVM with a 64 MiB heap, where loading the
 * file whole could not even start. Among a hundred 1 MiB messages of other mail sit the two sample
 * reports and one 16 MiB message, which is refused by the 15 MiB limit while the rest is read.
 */
class BigMboxTest {
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void a100MbMboxIsStreamedInBoundedMemory() throws Exception {
        Path mbox = tmp.resolve("big.mbox");
        writeMbox(mbox);
        assertTrue(Files.size(mbox) >= 100L * 1000 * 1000, "size " + Files.size(mbox));
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        mbox.toString(),
                        tmp.resolve("data").toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), out);
        assertEquals(
                mbox + ", message 51: larger than 15 MiB (the limit for one message); not read\n"
                        + "added 2, duplicates 0, problems 1, skipped 100 (not reports)\n",
                out);
    }

    private static void writeMbox(Path file) throws IOException {
        byte[] line = ("x".repeat(1023) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 1; i <= 103; i++) {
                out.write(("From sender" + i + "@example.com Wed Sep  4 09:00:00 2024\n")
                        .getBytes(StandardCharsets.US_ASCII));
                if (i == 10 || i == 90) {
                    String eml = new String(
                            Samples.bytes(i == 10 ? Samples.MICROSOFT_EML : Samples.GOOGLE_EML),
                            StandardCharsets.US_ASCII);
                    out.write(eml.replace("\r\n", "\n").getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(("From: sender" + i + "@example.com\nSubject: other mail " + i + "\n\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    int lines = i == 51 ? 16 * 1024 : 1024; // message 51: 16 MiB
                    for (int l = 0; l < lines; l++) {
                        out.write(line);
                    }
                }
                out.write('\n');
            }
        }
    }

    /** The import in the small-heap JVM: prints the problems and the totals. */
    public static final class Child {
        public static void main(String[] args) {
            try (ReportStore store = ReportStore.open(Path.of(args[1]))) {
                ImportSummary s = new ReportImporter()
                        .importPaths(List.of(Path.of(args[0])), store, ImportListener.NONE, () -> false);
                s.problems().forEach(p -> System.out.println(p.text()));
                System.out.println(s.totals());
            }
            if (Runtime.getRuntime().maxMemory() > 64L * MIB) {
                System.out.println("heap not bounded: " + Runtime.getRuntime().maxMemory());
            }
        }
    }
}
