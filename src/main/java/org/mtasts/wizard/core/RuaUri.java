package org.mtasts.wizard.core;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A TLSRPT reporting URI ({@code rua}, RFC 8460 §3): {@code mailto:} with a valid address, or an
 * {@code https:} URL. Commas, {@code !} and {@code ;} inside a URI must be percent-encoded
 * because they delimit the record.
 */
public final class RuaUri {
    private static final Pattern ATEXT = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");

    private RuaUri() {}

    /** What {@link #parse} made of an input. */
    public sealed interface RuaInput permits Valid, Invalid {}

    /**
     * A usable URI.
     *
     * @param uri     the URI as it goes into the record
     * @param changes notes on what was changed ("added mailto:", "converted the domain to its A-label")
     */
    public record Valid(String uri, List<String> changes) implements RuaInput {
        public Valid {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Not a usable URI.
     *
     * @param code    one of the {@code TLSRPT_RUA_*} codes
     * @param message what is wrong and what to write instead
     */
    public record Invalid(FindingCode code, String message) implements RuaInput {}

    /**
     * Normalises what a person types: a bare address gets {@code mailto:}, the scheme is lower-cased,
     * an internationalised mail domain becomes its A-label, and {@code , ! ;} are percent-encoded.
     * Never throws.
     */
    public static RuaInput parse(String raw) {
        List<String> changes = new ArrayList<>();
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return new Invalid(
                    FindingCode.TLSRPT_RUA_MISSING,
                    "Enter where reports go: mailto:tls-reports@example.com or an https: URL.");
        }
        int colon = s.indexOf(':');
        String scheme = colon > 0 ? s.substring(0, colon) : "";
        if (!scheme.matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            scheme = "";
        }
        if (scheme.isEmpty() && s.indexOf('@') > 0) {
            s = "mailto:" + s;
            scheme = "mailto";
            changes.add("added mailto: in front of the address");
        }
        if (!scheme.isEmpty() && !scheme.equals(scheme.toLowerCase(Locale.ROOT))) {
            s = scheme.toLowerCase(Locale.ROOT) + s.substring(scheme.length());
            scheme = scheme.toLowerCase(Locale.ROOT);
            changes.add("wrote the scheme in lower case");
        }
        if (scheme.equals("mailto")) {
            String addr = s.substring(7);
            int at = addr.lastIndexOf('@');
            if (at > 0) {
                String domain = addr.substring(at + 1);
                int q = domain.indexOf('?');
                String query = q >= 0 ? domain.substring(q) : "";
                domain = q >= 0 ? domain.substring(0, q) : domain;
                DomainName.DomainInput d = DomainName.parse(domain);
                if (d instanceof DomainName.Valid v && !v.name().ascii().equals(domain)) {
                    s = "mailto:" + addr.substring(0, at + 1) + v.name().ascii() + query;
                    changes.add(
                            v.name().isInternationalized()
                                    ? "converted the mail domain to its A-label "
                                            + v.name().ascii()
                                    : "normalised the mail domain to "
                                            + v.name().ascii());
                }
            }
        }
        String encoded = s.replace(",", "%2C").replace("!", "%21").replace(";", "%3B");
        if (!encoded.equals(s)) {
            changes.add("percent-encoded ',', '!' or ';' (they separate fields in the record)");
            s = encoded;
        }
        Optional<Finding> problem = check(s);
        if (problem.isPresent()) {
            return new Invalid(
                    problem.get().code(),
                    DomainName.capitalise(problem.get().message()) + ". "
                            + DomainName.capitalise(problem.get().fix()) + ".");
        }
        return new Valid(s, changes);
    }

    /** Parses or throws {@link IllegalArgumentException} with the message. */
    public static String of(String raw) {
        RuaInput in = parse(raw);
        if (in instanceof Valid v) {
            return v.uri();
        }
        throw new IllegalArgumentException(((Invalid) in).message());
    }

