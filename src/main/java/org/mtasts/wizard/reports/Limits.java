package org.mtasts.wizard.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bounds every source is read within, so a hostile or broken input costs at most this much
 * memory: a report's JSON (also after decompression, against gzip bombs) and one mail message.
 */
final class Limits {
    /** The most a report's JSON may take once decompressed (real reports are kilobytes). */
    static final int MAX_REPORT_BYTES = 20 * 1024 * 1024;
    /** The most one mail message may take (reports travel as small attachments). */
    static final int MAX_MESSAGE_BYTES = 15 * 1024 * 1024;

    static final String REPORT_LIMIT = "20 MiB";
    static final String MESSAGE_LIMIT = "15 MiB";

    private Limits() {}

    /** All of {@code in}, or null as soon as it holds more than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] buf = new byte[Math.min(limit + 1, 64 * 1024)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n > limit) {
                    return null;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) limit + 1, buf.length * 2L));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return n > limit ? null : Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }
}
