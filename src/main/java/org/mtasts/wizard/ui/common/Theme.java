package org.mtasts.wizard.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

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

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    @Override
    public String toString() {
        return label;
    }
}
