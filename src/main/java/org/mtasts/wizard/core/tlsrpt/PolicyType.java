package org.mtasts.wizard.core.tlsrpt;

import java.util.Optional;

/** "policy-type" (RFC 8460 §4.4): which policy the sender applied. */
public enum PolicyType {
    /** An MTA-STS policy (RFC 8461). */
    STS("sts"),
    /** DANE TLSA records (RFC 7672). */
    TLSA("tlsa"),
    /** The sender found no policy: for an MTA-STS domain, the reporter has not picked it up. */
    NO_POLICY_FOUND("no-policy-found");

    private final String token;

    PolicyType(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    /** The type named by {@code text}, ignoring case (reporters differ in case); empty if unknown. */
    public static Optional<PolicyType> fromToken(String text) {
        for (PolicyType t : values()) {
            if (t.token.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
