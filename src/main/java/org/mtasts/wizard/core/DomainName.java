package org.mtasts.wizard.core;

import com.ibm.icu.text.IDNA;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
     * names (converted to A-labels by IDNA2008, see {@link Idna}). Never throws.
     *
     * <p>Three steps: {@link #cleanPastedInput} takes the name out of what was pasted, {@link
     * #toAscii} applies UTS #46, {@link #checkLabels} applies the rules of a mail domain in DNS.
     */
    public static DomainInput parse(String raw) {
        List<String> changes = new ArrayList<>();
        Cleaned cleaned = cleanPastedInput(raw, changes);
        if (cleaned.problem() != null) {
            return cleaned.problem();
        }
        Idna.Conversion idna = Idna.convert(cleaned.name());
        Optional<Invalid> problem = toAscii(cleaned.name(), idna).or(() -> checkLabels(idna));
        if (problem.isPresent()) {
            return problem.get();
        }
        noteConversion(cleaned.name(), idna, changes);
        return new Valid(new DomainName(idna.ascii(), idna.unicode()), changes);
    }

    /** The name taken out of pasted text, or why there is none. */
    private record Cleaned(String name, Invalid problem) {}

    /**
     * Step 1: removes what people paste around a domain (spaces, a URL's scheme, path and port,
     * {@code mailto:}, the local part of an address, a trailing dot, a record-name prefix) and
     * refuses IP addresses, spaces and control characters, and empty labels. Each removal is noted.
     */
    private static Cleaned cleanPastedInput(String raw, List<String> changes) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return refused(FindingCode.DOMAIN_EMPTY, "Enter your mail domain, for example example.com.");
        }
        if (!s.equals(raw)) {
            changes.add("removed surrounding spaces");
        }
        s = stripUrlOrMailto(s, changes);
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            String local = s.substring(0, at);
            s = s.substring(at + 1);
            changes.add("took the domain part of the address " + local + "@" + s);
        }
        // UTS #46 maps the ideographic and full-width full stops to '.'; done here to say so.
        String dotted = s.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.');
        if (!dotted.equals(s)) {
            changes.add("replaced full-width dots with '.'");
            s = dotted;
        }
        if (s.isEmpty()) {
            return refused(
                    FindingCode.DOMAIN_EMPTY,
                    "No domain name found in '" + raw.strip() + "'. Enter it like example.com.");
        }
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            changes.add("removed the trailing dot");
        }
        s = stripRecordPrefix(s, changes);
        if (HostSyntax.looksLikeIp(s)) {
            return refused(
                    FindingCode.DOMAIN_IP_ADDRESS,
                    "'" + s
                            + "' is an IP address. MTA-STS needs the domain name your e-mail addresses end in, such as example.com.");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c < 0x20 || c == 0x7f) {
                return refused(
                        FindingCode.DOMAIN_BAD_CHARACTER,
                        "'" + s.strip() + "' contains " + HostSyntax.describe(c)
                                + ". Enter a single domain name such as example.com.");
            }
        }
        if (s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return refused(
                    FindingCode.DOMAIN_EMPTY_LABEL,
                    "'" + s + "' has an empty label (two dots in a row, or a leading dot).");
        }
        return new Cleaned(s, null);
    }

    private static Cleaned refused(FindingCode code, String message) {
        return new Cleaned(null, new Invalid(code, message));
    }

    /** {@code https://user@host:port/path} becomes {@code host}; {@code mailto:a@b?x} becomes {@code a@b}. */
    private static String stripUrlOrMailto(String s, List<String> changes) {
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
            return authority;
        }
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = s.substring(7);
            int q = address.indexOf('?');
            changes.add("removed mailto:");
            return q >= 0 ? address.substring(0, q) : address;
        }
        return s;
    }

    /** People paste the policy URL or a record name; the policy domain is what follows the prefix. */
    private static String stripRecordPrefix(String s, List<String> changes) {
        for (String prefix : new String[] {"mta-sts.", "_mta-sts.", "_smtp._tls."}) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length()) && s.indexOf('.', prefix.length()) > 0) {
                changes.add("removed '" + prefix + "' (that names the "
                        + (prefix.startsWith("_smtp")
                                ? "TLSRPT record"
                                : prefix.startsWith("_") ? "MTA-STS record" : "policy host")
                        + "; the domain is what follows)");
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /** A UTS #46 error as the person reads it; {@code %s} is the name. */
    private record IdnaProblem(IDNA.Error error, FindingCode code, String message) {}

    /** The UTS #46 errors about characters in context, in the order they are reported. */
    private static final List<IdnaProblem> IDNA_PROBLEMS = List.of(
            new IdnaProblem(
                    IDNA.Error.CONTEXTJ,
                    FindingCode.DOMAIN_IDN_AMBIGUOUS,
                    "'%s' contains an invisible joiner (U+200C/U+200D) where IDNA2008 does not allow one"
                            + " (RFC 5892 Appendix A: only after a virama, or between joining letters);"
                            + " IDNA2003 deletes it, so the two standards name different domains."
                            + " Enter the A-label (xn--...) your registrar shows"),
            new IdnaProblem(
                    IDNA.Error.CONTEXTO_PUNCTUATION,
                    FindingCode.DOMAIN_IDN_INVALID,
                    "'%s' uses punctuation that IDNA2008 allows only in one place (RFC 5892 Appendix A):"
                            + " the middle dot '·' only between two 'l's (as in col·legi), the Greek keraia '͵' only"
                            + " before a Greek letter, the Hebrew geresh and gershayim only after a Hebrew letter,"
                            + " the katakana middle dot '・' only with Japanese characters"),
            new IdnaProblem(
                    IDNA.Error.CONTEXTO_DIGITS,
                    FindingCode.DOMAIN_IDN_INVALID,
                    "'%s' mixes Arabic-Indic digits (٠١٢) with Eastern Arabic-Indic digits (۰۱۲) in one label,"
                            + " which IDNA2008 does not allow (RFC 5892 Appendix A.8, A.9)"),
            new IdnaProblem(
                    IDNA.Error.BIDI,
                    FindingCode.DOMAIN_IDN_INVALID,
                    "'%s' mixes right-to-left letters (such as Arabic or Hebrew) with other characters in a way"
                            + " IDNA2008 does not allow (RFC 5893: a right-to-left label starts with a right-to-left"
                            + " letter and contains no left-to-right letters)"),
            new IdnaProblem(
                    IDNA.Error.LEADING_COMBINING_MARK,
                    FindingCode.DOMAIN_IDN_INVALID,
                    "a label of '%s' starts with a combining mark (an accent without a letter before it),"
                            + " which IDNA2008 does not allow (RFC 5891 §5.4)"),
            new IdnaProblem(
                    IDNA.Error.HYPHEN_3_4,
                    FindingCode.DOMAIN_HYPHEN,
                    "a label of '%s' has '--' in its third and fourth positions, which IDNA2008 keeps for"
                            + " A-labels (xn--); internationalised labels may not have it (RFC 5891 §4.2.3.1)"));

    /**
     * Step 2: turns UTS #46's errors into one plain-language problem, the most useful first
     * (a character that can never be in a domain name before a rule about its surroundings).
     */
    private static Optional<Invalid> toAscii(String input, Idna.Conversion idna) {
        Set<IDNA.Error> e = idna.errors();
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.contains(IDNA.Error.DISALLOWED)) {
            return Optional.of(disallowedCharacter(input));
        }
        if (e.contains(IDNA.Error.EMPTY_LABEL)) {
            return invalid(
                    FindingCode.DOMAIN_EMPTY_LABEL,
                    "'" + input + "' has an empty label (two dots in a row, or a leading dot)");
        }
        if (e.contains(IDNA.Error.PUNYCODE) || e.contains(IDNA.Error.INVALID_ACE_LABEL)) {
            String label = firstLabel(input, l -> l.regionMatches(true, 0, "xn--", 0, 4) && !Idna.isValidALabel(l));
            return invalid(
                    FindingCode.DOMAIN_IDN_INVALID,
                    "the label '" + label + "' starts with xn-- but is not a valid A-label (it is not Punycode,"
                            + " or it decodes to characters IDNA2008 does not allow, or it is not in canonical form)");
        }
        for (IdnaProblem p : IDNA_PROBLEMS) {
            if (e.contains(p.error())) {
                return invalid(p.code(), p.message().formatted(input));
            }
        }
        // What is left is about the DNS shape (label and name length, hyphens at either end):
        // the label checks below say it in the same words as for plain host names.
        Optional<HostSyntax.Problem> shape = HostSyntax.check(idna.ascii());
        if (shape.isPresent()) {
            return invalid(domainCode(shape.get().kind()), shape.get().message());
        }
        return invalid(FindingCode.DOMAIN_IDN_INVALID, "'" + input + "' is not a valid internationalised domain name");
    }

    private static Invalid disallowedCharacter(String input) {
        int bad = input.codePoints()
                .filter(cp -> cp != '.' && Idna.disallowedByUts46(cp))
                .findFirst()
                .orElse(-1);
        if (bad < 0) {
            return new Invalid(
                    FindingCode.DOMAIN_IDN_INVALID,
                    capitalise("'" + input + "' contains a character IDNA2008 does not allow in domain names") + ".");
        }
        if (bad < 0x80) {
            return new Invalid(
                    FindingCode.DOMAIN_BAD_CHARACTER,
                    "'" + input.toLowerCase(Locale.ROOT) + "' contains " + HostSyntax.describe(bad)
                            + "; host names allow only letters, digits, hyphens and dots.");
        }
        return new Invalid(FindingCode.DOMAIN_IDN_INVALID, notIdna2008(labelContaining(input, bad), bad));
    }

    /**
     * Step 3: the converted name as a mail domain: DNS shape (RFC 1035 §2.3.1, lengths, a
     * numeric top-level label), IDNA2008 letters and digits only (RFC 5892 §2), two labels or more.
     */
    private static Optional<Invalid> checkLabels(Idna.Conversion idna) {
        String name = idna.ascii();
        Optional<HostSyntax.Problem> problem = HostSyntax.check(name);
        if (problem.isPresent()) {
            return invalid(domainCode(problem.get().kind()), problem.get().message());
        }
        Optional<Integer> symbol = Idna.disallowedByIdna2008(idna.unicode());
        if (symbol.isPresent()) {
            return Optional.of(new Invalid(
                    FindingCode.DOMAIN_IDN_INVALID,
                    notIdna2008(labelContaining(idna.unicode(), symbol.get()), symbol.get())));
        }
        if (name.indexOf('.') < 0) {
            return Optional.of(
                    new Invalid(
                            FindingCode.DOMAIN_SINGLE_LABEL,
                            "'" + name
                                    + "' is a single label. Enter the full domain your e-mail addresses end in, such as example.com."));
        }
        return Optional.empty();
    }

    /** Says what changed between what was typed and the A-label form, and when IDNA2003 differs. */
    private static void noteConversion(String input, Idna.Conversion idna, List<String> changes) {
        String name = idna.ascii();
        boolean lowered = Arrays.stream(input.split("\\."))
                .anyMatch(l -> l.chars().allMatch(c -> c < 0x80) && !l.equals(l.toLowerCase(Locale.ROOT)));
        if (lowered) {
            changes.add("converted to lower case");
        }
        if (input.chars().anyMatch(c -> c >= 0x80)) {
            changes.add(
                    name.contains("xn--")
                            ? "converted to the A-label " + name + " (DNS records and the policy use this form)"
                            : "converted to " + name + " as IDNA2008 maps it (UTS #46)");
        }
        if (!idna.deviation()) {
            return;
        }
        for (String label : idna.unicode().split("\\.")) {
            if (label.indexOf('ß') >= 0 || label.indexOf('ς') >= 0) {
                changes.add("kept 'ß'/'ς' in '" + label + "' as IDNA2008 does; older IDNA2003 software turns it"
                        + " into 'ss'/'σ', which is a different domain: check that " + name
                        + " is the name you registered");
            }
            if (label.indexOf('\u200C') >= 0 || label.indexOf('\u200D') >= 0) {
                changes.add("kept the invisible joiner (U+200C/U+200D) in '" + label + "' as IDNA2008 does;"
                        + " older IDNA2003 software deletes it, which is a different domain: check that " + name
                        + " is the name you registered");
            }
        }
    }

    private static Optional<Invalid> invalid(FindingCode code, String message) {
        return Optional.of(new Invalid(code, capitalise(message) + "."));
    }

    private static String notIdna2008(String label, int cp) {
        return capitalise("the label '" + label + "' contains " + HostSyntax.describe(cp)
                        + ", which IDNA2008 (used by registries and browsers) does not allow in domain names")
                + ".";
    }

    private static String labelContaining(String name, int cp) {
        return firstLabel(name, l -> l.indexOf(new String(Character.toChars(cp))) >= 0);
    }

    private static String firstLabel(String name, Predicate<String> which) {
        return Arrays.stream(name.split("\\.")).filter(which).findFirst().orElse(name);
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
