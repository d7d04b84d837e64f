package org.mtasts.wizard.ui.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the wizard keeps its settings and draft: the user's configuration directory. */
public final class AppDirs {
    /** Overrides the directory (tests, portable installs). */
    public static final String CONFIG_DIR_PROPERTY = "mtasts.configDir";

    private AppDirs() {}

    public static Path configDir() {
        String override = System.getProperty(CONFIG_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "MTA-STS Wizard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MTA-STS Wizard");
        }
        // XDG Base Directory Specification: $XDG_CONFIG_HOME, else ~/.config.
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return base.resolve("mta-sts-wizard");
    }
}
