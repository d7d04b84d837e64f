package org.mtasts.wizard.core;

import java.util.regex.Pattern;

/**
 * The one place that knows what a {@code max_age} value is (RFC 8461 §3.2): the policy parser, the
 * wizard's Policy screen and {@code generate --max-age} all ask here, so the three cannot drift.
 *
 * <p>RFC 8461 §3.2: {@code sts-policy-max-age-value = 1*10(DIGIT)}, "Maximum value of 31557600"
 * ({@link Policy#MAX_AGE_LIMIT}, one year). Zero is allowed: it tells senders to stop caching.
 */
public final class MaxAge {
    /** The grammar's {@code 1*10(DIGIT)}: no sign, no unit, no spaces inside. */
    private static final Pattern SYNTAX = Pattern.compile("[0-9]{1,10}");

    /** One week: the value the RFC's examples and most guides use, offered as the default. */
    public static final long ONE_WEEK = 604_800L;

    private MaxAge() {}

    /** What {@link #parse} made of a typed value. */
    public sealed interface MaxAgeInput permits Valid, Invalid {}

    /** A usable value, within 0..{@link Policy#MAX_AGE_LIMIT}. */
    public record Valid(long seconds) implements MaxAgeInput {}

    /** Not usable; {@code message} says what to enter instead, in words fit for either face. */
    public record Invalid(String message) implements MaxAgeInput {}

    /** True when {@code value} matches the grammar (1 to 10 digits), whatever its size. */
    public static boolean isWellFormed(String value) {
        return value != null && SYNTAX.matcher(value).matches();
    }

    /** True when a well-formed value is within the RFC's bound. */
    public static boolean inRange(long seconds) {
        return seconds >= 0 && seconds <= Policy.MAX_AGE_LIMIT;
    }

    /**
     * Reads what a person typed (surrounding spaces ignored): a value, or a message that says the
     * range and the usual choice. Never throws.
     */
    public static MaxAgeInput parse(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (isWellFormed(s)) {
            long seconds = Long.parseLong(s);
            if (inRange(seconds)) {
                return new Valid(seconds);
            }
        }
        return new Invalid(
                "Enter whole seconds from 0 to " + Policy.MAX_AGE_LIMIT + " (one year); one week is " + ONE_WEEK + ".");
    }
}
