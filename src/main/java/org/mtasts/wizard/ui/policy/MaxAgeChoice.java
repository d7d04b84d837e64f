package org.mtasts.wizard.ui.policy;

import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Policy;

/** The max_age presets of the Policy screen, plus a custom value. */
public enum MaxAgeChoice {
    DAY("1 day", 86_400),
    WEEK("1 week", MaxAge.ONE_WEEK),
    MAX("1 year, the maximum", Policy.MAX_AGE_LIMIT),
    CUSTOM("Custom", -1);

    private final String label;
    private final long seconds;

    MaxAgeChoice(String label, long seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    public String label() {
        return label;
    }

    /** The preset's seconds; -1 for {@link #CUSTOM}. */
    public long seconds() {
        return seconds;
    }

    @Override
    public String toString() {
        return label;
    }
}
