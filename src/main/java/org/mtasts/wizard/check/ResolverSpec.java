package org.mtasts.wizard.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which DNS resolver a check asks: the system's, a server at {@code host[:port]}, or a
 * DNS-over-HTTPS endpoint. One setting governs every lookup of a run, including the host names the
 * policy fetch connects to.
 */
public sealed interface ResolverSpec {

    /** The resolvers the operating system is configured with ({@code /etc/resolv.conf} on Linux). */
    record System() implements ResolverSpec {
        @Override
        public String toString() {
            return "system resolver";
        }
    }

    /** A DNS server spoken to over UDP, falling back to TCP on truncation. */
    record Server(String host, int port) implements ResolverSpec {
        public Server {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("resolver port must be 1 to 65535, not " + port);
            }
        }

        @Override
        public String toString() {
            return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
        }
    }

    /** A DNS-over-HTTPS endpoint (RFC 8484), e.g. {@code https://dns.example/dns-query}. */
    record DnsOverHttps(URI url) implements ResolverSpec {
        @Override
        public String toString() {
            return url.toString();
        }
    }

    /** The system resolver. */
    static ResolverSpec system() {
        return new System();
    }

    /**
     * Reads what a user typed: empty or {@code system} for the system resolver; an {@code https://}
     * URL for DNS over HTTPS; otherwise {@code host}, {@code host:port}, {@code [v6]:port} or a bare
     * IPv6 address (port 53 by default).
     *
     * @throws IllegalArgumentException with a one-line message a user can act on
     */
    static ResolverSpec parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("system")) {
            return system();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            if (lower.startsWith("http://")) {
                throw new IllegalArgumentException("resolver URL '" + s + "' must use https:// (DNS over HTTPS)");
            }
            try {
                URI uri = new URI(s);
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("resolver URL '" + s + "' has no host name");
                }
                return new DnsOverHttps(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("resolver URL '" + s + "' is not a valid URL: " + e.getReason());
            }
        }
        String host;
        int port = 53;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("resolver '" + s + "' has '[' without ']'");
            }
            host = s.substring(1, close);
            String rest = s.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("resolver '" + s + "': expected ':PORT' after ']'");
                }
                port = parsePort(s, rest.substring(1));
            }
            if (!IPV6.matcher(host).matches()) {
                throw new IllegalArgumentException("resolver '" + s + "': '" + host + "' is not an IPv6 address");
            }
            return new Server(host, port);
        }
        int colons = (int) s.chars().filter(c -> c == ':').count();
        if (colons > 1) {
            if (!IPV6.matcher(s).matches()) {
                throw new IllegalArgumentException("resolver '" + s + "' is not an IPv6 address; write [ADDRESS]:PORT");
            }
            return new Server(s, 53);
        }
        if (colons == 1) {
            int i = s.indexOf(':');
            host = s.substring(0, i);
            port = parsePort(s, s.substring(i + 1));
        } else {
            host = s;
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException(
                    "resolver '" + s + "' is not a host name, IP address, host:port or https:// URL");
        }
        return new Server(host.toLowerCase(Locale.ROOT), port);
    }

    private static int parsePort(String whole, String port) {
        if (!port.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("resolver '" + whole + "': port '" + port + "' is not a number");
        }
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("resolver '" + whole + "': port must be 1 to 65535");
        }
        return p;
    }

    /** A host name (LDH labels) or a dotted IPv4 address, which has the same shape. */
    Pattern HOST = Pattern.compile(
            "(?i)(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    Pattern IPV6 = Pattern.compile("(?i)[0-9a-f:.]*:[0-9a-f:.]*");
}
