package org.mtasts.wizard.core;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a DNS host name in A-labels (RFC 1035 §2.3.1 "preferred name syntax", RFC 5321
 * {@code Domain}): letters, digits and hyphens, labels of 1 to 63 octets, at most 253 octets in all.
 */
final class HostSyntax {
    static final int MAX_LABEL = 63;
    // 255 octets on the wire is 253 characters in text form without the trailing dot.
    static final int MAX_NAME = 253;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    enum Kind {
        EMPTY,
        EMPTY_LABEL,
        LABEL_TOO_LONG,
        NAME_TOO_LONG,
        BAD_CHARACTER,
        HYPHEN,
        IP_ADDRESS,
        NON_ASCII,
        BAD_A_LABEL
    }

    record Problem(Kind kind, String message) {}

    private HostSyntax() {}

    /** True for dotted-quad IPv4 and anything holding a colon (IPv6), with or without brackets. */
    static boolean looksLikeIp(String s) {
        String t = s;
        if (t.startsWith("[") && t.endsWith("]")) {
            return true;
        }
        return IPV4.matcher(t).matches()
                || (t.indexOf(':') >= 0
                        && t.matches("[0-9a-fA-F:.]+")
                        && t.chars().filter(c -> c == ':').count() >= 2);
    }

    /**
     * Checks a name already lower-cased and without its trailing dot. Reports the first problem.
     * A-labels ({@code xn--}) must be valid IDNA2008 A-labels ({@link Idna#isValidALabel}).
     */
    static Optional<Problem> check(String name) {
        if (name.isEmpty()) {
            return Optional.of(new Problem(Kind.EMPTY, "the name is empty"));
        }
        if (looksLikeIp(name)) {
            return Optional.of(new Problem(Kind.IP_ADDRESS, "'" + name + "' is an IP address, not a host name"));
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Optional.of(
                        new Problem(Kind.NON_ASCII, "'" + name + "' contains non-ASCII characters (a U-label)"));
            }
        }
        if (name.length() > MAX_NAME) {
            return Optional.of(new Problem(
                    Kind.NAME_TOO_LONG,
                    "the name is " + name.length() + " characters long; DNS allows at most " + MAX_NAME));
        }
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return Optional.of(new Problem(
                        Kind.EMPTY_LABEL, "'" + name + "' has an empty label (two dots in a row, or a leading dot)"));
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of(new Problem(
                        Kind.LABEL_TOO_LONG,
                        "the label '" + abbreviate(label) + "' is " + label.length()
                                + " characters long; DNS allows at most " + MAX_LABEL));
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                if (!ok) {
                    return Optional.of(new Problem(
                            Kind.BAD_CHARACTER,
                            "'" + name + "' contains " + describe(c)
                                    + "; host names allow only letters, digits, hyphens and dots"));
                }
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of(new Problem(Kind.HYPHEN, "the label '" + label + "' starts or ends with a hyphen"));
            }
            if (label.regionMatches(true, 0, "xn--", 0, 4) && !Idna.isValidALabel(label)) {
                return Optional.of(new Problem(
                        Kind.BAD_A_LABEL, "the label '" + label + "' starts with xn-- but is not a valid A-label"));
            }
        }
        // RFC 3696 §2: a top-level label is never all-numeric, so such a name cannot be a host.
        String tld = labels[labels.length - 1];
        if (labels.length > 1 && tld.chars().allMatch(Character::isDigit)) {
            return Optional.of(new Problem(
                    Kind.IP_ADDRESS,
                    "'" + name + "' ends in a numeric label; it looks like an IP address, not a host name"));
        }
        return Optional.empty();
    }

    static String describe(int c) {
        if (c == ' ') {
            return "a space";
        }
        if (c == '\t') {
            return "a tab";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("the control character U+%04X", c);
        }
        if (c >= 0x80) {
            return String.format("the character '%s' (U+%04X)", new String(Character.toChars(c)), c);
        }
        return "'" + (char) c + "'";
    }

    static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 20) + "...";
    }
}
