package org.mtasts.wizard.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.application.ColorScheme;
import org.junit.jupiter.api.Test;

class ThemeChoiceTest {
    @Test
    void theDesktopsColourSchemeMapsToALookAndNoneMeansLight() {
        assertEquals(Theme.DARK, Theme.of(ColorScheme.DARK));
        assertEquals(Theme.LIGHT, Theme.of(ColorScheme.LIGHT));
        assertEquals(Theme.LIGHT, Theme.of(null));
    }

    @Test
    void systemFollowsTheDesktopAndLightOrDarkIgnoreIt() {
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK, null}) {
            assertEquals(Theme.of(scheme), ThemeChoice.SYSTEM.resolve(scheme));
            assertEquals(Theme.LIGHT, ThemeChoice.LIGHT.resolve(scheme));
            assertEquals(Theme.DARK, ThemeChoice.DARK.resolve(scheme));
        }
    }

    @Test
    void anExplicitChoiceNamesOneLook() {
        assertEquals(ThemeChoice.LIGHT, ThemeChoice.explicit(Theme.LIGHT));
        assertEquals(ThemeChoice.DARK, ThemeChoice.explicit(Theme.DARK));
    }
}
