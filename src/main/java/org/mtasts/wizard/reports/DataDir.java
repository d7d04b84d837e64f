package org.mtasts.wizard.reports;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its data (the report store), as opposed to its settings
 * ({@code ui.store.AppDirs}): the platform's per-user data folder. Here and not in {@code ui} so the
 * command line finds the same store as the wizard; {@code --data-dir} and the
 * {@value #DATA_DIR_PROPERTY} system property override it.
 */
public final class DataDir {
    /** Overrides the directory (tests, portable installs). */
    public static final String DATA_DIR_PROPERTY = "mtasts.dataDir";

    private DataDir() {}

    /** The data folder: the property if set, else the platform's per-user data folder. */
    public static Path defaultDir() {
        String override = System.getProperty(DATA_DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            // Local, not roaming: the store can grow and is rebuilt from the mailbox if lost.
            String local = System.getenv("LOCALAPPDATA");
            String appData = System.getenv("APPDATA");
            return Path.of(local != null ? local : appData != null ? appData : home, "MTA-STS Wizard");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MTA-STS Wizard");
        }
        // XDG Base Directory Specification: $XDG_DATA_HOME, else ~/.local/share.
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("mta-sts-wizard");
    }
}
