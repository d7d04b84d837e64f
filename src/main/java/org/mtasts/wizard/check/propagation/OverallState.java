package org.mtasts.wizard.check.propagation;

import java.util.Locale;

/** Where the whole setup stands, from its records' states. */
public enum OverallState {
    /** Every record is served by every authoritative server and by the resolver. */
    LIVE_EVERYWHERE,
    /** Every authoritative server serves every record; the resolver still caches an old or negative answer. */
    PUBLISHED_WAITING_FOR_CACHES,
    /** At least one authoritative server still serves an old copy. */
    PARTIAL,
    /** At least one record is served by no authoritative server. */
    NOT_PUBLISHED,
    /** Nothing could be said for at least one record (no answer, zone not found), and nothing worse was seen. */
    INCONCLUSIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
