package org.mtasts.wizard.core;

import java.util.Locale;

/**
 * Every kind of finding the core can report, with its default severity and the rule it traces to.
 * The {@link #id()} (e.g. {@code policy-blank-line}) is stable: JSON output and tests key on it.
 */
public enum FindingCode {
    // Domain names typed or pasted by a person (RFC 1035 §2.3.4 sizes, RFC 5891 IDNA).
    DOMAIN_EMPTY(Severity.ERROR, Rules.DNS),
    DOMAIN_IP_ADDRESS(Severity.ERROR, Rules.DNS),
    DOMAIN_SINGLE_LABEL(Severity.ERROR, Rules.DNS),
    DOMAIN_EMPTY_LABEL(Severity.ERROR, Rules.DNS),
    DOMAIN_LABEL_TOO_LONG(Severity.ERROR, Rules.DNS_SIZE),
    DOMAIN_NAME_TOO_LONG(Severity.ERROR, Rules.DNS_SIZE),
    DOMAIN_BAD_CHARACTER(Severity.ERROR, Rules.DNS),
    DOMAIN_HYPHEN(Severity.ERROR, Rules.DNS),
    DOMAIN_IDN_INVALID(Severity.ERROR, Rules.IDNA),
    DOMAIN_IDN_AMBIGUOUS(Severity.ERROR, Rules.IDNA),

    // MX patterns (RFC 8461 §3.2 grammar, §4.1 matching).
    MX_EMPTY(Severity.ERROR, Rules.POLICY),
    MX_BARE_WILDCARD(Severity.ERROR, Rules.POLICY),
    MX_MISPLACED_WILDCARD(Severity.ERROR, Rules.POLICY),
    MX_IP_ADDRESS(Severity.ERROR, Rules.POLICY),
    MX_U_LABEL(Severity.ERROR, Rules.POLICY),
    MX_BAD_CHARACTER(Severity.ERROR, Rules.POLICY),
    MX_EMPTY_LABEL(Severity.ERROR, Rules.POLICY),
    MX_LABEL_TOO_LONG(Severity.ERROR, Rules.DNS_SIZE),
    MX_NAME_TOO_LONG(Severity.ERROR, Rules.DNS_SIZE),
    MX_HYPHEN(Severity.ERROR, Rules.POLICY),
    MX_BAD_A_LABEL(Severity.ERROR, Rules.IDNA),
    MX_TRAILING_DOT(Severity.ERROR, Rules.POLICY),

    // Coverage of the published MX hosts by the policy's patterns (RFC 8461 §4.1, RFC 7505).
    COVERAGE_UNCOVERED_HOST(Severity.ERROR, Rules.MATCHING),
    COVERAGE_STALE_PATTERN(Severity.WARNING, Rules.MATCHING),
    COVERAGE_NULL_MX(Severity.WARNING, Rules.NULL_MX),
    COVERAGE_HOST_INVALID(Severity.ERROR, Rules.MATCHING),
    COVERAGE_NO_HOSTS(Severity.WARNING, Rules.MATCHING),

    // The policy file (RFC 8461 §3.2; size §3.3).
    POLICY_EMPTY(Severity.ERROR, Rules.POLICY),
    POLICY_TOO_LARGE(Severity.ERROR, Rules.FETCH),
    POLICY_INVALID_UTF8(Severity.ERROR, Rules.POLICY),
    POLICY_BOM(Severity.ERROR, Rules.POLICY),
    POLICY_LF_LINE_ENDINGS(Severity.INFO, Rules.POLICY),
    POLICY_BARE_CR(Severity.ERROR, Rules.POLICY),
    POLICY_BLANK_LINE(Severity.ERROR, Rules.POLICY),
    POLICY_MALFORMED_LINE(Severity.ERROR, Rules.POLICY),
    POLICY_INVALID_CHARACTER(Severity.ERROR, Rules.POLICY),
    POLICY_KEY_CASE(Severity.WARNING, Rules.POLICY),
    POLICY_KEY_TYPO(Severity.WARNING, Rules.POLICY),
    POLICY_VALUE_CASE(Severity.ERROR, Rules.POLICY),
    POLICY_UNKNOWN_KEY(Severity.INFO, Rules.POLICY),
    POLICY_DUPLICATE_KEY(Severity.WARNING, Rules.POLICY),
    POLICY_VERSION_MISSING(Severity.ERROR, Rules.POLICY),
    POLICY_VERSION_INVALID(Severity.ERROR, Rules.POLICY),
    POLICY_MODE_MISSING(Severity.ERROR, Rules.POLICY),
    POLICY_MODE_INVALID(Severity.ERROR, Rules.POLICY),
    POLICY_MAX_AGE_MISSING(Severity.ERROR, Rules.POLICY),
    POLICY_MAX_AGE_INVALID(Severity.ERROR, Rules.POLICY),
    POLICY_MAX_AGE_OUT_OF_RANGE(Severity.ERROR, Rules.POLICY),
    POLICY_MAX_AGE_SHORT(Severity.WARNING, Rules.POLICY),
    POLICY_MX_MISSING(Severity.ERROR, Rules.POLICY),
    POLICY_MX_DUPLICATE(Severity.INFO, Rules.POLICY),

