package org.mtasts.wizard.ui.common;

import org.mtasts.wizard.core.Finding;

/** How a core finding reads on a screen, the same on every screen that shows one. */
public final class FindingText {
    private FindingText() {}

    /** A finding as one sentence: capitalised message, then what to do. */
    public static String sentence(Finding f) {
        String m = f.message().isEmpty()
                ? ""
                : Character.toUpperCase(f.message().charAt(0)) + f.message().substring(1);
        return f.fix().isEmpty() ? m + "." : m + ". Fix: " + f.fix() + ".";
    }
}
