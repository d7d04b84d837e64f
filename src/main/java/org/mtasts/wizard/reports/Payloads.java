package org.mtasts.wizard.reports;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A report as it arrives (RFC 8460 §5.3: JSON, or gzip-compressed JSON) into its JSON, decompressed
 * within {@link Limits#MAX_REPORT_BYTES}.
 */
final class Payloads {
    private Payloads() {}

    /** The JSON, or why there is none. */
    sealed interface Decoded {}

    record Json(byte[] json) implements Decoded {}

    record Refused(String detail) implements Decoded {}

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /**
     * The JSON of {@code payload}: decompressed when it starts with the gzip signature; refused when
     * the name or type promised gzip and it is neither gzip nor JSON-looking text.
     */
    static Decoded decode(byte[] payload, boolean saidGzip) {
        if (isGzip(payload)) {
            return gunzip(payload);
        }
        if (saidGzip && !looksLikeJson(payload)) {
            return new Refused("not gzip data (it does not start with the gzip signature); not read");
        }
        return new Json(payload);
    }

    private static Decoded gunzip(byte[] payload) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(payload), 64 * 1024)) {
            byte[] json = Limits.readAtMost(in, Limits.MAX_REPORT_BYTES);
            if (json == null) {
                return new Refused("expands past " + Limits.REPORT_LIMIT + " (a gzip bomb?); not read");
            }
            return new Json(json);
        } catch (EOFException e) {
            return new Refused("the gzip data ends early (a truncated file?); not read");
        } catch (ZipException e) {
            return new Refused("damaged gzip data (" + e.getMessage() + "); not read");
        } catch (IOException e) {
            return new Refused("the gzip data cannot be read (" + e.getMessage() + "); not read");
        }
    }

    /** Whether the first non-blank byte (after a UTF-8 byte order mark) opens a JSON object. */
    static boolean looksLikeJson(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < b.length && i < 4096 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i < b.length && b[i] == '{';
    }
}
