package org.mtasts.wizard.reports;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The TLS reports a mail message carries (RFC 8460 §5.3: a {@code multipart/report} with
 * {@code report-type=tlsrpt} and an {@code application/tlsrpt+gzip} or {@code application/tlsrpt+json}
 * part). Parsing is Jakarta Mail's (Eclipse Angus): folded headers, base64 and quoted-printable,
 * RFC 2231 file names. Also accepted: a report attached under a generic type
 * ({@code application/gzip}, {@code application/octet-stream}, {@code application/json}) whose file
 * name ends in {@code .json}, {@code .json.gz} or {@code .gz}, and a report inside a forwarded message.
 */
final class MailReports {
    private static final int MAX_DEPTH = 8;
    /** Parsing without a mail server: the session only carries the parser's settings. */
    private static final Session SESSION = Session.getInstance(parserSettings());

    private MailReports() {}

    private static Properties parserSettings() {
        Properties p = new Properties();
        // Lenient like a mail reader: damaged base64 and odd headers still yield what can be read.
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.decodefilename", "true");
        return p;
    }

    /** One report part: its file name (may be null), its bytes as sent (after transfer decoding), or why not. */
    record Attachment(String fileName, byte[] bytes, boolean saidGzip, String problem) {}

    /** Parses a whole message held in memory (at most {@link Limits#MAX_MESSAGE_BYTES}). */
    static MimeMessage parse(byte[] message) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(message));
    }

    /**
     * The report parts of {@code message}, in order; empty when it carries none.
     *
     * @throws MessagingException when the message's structure cannot be read
     */
    static List<Attachment> reports(Part message) throws MessagingException, IOException {
        List<Attachment> out = new ArrayList<>();
        walk(message, out, 0);
        return out;
    }

    private static void walk(Part part, List<Attachment> out, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        ContentType type = contentType(part);
        String base = type == null ? "text/plain" : type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart mp) {
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart bp = mp.getBodyPart(i);
                    walk(bp, out, depth + 1);
                }
            }
        } else if (base.equals("message/rfc822")) {
            Object content = part.getContent();
            if (content instanceof Part inner) {
                walk(inner, out, depth + 1);
            }
        } else {
            String name = fileName(part);
            Kind kind = kind(base, name);
            if (kind != Kind.NONE) {
                out.add(read(part, name, kind == Kind.GZIP));
            }
        }
    }

    private enum Kind {
        JSON,
        GZIP,
        NONE
    }

    private static Kind kind(String base, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        switch (base) {
            case "application/tlsrpt+gzip":
                return Kind.GZIP;
            case "application/tlsrpt+json":
                return Kind.JSON;
            case "application/gzip", "application/x-gzip", "application/octet-stream", "application/json":
                if (n.endsWith(".gz") || n.endsWith(".gzip")) {
                    return Kind.GZIP;
                }
                return n.endsWith(".json") ? Kind.JSON : Kind.NONE;
            default:
                return Kind.NONE;
        }
    }

    private static Attachment read(Part part, String name, boolean gzip) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = Limits.readAtMost(in, Limits.MAX_REPORT_BYTES);
            if (bytes == null) {
                return new Attachment(
                        name, null, gzip, "the report part is larger than " + Limits.REPORT_LIMIT + "; not read");
            }
            return new Attachment(name, bytes, gzip, null);
        } catch (IOException e) {
            return new Attachment(
                    name, null, gzip, "the report part cannot be decoded (" + e.getMessage() + "); not read");
        }
    }

    private static ContentType contentType(Part part) {
        try {
            String ct = part.getContentType();
            return ct == null ? null : new ContentType(ct);
        } catch (MessagingException e) {
            return null; // an unreadable Content-Type is text/plain (RFC 2045 §5.2)
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            return null;
        }
    }
}
