package org.mtasts.wizard.reports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Streams an mbox file message by message, never holding more than one message (at most
 * {@link Limits#MAX_MESSAGE_BYTES}) and a read buffer: a mailbox of any size is read in bounded
 * memory. A message starts at a "From " line at the start of the file or after a blank line (the
 * separator of mboxo, mboxrd and mboxcl, RFC 4155); the mboxrd escape ({@code >From } for a body line
 * {@code From }) is undone, one {@code >} per line.
 */
final class MboxReader implements Closeable {
    private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};
    private static final int BUFFER = 256 * 1024;
    private static final int MAX_QUOTES = 64;

    /** One message: its 1-based number, and its bytes, or null when it was larger than the limit. */
    record Message(int number, byte[] bytes, long size) {}

    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    private boolean lastLineBlank = true;
    private boolean atStart = true;
    private int number;

    MboxReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next message, or null at the end of the file. */
    Message next() throws IOException {
        if (atStart) {
            atStart = false;
            if (!fill(1)) {
                return null;
            }
            if (!startsWith(FROM, 0)) {
                // Not an mbox separator first: the whole file is taken as one message.
                return readMessage();
            }
        }
        while (true) {
            if (!fill(1)) {
                return null;
            }
            if (startsWith(FROM, 0)) {
                skipLine();
                lastLineBlank = false;
                return readMessage();
            }
            // Text before the first separator (or after a failed boundary) belongs to no message.
            skipLine();
        }
    }

    /** Reads lines up to the next separator. */
    private Message readMessage() throws IOException {
        number++;
        Body body = new Body(limit);
        long size = 0;
        while (fill(1)) {
            if (lastLineBlank && startsWith(FROM, 0)) {
                break;
            }
            unquoteFromLine();
            lastLineBlank = copyLine(body);
            size += copied;
            copied = 0;
        }
        return new Message(number, body.bytes(), size);
    }

    /**
     * A message's bytes, up to {@code limit}: past it the bytes are dropped (and the memory freed)
     * while the rest of the message is skipped, so one message never takes more than the limit.
     */
    private static final class Body {
        private final int limit;
        private byte[] data = new byte[8192];
        private int count;
        private boolean overflowed;

        Body(int limit) {
            this.limit = limit;
        }

        void write(byte[] b, int off, int len) {
            if (overflowed) {
                return;
            }
            if ((long) count + len > limit) {
                overflowed = true;
                data = null;
                return;
            }
            if (count + len > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(limit, Math.max((long) count + len, data.length * 2L)));
            }
            System.arraycopy(b, off, data, count, len);
            count += len;
        }

        /** The bytes, or null when the message passed the limit. */
        byte[] bytes() {
            return overflowed ? null : Arrays.copyOf(data, count);
        }
    }

    /** Bytes {@link #copyLine} passed since it was last reset. */
    private long copied;

    /** mboxrd: a line of one or more '>' followed by "From " loses one '>'. */
    private void unquoteFromLine() throws IOException {
        if (!fill(1) || buf[pos] != '>') {
            return;
        }
        fill(MAX_QUOTES + FROM.length);
        int q = 0;
        while (pos + q < end && q < MAX_QUOTES && buf[pos + q] == '>') {
            q++;
        }
        if (startsWith(FROM, q)) {
            pos++;
        }
    }

    /**
     * Copies one line with its end into {@code sink} (null: drop it); whether it was blank. Long
     * lines are copied in buffer-sized pieces.
     */
    private boolean copyLine(Body sink) throws IOException {
        boolean blank = true;
        while (fill(1)) {
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl + 1;
            for (int i = pos; i < stop && blank; i++) {
                if (buf[i] != '\r' && buf[i] != '\n') {
                    blank = false;
                }
            }
            if (sink != null) {
                sink.write(buf, pos, stop - pos);
            }
            copied += stop - pos;
            pos = stop;
            if (nl >= 0) {
                return blank;
            }
        }
        return blank;
    }

    private void skipLine() throws IOException {
        copyLine(null);
        copied = 0;
    }

    private boolean startsWith(byte[] prefix, int offset) throws IOException {
        fill(offset + prefix.length);
        if (end - pos < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buf[pos + offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Tries to have at least {@code n} bytes buffered; whether at least one is. */
    private boolean fill(int n) throws IOException {
        if (end - pos >= n || eof) {
            return end > pos;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        while (end < n && !eof) {
            int r = in.read(buf, end, buf.length - end);
            if (r < 0) {
                eof = true;
            } else {
                end += r;
            }
        }
        return end > pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
