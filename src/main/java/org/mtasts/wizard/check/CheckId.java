package org.mtasts.wizard.check;

/**
 * The stable identifiers of check results. Scripts match on {@link #code()}; the codes never change
 * meaning once published (they are documented in the README).
 */
public enum CheckId {
    /** The DNS resolver itself answered at all. INCONCLUSIVE here means nothing could be checked. */
    RESOLVER("resolver", "RFC 1035"),
    /** The {@code _mta-sts} TXT record: present exactly once and well-formed. */
    STS_RECORD("sts-record", "RFC 8461 §3.1"),
    /** {@code mta-sts.<domain>} resolves to at least one address. */
    POLICY_HOST("policy-host", "RFC 8461 §3.3"),
    /** HTTPS to the policy host: TLS 1.2+, trusted chain, unexpired, name matches. */
    POLICY_TLS("policy-tls", "RFC 8461 §3.3"),
    /** The policy URL answers 200 itself, without redirects. */
    POLICY_STATUS("policy-status", "RFC 8461 §3.3"),
    /** The policy is served as {@code text/plain}. */
    POLICY_CONTENT_TYPE("policy-content-type", "RFC 8461 §3.2"),
    /** The policy body is no larger than 64 KiB. */
    POLICY_SIZE("policy-size", "RFC 8461 §3.3"),
    /** The policy file parses and is valid. */
    POLICY_SYNTAX("policy-syntax", "RFC 8461 §3.2"),
    /** The domain publishes MX records (and not a null MX). */
    MX_RECORDS("mx-records", "RFC 8461 §4"),
    /** Every MX host matches a policy {@code mx} pattern; no pattern is stale. */
    MX_COVERAGE("mx-coverage", "RFC 8461 §4.1"),
    /** One per MX host: every address offers STARTTLS and negotiates TLS 1.2 or newer. */
    MX_STARTTLS("mx-starttls", "RFC 8461 §4.2"),
    /** One per MX host: the certificate chains to a trusted root, is unexpired and names the host. */
    MX_CERT("mx-cert", "RFC 8461 §4.2"),
    /** The {@code _smtp._tls} TLSRPT record: present exactly once and well-formed. */
    TLSRPT_RECORD("tlsrpt-record", "RFC 8460 §3"),
    /**
     * Beside MTA-STS: the domain's DNS answers are DNSSEC-signed and validate (secure), are unsigned
     * (insecure, informational) or fail validation (bogus). Not part of the verdict.
     */
    DNSSEC("dnssec", "RFC 4035 §4.3"),
    /**
     * Beside MTA-STS, one per MX host: the DANE TLSA records at {@code _25._tcp.<host>} and whether
     * they match the chain the host presented. Not part of the verdict.
     */
    MX_DANE("mx-dane", "RFC 7672 §2.2");

    private final String code;
    private final String rule;

    CheckId(String code, String rule) {
        this.code = code;
        this.rule = rule;
    }

    /** The stable identifier, as printed and in JSON, e.g. {@code mx-starttls}. */
    public String code() {
        return code;
    }

    /** The RFC section the check traces to, unless a result names a more precise one. */
    public String rule() {
        return rule;
    }

    /**
     * True for the rows shown beside MTA-STS (DNSSEC and DANE): they are judged and shown like the
     * others, but a correct MTA-STS setup stays correct whatever they say, so {@link
     * Report#verdictOf} and {@link Report#failures()} leave them out. Senders that support DANE
     * prefer it over MTA-STS (RFC 8461 §2), which is why the check shows them at all.
     */
    public boolean besideMtaSts() {
        return this == DNSSEC || this == MX_DANE;
    }

    /** Finds an id by its code, or {@code null}. */
    public static CheckId fromCode(String code) {
        for (CheckId id : values()) {
            if (id.code.equals(code)) {
                return id;
            }
        }
        return null;
    }
}
