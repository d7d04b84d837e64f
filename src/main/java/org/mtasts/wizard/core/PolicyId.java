package org.mtasts.wizard.core;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The {@code id} of the {@code _mta-sts} TXT record. Senders re-fetch the policy only when it
 * changes (RFC 8461 §3.1), so every policy change needs a new one; a UTC timestamp is the
 * conventional choice.
 */
public final class PolicyId {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9]{1,32}");

    /** An id of the conventional shape, used in messages (never a real clock: messages stay deterministic). */
    public static final String EXAMPLE = "20260101120000";

    private PolicyId() {}

    /** {@code yyyyMMddHHmmss} in UTC from the clock, e.g. {@code 20261128093000}. */
    public static String generate(Clock clock) {
        return FORMAT.format(clock.instant());
    }

    /** True for 1 to 32 ASCII letters or digits ({@code sts-id} in RFC 8461 §3.1). */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
