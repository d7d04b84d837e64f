package org.mtasts.wizard.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;

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

    /**
     * Applies this theme to every window of the application, on the FX thread only. Setting the
     * stylesheet already in use is skipped: each set makes JavaFX restyle every scene, and a
     * restyle racing a layout pass resolved looked-up colours without their theme ("String cannot
     * be cast to Paint").
     */
    public void apply() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a theme is applied on the FX thread");
        }
        String sheet = userAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
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
