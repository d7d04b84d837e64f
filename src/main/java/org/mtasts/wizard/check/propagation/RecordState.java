package org.mtasts.wizard.check.propagation;

import java.util.Locale;

/** Where one record stands. */
public enum RecordState {
    /** Every authoritative server that answered and the resolver serve the expected value. */
    LIVE,
    /** Every authoritative server that answered serves it; the resolver still holds an old or negative answer. */
    WAITING_FOR_CACHE,
    /** Some authoritative servers serve it, others still an old copy (they are named). */
    PARTIAL,
    /** No authoritative server serves the expected value (or, without one, the record at all). */
    NOT_PUBLISHED,
    /** Not published anywhere and not asked for: a TLSRPT record without a draft that has one. */
    OPTIONAL_ABSENT,
    /** Not known: no authoritative server (or the resolver) answered, or the zone could not be found. */
    INCONCLUSIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
