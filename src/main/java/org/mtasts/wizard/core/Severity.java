package org.mtasts.wizard.core;

import java.util.Locale;

/** How much a finding matters to a sending mail server. */
public enum Severity {
    /** Senders ignore or reject the setup (an RFC MUST, or outside the grammar). */
    ERROR,
    /** Works, but fragile or against the RFC's advice. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO;

    /** Lower-case name used in text and JSON output ({@code error}, {@code warning}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
