package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MboxReaderTest {

    private static List<String> messages(String mbox, int limit, int chunk) throws IOException {
        // A stream that hands out at most `chunk` bytes per read, to cross the buffer at every place.
        InputStream in = new ByteArrayInputStream(mbox.getBytes(StandardCharsets.ISO_8859_1)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        List<String> out = new ArrayList<>();
        try (MboxReader r = new MboxReader(in, limit)) {
            MboxReader.Message m;
            while ((m = r.next()) != null) {
                out.add(m.number() + ":"
                        + (m.bytes() == null
                                ? "TOO LARGE " + m.size()
                                : new String(m.bytes(), StandardCharsets.ISO_8859_1)));
            }
        }
        return out;
    }

    @Test
    void splitsOnFromLinesAfterABlankLineAndUndoesTheMboxrdEscape() throws IOException {
        String mbox = "From a@example.com Wed Sep  4 09:00:00 2024\n"
                + "Subject: one\n\nbody\n>From the office\n>>From x\nFrom inside a paragraph stays\n\n"
                + "From b@example.com Wed Sep  4 10:00:00 2024\r\n"
                + "Subject: two\r\n\r\nsecond\r\n";
        for (int chunk : new int[] {1, 3, 7, 100_000}) {
            assertEquals(
                    List.of(
                            "1:Subject: one\n\nbody\nFrom the office\n>From x\nFrom inside a paragraph stays\n\n",
                            "2:Subject: two\r\n\r\nsecond\r\n"),
                    messages(mbox, 1000, chunk),
                    "chunk " + chunk);
        }
    }

    @Test
    void aMessageOverTheLimitIsDroppedAndTheNextOnesStillRead() throws IOException {
        String big = "x".repeat(300) + "\n";
        String mbox = "From a\nSubject: small\n\n1\n\nFrom b\nSubject: big\n\n" + big.repeat(10)
                + "\nFrom c\nSubject: after\n\n3\n";
        List<String> m = messages(mbox, 1000, 64);
        assertEquals("1:Subject: small\n\n1\n\n", m.get(0));
        assertEquals("2:TOO LARGE " + ("Subject: big\n\n".length() + big.length() * 10 + 1), m.get(1));
        assertEquals("3:Subject: after\n\n3\n", m.get(2));
    }

    @Test
    void aFileWithoutSeparatorIsOneMessageAndAnEmptyOneNone() throws IOException {
        assertEquals(List.of("1:Subject: x\n\nbody"), messages("Subject: x\n\nbody", 1000, 5));
        assertEquals(List.of(), messages("", 1000, 5));
    }

    @Test
    void aLongLineWithoutNewlineIsBounded() throws IOException {
        String mbox = "From a\n" + "y".repeat(1_000_000);
        List<String> m = messages(mbox, 10_000, 100_000);
        assertEquals(List.of("1:TOO LARGE 1000000"), m);
        try (MboxReader r = new MboxReader(new ByteArrayInputStream(new byte[0]), 10)) {
            assertNull(r.next());
        }
    }
}
