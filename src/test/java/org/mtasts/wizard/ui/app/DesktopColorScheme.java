package org.mtasts.wizard.ui.app;

import com.sun.javafx.application.PlatformImpl;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import javafx.application.ColorScheme;
import javafx.application.Platform;

/**
 * Changes the colour scheme that {@link Platform#getPreferences()} reports, as a desktop switching
 * between light and dark would. JavaFX 22 has no public way to do that, so this uses the override
 * inside its preference properties; null restores what the platform reported. Call on the FX thread.
 */
final class DesktopColorScheme {
    private DesktopColorScheme() {}

    static void set(ColorScheme scheme) {
        try {
            Object prefs = PlatformImpl.getPlatformPreferences();
            Field field = prefs.getClass().getDeclaredField("properties");
            field.setAccessible(true);
            Object properties = field.get(prefs);
            Method setter = properties.getClass().getDeclaredMethod("setColorScheme", ColorScheme.class);
            setter.setAccessible(true);
            setter.invoke(properties, scheme);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot change the platform's colour scheme in this JavaFX", e);
        }
    }
}
