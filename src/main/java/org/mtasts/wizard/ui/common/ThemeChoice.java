package org.mtasts.wizard.ui.common;

import javafx.application.ColorScheme;

/**
 * The theme the user chose in Settings: follow the desktop's light or dark setting, or one of the
 * two looks always. Saved by name, so files that hold {@code LIGHT} or {@code DARK} (written
 * before System existed) still read as they were.
 */
public enum ThemeChoice {
    SYSTEM("System"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The look in effect when the desktop reports {@code system} (null when it reports nothing). */
    public Theme resolve(ColorScheme system) {
        return switch (this) {
            case SYSTEM -> Theme.of(system);
            case LIGHT -> Theme.LIGHT;
            case DARK -> Theme.DARK;
        };
    }

    /** The explicit choice of one look (what the header's switch sets). */
    public static ThemeChoice explicit(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    @Override
    public String toString() {
        return label;
    }
}
