package org.mtasts.wizard.core;

import java.util.Optional;

/** The policy {@code mode} (RFC 8461 §5). */
public enum Mode {
    /** Senders refuse delivery to MX hosts that fail matching, STARTTLS or certificate checks. */
    ENFORCE("enforce"),
    /** Senders deliver anyway and report failures via TLSRPT. */
    TESTING("testing"),
    /** The policy is withdrawn. */
    NONE("none");

    private final String token;

    Mode(String token) {
        this.token = token;
    }

    /** The exact (case-sensitive) value in the policy file. */
    public String token() {
        return token;
    }

    /** The mode whose wire token is exactly {@code text}; the grammar is case-sensitive (RFC 8461 §3.2). */
    public static Optional<Mode> fromToken(String text) {
        for (Mode m : values()) {
            if (m.token.equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
