package org.mtasts.wizard.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;

/** The two looks of the app, both AtlantaFX Primer user-agent stylesheets. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Applies this theme to every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet());
    }

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** The look for the desktop's colour scheme; light when the desktop reports none (null). */
    public static Theme of(ColorScheme scheme) {
        return scheme == ColorScheme.DARK ? DARK : LIGHT;
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    @Override
    public String toString() {
        return label;
    }
}
