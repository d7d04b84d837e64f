package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code mx} value of a policy: a host name ({@code mail.example.net}) or a wildcard
 * ({@code *.example.net}), in A-labels (RFC 8461 §3.2: {@code sts-policy-mx-value = ["*."] Domain}).
 * Instances are always valid and lower case; build them with {@link #parse} or {@link #of}.
 */
public final class MxPattern {
    private final boolean wildcard;
    private final String base;

    private MxPattern(boolean wildcard, String base) {
        this.wildcard = wildcard;
        this.base = base;
    }

    /** What {@link #parse} made of an input. */
    public sealed interface MxPatternInput permits Valid, Invalid {}

    /**
     * A usable pattern.
     *
     * @param pattern the pattern, normalised
     * @param changes notes on what was normalised (lower case, a trailing dot removed)
     */
    public record Valid(MxPattern pattern, List<String> changes) implements MxPatternInput {
        public Valid {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Not a usable pattern.
     *
     * @param code    the kind of problem (one of the {@code MX_*} codes)
     * @param message what is wrong
     * @param fix     what to write instead (e.g. the A-label for a U-label)
     */
    public record Invalid(FindingCode code, String message, String fix) implements MxPatternInput {}

    /**
     * Parses a pattern. Accepts surrounding spaces, upper case and one trailing dot (noted in
     * {@code changes}); rejects {@code *}, {@code mail.*.example.net}, {@code *mail.example.net},
     * IP addresses and U-labels (offering the A-label). Never throws.
     */
    public static MxPatternInput parse(String raw) {
        List<String> changes = new ArrayList<>();
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return new Invalid(
                    FindingCode.MX_EMPTY, "the mx pattern is empty", "write a host name such as mail.example.net");
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.equals(s) && s.chars().allMatch(c -> c < 0x80)) {
            changes.add("converted to lower case");
        }
        s = lower;
        if (s.endsWith(".") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
            changes.add("removed the trailing dot");
        }
        if (s.equals("*") || s.equals("*.")) {
            return new Invalid(
                    FindingCode.MX_BARE_WILDCARD,
                    "'*' alone is not a valid mx pattern",
                    "list each MX host, or use a wildcard for one label under a domain, such as *.example.net");
        }
        boolean wildcard = s.startsWith("*.");
        String base = wildcard ? s.substring(2) : s;
        if (base.indexOf('*') >= 0) {
            return misplacedWildcard(raw, s, wildcard);
        }
        if (HostSyntax.looksLikeIp(base)) {
            return new Invalid(
                    FindingCode.MX_IP_ADDRESS,
                    "'" + raw.strip() + "' is an IP address; mx patterns must be host names",
                    "write the MX host name (as in the domain's MX records), not its address");
        }
        if (base.chars().anyMatch(c -> c >= 0x80)) {
            return uLabel(raw, base, wildcard);
        }
        Optional<HostSyntax.Problem> problem = HostSyntax.check(base);
        if (problem.isPresent()) {
            return invalidHost(raw, problem.get());
        }
        if (wildcard && s.length() > HostSyntax.MAX_NAME) {
            return new Invalid(
                    FindingCode.MX_NAME_TOO_LONG,
                    "'" + raw.strip() + "' is longer than 253 characters",
                    "use a shorter name");
        }
        return new Valid(new MxPattern(wildcard, base), changes);
    }

    /** RFC 8461 §3.2 ({@code sts-policy-mx-value = ["*."] Domain}): a wildcard is the whole leftmost label only. */
    private static Invalid misplacedWildcard(String raw, String s, boolean wildcard) {
        String why = s.startsWith("*") && !wildcard
                ? "a wildcard must be a whole label: '*.' followed by a domain"
                : "a wildcard is allowed only as the whole leftmost label ('*.' at the start)";
        return new Invalid(
                FindingCode.MX_MISPLACED_WILDCARD,
                "'" + raw.strip() + "' is not a valid mx pattern: " + why,
                "write each host name in full, or a wildcard for the leftmost label only, such as *.example.net");
    }

    /** The pattern is an RFC 5321 Domain, so ASCII: a U-label is rejected, offering its A-label when it has one. */
    private static Invalid uLabel(String raw, String base, boolean wildcard) {
        DomainName.DomainInput converted = DomainName.parse(base);
        String fix = converted instanceof DomainName.Valid v
                ? "write the A-label: " + (wildcard ? "*." : "") + v.name().ascii()
                : "write the name in A-labels (xn--...)";
        return new Invalid(
                FindingCode.MX_U_LABEL,
                "'" + raw.strip() + "' is a U-label (Unicode); policies must use A-labels",
                fix);
    }

    /** A host-name syntax problem of the part after {@code *.}, as the matching {@code MX_*} code. */
    private static Invalid invalidHost(String raw, HostSyntax.Problem problem) {
        FindingCode code = switch (problem.kind()) {
            case EMPTY -> FindingCode.MX_EMPTY;
            case EMPTY_LABEL -> FindingCode.MX_EMPTY_LABEL;
            case LABEL_TOO_LONG -> FindingCode.MX_LABEL_TOO_LONG;
            case NAME_TOO_LONG -> FindingCode.MX_NAME_TOO_LONG;
            case BAD_CHARACTER, NON_ASCII -> FindingCode.MX_BAD_CHARACTER;
            case HYPHEN -> FindingCode.MX_HYPHEN;
            case IP_ADDRESS -> FindingCode.MX_IP_ADDRESS;
            case BAD_A_LABEL -> FindingCode.MX_BAD_A_LABEL;
        };
        return new Invalid(
                code,
                "'" + raw.strip() + "' is not a valid mx pattern: " + problem.message(),
                "write a host name such as mail.example.net, or *.example.net");
    }

    /**
     * Like {@link #parse}, but for what a person types into the wizard or the command line: a
     * U-label ({@code mx1.bücher.example}) is converted to its A-label, with a note, instead of
     * being rejected. The policy file itself must hold A-labels, so {@link PolicyParser} uses
     * {@link #parse}.
     */
    public static MxPatternInput parseUserInput(String raw) {
        MxPatternInput strict = parse(raw);
        if (!(strict instanceof Invalid inv) || inv.code() != FindingCode.MX_U_LABEL) {
            return strict;
        }
        String s = raw.strip();
        boolean wildcard = s.startsWith("*.");
        DomainName.DomainInput d = DomainName.parse(wildcard ? s.substring(2) : s);
        if (!(d instanceof DomainName.Valid v)) {
            return new Invalid(
                    FindingCode.MX_U_LABEL,
                    "'" + s + "' cannot be converted to an A-label: " + ((DomainName.Invalid) d).message(),
                    "write the name in A-labels (xn--...)");
        }
        MxPatternInput converted = parse((wildcard ? "*." : "") + v.name().ascii());
        if (converted instanceof Valid ok) {
            List<String> changes = new ArrayList<>(ok.changes());
            changes.add("converted " + s + " to the A-label " + ok.pattern());
            return new Valid(ok.pattern(), changes);
        }
        return converted;
    }

    /** Parses a pattern or throws {@link IllegalArgumentException} with the message. */
    public static MxPattern of(String raw) {
        MxPatternInput in = parse(raw);
        if (in instanceof Valid v) {
            return v.pattern();
        }
        throw new IllegalArgumentException(((Invalid) in).message());
    }

    /** True for {@code *.example.net}. */
    public boolean isWildcard() {
        return wildcard;
    }

    /** The name without {@code *.}: {@code example.net} for {@code *.example.net}. */
    public String base() {
        return base;
    }

    /**
     * RFC 8461 §4.1: case-insensitive, the host's trailing dot ignored; a wildcard covers exactly
     * one extra leftmost label ({@code *.example.net} matches {@code mail.example.net}, not
     * {@code example.net} and not {@code a.b.example.net}).
     */
    public boolean matches(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (!wildcard) {
            return h.equals(base);
        }
        if (!h.endsWith("." + base)) {
            return false;
        }
        String first = h.substring(0, h.length() - base.length() - 1);
        return !first.isEmpty() && first.indexOf('.') < 0;
    }

    /** The pattern as written in the policy file. */
    @Override
    public String toString() {
        return wildcard ? "*." + base : base;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MxPattern p && p.wildcard == wildcard && p.base.equals(base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wildcard, base);
    }
}
