package org.mtasts.wizard.ui.store;

import org.mtasts.wizard.ui.common.ThemeChoice;

/**
 * What the user chose in Settings, as saved on disk.
 *
 * @param resolver resolver address ({@code HOST[:PORT]}) or empty for the system resolver
 * @param caFile extra trust anchors (PEM), or empty
 * @param timeoutSeconds per-probe timeout
 * @param theme system (follow the desktop), light or dark; files from before System existed hold
 *     light or dark and read as that
 */
public record AppSettings(String resolver, String caFile, int timeoutSeconds, ThemeChoice theme) {
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public AppSettings {
        resolver = resolver == null ? "" : resolver;
        caFile = caFile == null ? "" : caFile;
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
    }

    public static AppSettings defaults() {
        return new AppSettings("", "", DEFAULT_TIMEOUT_SECONDS, ThemeChoice.SYSTEM);
    }
}