    // The _mta-sts TXT record (RFC 8461 §3.1).
    STS_NO_RECORD(Severity.ERROR, Rules.STS_TXT),
    STS_MULTIPLE_RECORDS(Severity.ERROR, Rules.STS_TXT),
    STS_UNRELATED_TXT(Severity.INFO, Rules.STS_TXT),
    STS_LOOKALIKE(Severity.ERROR, Rules.STS_TXT),
    STS_PREFIX_SPACING(Severity.WARNING, Rules.STS_TXT),
    STS_SYNTAX(Severity.ERROR, Rules.STS_TXT),
    STS_FIELD_CASE(Severity.ERROR, Rules.STS_TXT),
    STS_ID_MISSING(Severity.ERROR, Rules.STS_TXT),
    STS_ID_INVALID(Severity.ERROR, Rules.STS_TXT),
    STS_DUPLICATE_FIELD(Severity.WARNING, Rules.STS_TXT),
    STS_EXTENSION(Severity.INFO, Rules.STS_TXT),
    STS_EXTENSION_INVALID(Severity.ERROR, Rules.STS_TXT),

    // The _smtp._tls TLSRPT record (RFC 8460 §3).
    TLSRPT_NO_RECORD(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_MULTIPLE_RECORDS(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_UNRELATED_TXT(Severity.INFO, Rules.TLSRPT),
    TLSRPT_LOOKALIKE(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_PREFIX_SPACING(Severity.WARNING, Rules.TLSRPT),
    TLSRPT_SYNTAX(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_FIELD_CASE(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_RUA_MISSING(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_RUA_SCHEME(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_RUA_MAILTO(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_RUA_HTTPS(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_RUA_UNENCODED(Severity.ERROR, Rules.TLSRPT),
    TLSRPT_DUPLICATE_FIELD(Severity.WARNING, Rules.TLSRPT),
    TLSRPT_EXTENSION(Severity.INFO, Rules.TLSRPT),
    TLSRPT_EXTENSION_INVALID(Severity.ERROR, Rules.TLSRPT),

    // Advice on a set-up request (RFC 8461 §5, §8; RFC 8460).
    SETUP_TESTING_WITHOUT_REPORTS(Severity.WARNING, Rules.MODES),
    SETUP_MAX_AGE_SHORT(Severity.WARNING, Rules.POLICY),
    SETUP_WILDCARD(Severity.INFO, Rules.MATCHING);

    private final Severity severity;
    private final String rule;

    FindingCode(Severity severity, String rule) {
        this.severity = severity;
        this.rule = rule;
    }

    /** Stable kebab-case identifier, e.g. {@code policy-blank-line}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Default severity of this kind of finding. */
    public Severity severity() {
        return severity;
    }

    /** The rule it traces to, e.g. {@code "RFC 8461 §3.2"}. */
    public String rule() {
        return rule;
    }

    /** Rule citations, spelled the same way everywhere. */
    public static final class Rules {
        public static final String STS_TXT = "RFC 8461 §3.1";
        public static final String POLICY = "RFC 8461 §3.2";
        public static final String FETCH = "RFC 8461 §3.3";
        public static final String MATCHING = "RFC 8461 §4.1";
        public static final String MODES = "RFC 8461 §5";
        public static final String TLSRPT = "RFC 8460 §3";
        public static final String NULL_MX = "RFC 7505 §3";
        public static final String DNS = "RFC 1035 §2.3.1";
        public static final String DNS_SIZE = "RFC 1035 §2.3.4";
        public static final String IDNA = "RFC 5891 §4";

        private Rules() {}
    }
}
