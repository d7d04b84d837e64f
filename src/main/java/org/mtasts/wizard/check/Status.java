package org.mtasts.wizard.check;

import java.util.Locale;

/**
 * How one requirement fared. The order is from best to worst for the verdict: see
 * {@link Report#verdictOf(java.util.List)}.
 */
public enum Status {
    /** The requirement is met. */
    PASS,
    /** It works, but is fragile or against advice (an RFC SHOULD, or a risk a sender may not forgive). */
    WARN,
    /** A sending MTA will ignore or refuse the setup (an RFC MUST is broken). */
    FAIL,
    /** The check could not reach a judgement (for example outbound port 25 is blocked on this network). */
    INCONCLUSIVE,
    /** Not judged because an earlier step failed; the summary says which. */
    SKIPPED,
    /**
     * A fact, not a judgement: something optional is not in use (e.g. the zone is not
     * DNSSEC-signed, an MX host has no DANE TLSA record). Never counts towards the verdict.
     */
    INFO;

    /** The lower-case name used in JSON and plain-text output ({@code pass}, {@code warn}, ...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
