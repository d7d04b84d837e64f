package org.mtasts.wizard.reports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An IMAP mailbox to import reports from. No password: it is given per import and never kept.
 *
 * @param host     the server
 * @param port     its port (993 for TLS, 143 for STARTTLS by default)
 * @param security how the connection is protected; there is no plain-text mode, as the password
 *                 would cross the network readable
 * @param user     the login name (often the mail address)
 * @param folder   the folder holding the reports ("INBOX" by default)
 * @param caFile   a PEM file of extra CA certificates trusted besides the system's, or null
 */
public record ImapSource(String host, int port, Security security, String user, String folder, Path caFile) {

    /** TLS from the first byte (imaps, port 993) or STARTTLS required (imap, port 143). */
    public enum Security {
        TLS(993, "imaps"),
        STARTTLS(143, "imap");

        private final int defaultPort;
        private final String scheme;

        Security(int defaultPort, String scheme) {
            this.defaultPort = defaultPort;
            this.scheme = scheme;
        }

        public int defaultPort() {
            return defaultPort;
        }

        public String scheme() {
            return scheme;
        }
    }

    public ImapSource {
        Objects.requireNonNull(security, "security");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the IMAP server name is missing");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the IMAP user name is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the IMAP port must be 1 to 65535");
        }
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    }

    /** "imaps://user@host:port/FOLDER", for messages (never with a password). */
    public String display() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return security.scheme() + "://" + user + "@" + h + (port == security.defaultPort() ? "" : ":" + port) + "/"
                + folder;
    }

    @Override
    public String toString() {
        return display();
    }

    /**
     * Reads {@code imaps://user@host[:port]/FOLDER} (TLS) or {@code imap://...} (STARTTLS required),
     * RFC 5092's form without its extensions. The user may be a mail address ({@code @} or
     * {@code %40}); percent escapes are decoded.
     *
     * @throws IllegalArgumentException with a sentence for the user when the URL is not usable
     */
    public static ImapSource parse(String url, Path caFile) {
        String u = url == null ? "" : url.trim();
        int colon = u.indexOf("://");
        String scheme = colon < 0 ? "" : u.substring(0, colon).toLowerCase(Locale.ROOT);
        Security security = switch (scheme) {
            case "imaps" -> Security.TLS;
            case "imap" -> Security.STARTTLS;
            default ->
                throw new IllegalArgumentException("'" + url
                        + "' is not an IMAP URL; write imaps://user@host/INBOX (TLS) or imap://user@host/INBOX"
                        + " (STARTTLS)");
        };
        String rest = u.substring(colon + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String folder = slash < 0 ? "" : decode(rest.substring(slash + 1).replaceFirst(";.*$", ""));
        int at = authority.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("'" + url + "' names no user; write " + scheme + "://user@host/INBOX");
        }
        String userInfo = authority.substring(0, at);
        if (userInfo.contains(":")) {
            throw new IllegalArgumentException("put the IMAP password in a file (--password-file) or the environment"
                    + " variable MTA_STS_IMAP_PASSWORD, never in the URL");
        }
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        int port = security.defaultPort();
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf("]:") + 1 : hostPort.lastIndexOf(':');
        if (portColon > 0) {
            host = hostPort.substring(0, portColon);
            String p = hostPort.substring(portColon + 1);
            if (!p.matches("\\d{1,5}")) {
                throw new IllegalArgumentException("'" + p + "' is not a port number");
            }
            port = Integer.parseInt(p);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ImapSource(host, port, security, decode(userInfo), folder, caFile);
    }

    private static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
