package org.mtasts.wizard.core;

import java.util.List;
import java.util.Objects;

/**
 * An MTA-STS policy (RFC 8461 §3.2). Always valid: {@code mx} is non-empty unless the mode is
 * {@link Mode#NONE}, and {@code maxAgeSeconds} is within 0..31557600.
 *
 * @param mode          the policy mode
 * @param mx            the {@code mx} patterns in file order
 * @param maxAgeSeconds how long senders may cache the policy
 */
public record Policy(Mode mode, List<MxPattern> mx, long maxAgeSeconds) {

    /** The largest {@code max_age} the RFC allows: one year (RFC 8461 §3.2). */
    public static final long MAX_AGE_LIMIT = 31_557_600L;

    public Policy {
        Objects.requireNonNull(mode, "mode");
        mx = List.copyOf(mx);
        if (maxAgeSeconds < 0 || maxAgeSeconds > MAX_AGE_LIMIT) {
            throw new IllegalArgumentException("max_age must be within 0.." + MAX_AGE_LIMIT + ": " + maxAgeSeconds);
        }
        if (mx.isEmpty() && mode != Mode.NONE) {
            throw new IllegalArgumentException("a policy in mode " + mode + " needs at least one mx pattern");
        }
    }
}
