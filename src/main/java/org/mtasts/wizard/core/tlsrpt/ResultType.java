package org.mtasts.wizard.core.tlsrpt;

import java.util.Optional;

/**
 * "result-type" (RFC 8460 §4.3), each with what it means in plain words, what to do, and the live
 * check that tests the same thing (a {@code check.CheckId} code, kept as text because core sits
 * below check).
 */
public enum ResultType {
    // RFC 8460 §4.3.1: negotiation failures.
    STARTTLS_NOT_SUPPORTED(
            "starttls-not-supported",
            Group.STARTTLS,
            "The sender connected to your mail server but it did not offer STARTTLS, so the mail went"
                    + " unencrypted (testing) or would bounce (enforce).",
            "Enable STARTTLS on every MX host (Postfix: smtpd_tls_security_level = may, with a"
                    + " certificate); check that no firewall or middlebox strips it.",
            "mx-starttls"),
    CERTIFICATE_HOST_MISMATCH(
            "certificate-host-mismatch",
            Group.CERTIFICATE,
            "Your mail server's certificate does not name the MX host the sender connected to.",
            "Install a certificate whose names include every MX host name (as in the MX records).",
            "mx-cert"),
    CERTIFICATE_EXPIRED(
            "certificate-expired",
            Group.CERTIFICATE,
            "Your mail server presented an expired certificate.",
            "Renew the MX host's certificate and make sure the mail server reloads it (automate renewal).",
            "mx-cert"),
    CERTIFICATE_NOT_TRUSTED(
            "certificate-not-trusted",
            Group.CERTIFICATE,
            "The sender could not chain your mail server's certificate to a trusted root (self-signed,"
                    + " private CA, or the intermediate certificate left out).",
            "Use a certificate from a public CA and serve the full chain (leaf plus intermediates).",
            "mx-cert"),
    VALIDATION_FAILURE(
            "validation-failure",
            Group.CERTIFICATE,
            "The TLS session failed for a reason not covered by the other types (see the reason code).",
            "Read the failure reason code and additional information; run the live check on the MX host.",
            "mx-starttls"),
    // RFC 8460 §4.3.2: policy failures, DANE.
    TLSA_INVALID(
            "tlsa-invalid",
            Group.DANE,
            "The TLSA records published for your mail server are malformed or unusable.",
            "Fix the TLSA records at _25._tcp.<mx host> (usage 3 1 1 or 2 1 1 are the usual choices).",
            "mx-cert"),
    DNSSEC_INVALID(
            "dnssec-invalid",
            Group.DNSSEC,
            "The sender could not validate your DNSSEC signatures (bogus or expired signatures, broken"
                    + " chain of trust).",
            "Re-sign the zone and check the DS record at the parent; fix DNSSEC before relying on DANE.",
            "mx-records"),
    DANE_REQUIRED(
            "dane-required",
            Group.DANE,
            "The sender requires DANE for your domain but found no usable TLSA records.",
            "Publish TLSA records for every MX host in a signed zone, or ask the sender why it requires DANE.",
            "mx-cert"),
    // RFC 8460 §4.3.2: policy failures, MTA-STS.
    STS_POLICY_FETCH_ERROR(
            "sts-policy-fetch-error",
            Group.STS,
            "The sender could not fetch your MTA-STS policy (host unreachable, HTTP error, redirect or" + " timeout).",
            "Make https://mta-sts.<domain>/.well-known/mta-sts.txt answer 200 directly, over HTTPS, from"
                    + " everywhere.",
            "policy-status"),
    STS_POLICY_INVALID(
            "sts-policy-invalid",
            Group.STS,
            "The sender fetched your MTA-STS policy but could not parse it, or it did not match your MX hosts.",
            "Fix the policy file's syntax (CRLF lines, version: STSv1, mode, mx, max_age) and list every MX host.",
            "policy-syntax"),
    STS_WEBPKI_INVALID(
            "sts-webpki-invalid",
            Group.STS,
            "The HTTPS certificate of your policy host mta-sts.<domain> was not valid for the sender.",
            "Serve a publicly trusted certificate for mta-sts.<domain> with its full chain.",
            "policy-tls"),
    /** A result type this project does not know; shown with the raw text. */
    UNKNOWN(
            "unknown",
            Group.OTHER,
            "The reporter used a result type this version does not know.",
            "Read the reporter's additional information and reason code.",
            null);

    /** Families of failures, as the readiness verdict weighs them. */
    public enum Group {
        STARTTLS,
        CERTIFICATE,
        STS,
        DANE,
        DNSSEC,
        OTHER
    }

    private final String token;
    private final Group group;
    private final String meaning;
    private final String fix;
    private final String checkCode;

    ResultType(String token, Group group, String meaning, String fix, String checkCode) {
        this.token = token;
        this.group = group;
        this.meaning = meaning;
        this.fix = fix;
        this.checkCode = checkCode;
    }

    public String token() {
        return token;
    }

    public Group group() {
        return group;
    }

    /** What it means, in plain words. */
    public String meaning() {
        return meaning;
    }

    /** What to do about it. */
    public String fix() {
        return fix;
    }

    /** The code of the live check that tests the same thing (e.g. {@code mx-cert}), if any. */
    public Optional<String> checkCode() {
        return Optional.ofNullable(checkCode);
    }

    /**
     * Failures that would stop mail once the policy is enforced: STARTTLS, certificates and the
     * policy itself (RFC 8461 §5: in enforce a sender does not deliver after such a failure).
     */
    public boolean blocksEnforce() {
        return group == Group.STARTTLS || group == Group.CERTIFICATE || group == Group.STS;
    }

    /** The type named by {@code text} (case-insensitive, trimmed), or {@link #UNKNOWN}. */
    public static ResultType fromToken(String text) {
        String t = text == null ? "" : text.trim();
        for (ResultType r : values()) {
            if (r != UNKNOWN && r.token.equalsIgnoreCase(t)) {
                return r;
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return token;
    }
}
