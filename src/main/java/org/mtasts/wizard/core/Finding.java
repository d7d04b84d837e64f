package org.mtasts.wizard.core;

import java.util.Objects;

/**
 * One observation about an input: a policy line, a TXT record, an MX pattern, a host.
 *
 * @param code     the stable kind of finding (tests and JSON consumers key on it)
 * @param severity how much it matters
 * @param line     1-based line of the policy file it refers to; 0 when not line-specific
 * @param rule     the rule it traces to, e.g. {@code "RFC 8461 §3.2"}
 * @param message  what is wrong (or notable), in words a domain owner understands
 * @param fix      what to do about it; empty when there is nothing to do
 */
public record Finding(FindingCode code, Severity severity, int line, String rule, String message, String fix) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A finding with the code's default severity and rule. */
    public static Finding of(FindingCode code, int line, String message, String fix) {
        return new Finding(code, code.severity(), line, code.rule(), message, fix);
    }

    /** A finding with an explicit severity (the code's rule). */
    public static Finding of(FindingCode code, Severity severity, int line, String message, String fix) {
        return new Finding(code, severity, line, code.rule(), message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