    /** Checks a URI exactly as it stands in a record. Empty when it is fine. */
    public static Optional<Finding> check(String uri) {
        if (uri == null || uri.isEmpty()) {
            return fail(FindingCode.TLSRPT_RUA_MISSING, "an rua URI is empty", "give a mailto: or https: URI");
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == ',' || c == '!' || c == ';') {
                return fail(
                        FindingCode.TLSRPT_RUA_UNENCODED,
                        "'" + HostSyntax.abbreviate(uri) + "' contains " + HostSyntax.describe(c)
                                + ", which must be percent-encoded inside a URI",
                        "write " + (c == ',' ? "%2C" : c == '!' ? "%21" : "%3B") + " instead");
            }
            if (c <= 0x20 || c >= 0x7f) {
                return fail(
                        uri.regionMatches(true, 0, "mailto:", 0, 7)
                                ? FindingCode.TLSRPT_RUA_MAILTO
                                : uri.regionMatches(true, 0, "https:", 0, 6)
                                        ? FindingCode.TLSRPT_RUA_HTTPS
                                        : FindingCode.TLSRPT_RUA_SCHEME,
                        "'" + HostSyntax.abbreviate(uri) + "' contains " + HostSyntax.describe(c)
                                + ", which a URI cannot hold",
                        c >= 0x80
                                ? "use the A-label (xn--...) of the domain, and percent-encode other characters"
                                : "remove it or percent-encode it");
            }
        }
        int colon = uri.indexOf(':');
        String scheme = colon > 0 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("mailto")) {
            return checkMailto(uri, uri.substring(colon + 1));
        }
        if (scheme.equals("https")) {
            return checkHttps(uri);
        }
        if (colon < 0 && uri.indexOf('@') > 0) {
            return fail(
                    FindingCode.TLSRPT_RUA_SCHEME,
                    "'" + uri + "' is a bare address; senders need a URI",
                    "write mailto:" + uri);
        }
        if (scheme.equals("http")) {
            return fail(
                    FindingCode.TLSRPT_RUA_SCHEME,
                    "'" + HostSyntax.abbreviate(uri) + "' uses http:; only https: URLs are allowed",
                    "use https:");
        }
        return fail(
                FindingCode.TLSRPT_RUA_SCHEME,
                "'" + HostSyntax.abbreviate(uri) + "' is neither a mailto: nor an https: URI",
                "write mailto:tls-reports@example.com or an https: URL");
    }

    private static Optional<Finding> checkMailto(String uri, String rest) {
        int q = rest.indexOf('?');
        String addr = q >= 0 ? rest.substring(0, q) : rest;
        Optional<String> decoded = percentDecode(addr);
        if (decoded.isEmpty()) {
            return fail(
                    FindingCode.TLSRPT_RUA_MAILTO,
                    "'" + uri + "' has a broken percent-encoding",
                    "write %XX with two hex digits");
        }
        String a = decoded.get();
        int at = a.lastIndexOf('@');
        if (at <= 0 || at == a.length() - 1) {
            return fail(
                    FindingCode.TLSRPT_RUA_MAILTO,
                    "'" + uri + "' does not hold an address like name@example.com",
                    "write mailto:tls-reports@example.com");
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.startsWith(".")
                || local.endsWith(".")
                || local.contains("..")
                || !Arrays.stream(local.split("\\."))
                        .allMatch(p -> ATEXT.matcher(p).matches())) {
            return fail(
                    FindingCode.TLSRPT_RUA_MAILTO,
                    "the local part '" + local + "' of '" + uri + "' is not a valid address",
                    "use a plain address such as tls-reports@example.com");
        }
        Optional<HostSyntax.Problem> p = HostSyntax.check(domain);
        if (p.isPresent()) {
            return fail(
                    FindingCode.TLSRPT_RUA_MAILTO,
                    "the domain of '" + uri + "' is not valid: " + p.get().message(),
                    "use an address at a real mail domain");
        }
        if (domain.indexOf('.') < 0) {
            return fail(
                    FindingCode.TLSRPT_RUA_MAILTO,
                    "the domain '" + domain + "' of '" + uri + "' is a single label",
                    "use a full domain such as example.com");
        }
        return Optional.empty();
    }

    private static Optional<Finding> checkHttps(String uri) {
        URI u;
        try {
            u = new URI(uri);
        } catch (URISyntaxException e) {
            return fail(
                    FindingCode.TLSRPT_RUA_HTTPS,
                    "'" + HostSyntax.abbreviate(uri) + "' is not a valid URL: " + e.getReason(),
                    "write a URL such as https://reports.example.com/tlsrpt");
        }
        String host = u.getHost();
        if (host == null || !uri.regionMatches(true, 0, "https://", 0, 8)) {
            return fail(
                    FindingCode.TLSRPT_RUA_HTTPS,
                    "'" + HostSyntax.abbreviate(uri) + "' has no host name",
                    "write a URL such as https://reports.example.com/tlsrpt");
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        Optional<HostSyntax.Problem> p = HostSyntax.check(h);
        if (p.isPresent() && p.get().kind() != HostSyntax.Kind.IP_ADDRESS) {
            return fail(
                    FindingCode.TLSRPT_RUA_HTTPS,
                    "the host of '" + HostSyntax.abbreviate(uri) + "' is not valid: "
                            + p.get().message(),
                    "use a real host name");
        }
        return Optional.empty();
    }

    private static Optional<String> percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }

    private static Optional<Finding> fail(FindingCode code, String message, String fix) {
        return Optional.of(Finding.of(code, 0, message, fix));
    }
}
