package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail domain, normalised once at the edge: lower case, no trailing dot, A-labels.
 *
 * @param ascii   the name in A-labels, as it goes into DNS and the policy ({@code xn--bcher-kva.example})
 * @param unicode the same name for display ({@code bücher.example}); equal to {@code ascii} for plain names
 */
public record DomainName(String ascii, String unicode) {

    public DomainName {
        Objects.requireNonNull(ascii, "ascii");
        Objects.requireNonNull(unicode, "unicode");
    }

    /** What {@link #parse} made of a person's input. */
    public sealed interface DomainInput permits Valid, Invalid {}

    /**
     * A usable domain.
     *
     * @param name    the normalised name
     * @param changes what was changed to get there, as short notes a person can read
     *                ("removed https:// and the path", "converted to the A-label xn--bcher-kva.example")
     */
    public record Valid(DomainName name, List<String> changes) implements DomainInput {
        public Valid {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Not a usable domain.
     *
     * @param code    the kind of problem (one of the {@code DOMAIN_*} codes)
     * @param message what is wrong and what to type instead
     */
    public record Invalid(FindingCode code, String message) implements DomainInput {}

    /**
     * Normalises what people paste: surrounding spaces, upper case, a trailing dot, a URL
     * ({@code https://example.com/path}), {@code mailto:} or an e-mail address, internationalised
     * names (converted to A-labels; see {@code Idna} for IDNA2003 versus IDNA2008). Never throws.
     */
    public static DomainInput parse(String raw) {
        List<String> changes = new ArrayList<>();
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return new Invalid(FindingCode.DOMAIN_EMPTY, "Enter your mail domain, for example example.com.");
        }
        if (!s.equals(raw)) {
            changes.add("removed surrounding spaces");
        }
        int scheme = s.indexOf("://");
        if (scheme > 0 && s.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            String rest = s.substring(scheme + 3);
            int end = firstOf(rest, "/?#");
            String hadPath = end < rest.length() ? " and the path" : "";
            String authority = rest.substring(0, end);
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                authority = authority.substring(at + 1);
            }
            int colon = authority.lastIndexOf(':');
            if (colon > 0
                    && !authority.startsWith("[")
                    && authority.substring(colon + 1).matches("\\d*")) {
                authority = authority.substring(0, colon);
                hadPath = " and the port" + hadPath;
            }
            changes.add("removed " + s.substring(0, scheme + 3) + hadPath);
            s = authority;
        } else if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            s = s.substring(7);
            int q = s.indexOf('?');
            if (q >= 0) {
                s = s.substring(0, q);
            }
            changes.add("removed mailto:");
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            String local = s.substring(0, at);
            s = s.substring(at + 1);
            changes.add("took the domain part of the address " + local + "@" + s);
        }
        // IDNA (RFC 3490 §3.1) treats the ideographic and full-width full stops as dots.
        String dotted = s.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        if (!dotted.equals(s)) {
            changes.add("replaced full-width dots with '.'");
            s = dotted;
        }
        if (s.isEmpty()) {
            return new Invalid(
                    FindingCode.DOMAIN_EMPTY,
                    "No domain name found in '" + raw.strip() + "'. Enter it like example.com.");
        }
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            changes.add("removed the trailing dot");
        }
        // People paste the policy URL or a record name; the policy domain is what follows the prefix.
        for (String prefix : new String[] {"mta-sts.", "_mta-sts.", "_smtp._tls."}) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length()) && s.indexOf('.', prefix.length()) > 0) {
                s = s.substring(prefix.length());
                changes.add("removed '" + prefix + "' (that names the "
                        + (prefix.startsWith("_smtp")
                                ? "TLSRPT record"
                                : prefix.startsWith("_") ? "MTA-STS record" : "policy host")
                        + "; the domain is what follows)");
                break;
            }
        }
        if (HostSyntax.looksLikeIp(s)) {
            return new Invalid(
                    FindingCode.DOMAIN_IP_ADDRESS,
                    "'" + s
                            + "' is an IP address. MTA-STS needs the domain name your e-mail addresses end in, such as example.com.");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c < 0x20 || c == 0x7f) {
                return new Invalid(
                        FindingCode.DOMAIN_BAD_CHARACTER,
                        "'" + s.strip() + "' contains " + HostSyntax.describe(c)
                                + ". Enter a single domain name such as example.com.");
            }
        }
        String[] labels = s.split("\\.", -1);
        StringBuilder ascii = new StringBuilder();
        StringBuilder unicode = new StringBuilder();
        boolean converted = false;
        boolean lowered = false;
        List<String> deviations = new ArrayList<>();
        for (String label : labels) {
            if (label.isEmpty()) {
                return new Invalid(
                        FindingCode.DOMAIN_EMPTY_LABEL,
                        "'" + s + "' has an empty label (two dots in a row, or a leading dot).");
            }
            Idna.Label converted1;
            if (label.chars().allMatch(c -> c < 0x80)) {
                String lower = label.toLowerCase(Locale.ROOT);
                lowered |= !lower.equals(label);
                if (lower.startsWith("xn--")) {
                    converted1 = Idna.fromALabel(lower);
                } else {
                    converted1 = Idna.Label.ok(lower, lower, false);
                }
            } else {
                converted1 = Idna.fromUnicode(label);
                converted = true;
                if (converted1.ok() && converted1.deviation()) {
                    deviations.add(label);
                }
            }
            if (!converted1.ok()) {
                return new Invalid(converted1.error(), capitalise(converted1.message()) + ".");
            }
            if (ascii.length() > 0) {
                ascii.append('.');
                unicode.append('.');
            }
            ascii.append(converted1.ascii());
            unicode.append(converted1.unicode());
        }
        String name = ascii.toString();
        Optional<HostSyntax.Problem> problem = HostSyntax.check(name);
        if (problem.isPresent()) {
            return new Invalid(
                    domainCode(problem.get().kind()), capitalise(problem.get().message()) + ".");
        }
        if (labels.length < 2) {
            return new Invalid(
                    FindingCode.DOMAIN_SINGLE_LABEL,
                    "'" + name
                            + "' is a single label. Enter the full domain your e-mail addresses end in, such as example.com.");
        }
        if (lowered) {
            changes.add("converted to lower case");
        }
        if (converted) {
            changes.add("converted to the A-label " + name + " (DNS records and the policy use this form)");
        }
        for (String d : deviations) {
            changes.add("kept 'ß'/'ς' in '" + d + "' as IDNA2008 does; older IDNA2003 software turns it into 'ss'/'σ',"
                    + " which is a different domain: check that " + name + " is the name you registered");
        }
        return new Valid(new DomainName(name, unicode.toString()), changes);
    }

    /** Parses and returns the name, or throws {@link IllegalArgumentException} with the message. */
    public static DomainName of(String raw) {
        DomainInput in = parse(raw);
        if (in instanceof Valid v) {
            return v.name();
        }
        throw new IllegalArgumentException(((Invalid) in).message());
    }

    /** True when the Unicode form differs from the A-label form. */
    public boolean isInternationalized() {
        return !ascii.equals(unicode);
    }

    /** The host that serves the policy: {@code mta-sts.<domain>} (RFC 8461 §3.3). */
    public String policyHost() {
        return "mta-sts." + ascii;
    }

    /** {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} (RFC 8461 §3.3). */
    public String policyUrl() {
        return "https://" + policyHost() + "/.well-known/mta-sts.txt";
    }

    /** {@code _mta-sts.<domain>}, where the TXT record lives (RFC 8461 §3.1). */
    public String stsRecordName() {
        return "_mta-sts." + ascii;
    }

    /** {@code _smtp._tls.<domain>}, where the TLSRPT record lives (RFC 8460 §3). */
    public String tlsRptRecordName() {
        return "_smtp._tls." + ascii;
    }

    /** The Unicode form followed by the A-label in brackets when they differ. */
    public String display() {
        return isInternationalized() ? unicode + " (" + ascii + ")" : ascii;
    }

    @Override
    public String toString() {
        return ascii;
    }

    static FindingCode domainCode(HostSyntax.Kind kind) {
        return switch (kind) {
            case EMPTY -> FindingCode.DOMAIN_EMPTY;
            case EMPTY_LABEL -> FindingCode.DOMAIN_EMPTY_LABEL;
            case LABEL_TOO_LONG -> FindingCode.DOMAIN_LABEL_TOO_LONG;
            case NAME_TOO_LONG -> FindingCode.DOMAIN_NAME_TOO_LONG;
            case BAD_CHARACTER, NON_ASCII -> FindingCode.DOMAIN_BAD_CHARACTER;
            case HYPHEN -> FindingCode.DOMAIN_HYPHEN;
            case IP_ADDRESS -> FindingCode.DOMAIN_IP_ADDRESS;
            case BAD_A_LABEL -> FindingCode.DOMAIN_IDN_INVALID;
        };
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
