package org.mtasts.wizard.ui.store;

import org.mtasts.wizard.ui.common.Theme;

/**
 * What the user chose in Settings, as saved on disk.
 *
 * @param resolver resolver address ({@code HOST[:PORT]}) or empty for the system resolver
 * @param caFile extra trust anchors (PEM), or empty
 * @param timeoutSeconds per-probe timeout
 * @param theme light or dark
 */
public record AppSettings(String resolver, String caFile, int timeoutSeconds, Theme theme) {
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;

    public AppSettings {
        resolver = resolver == null ? "" : resolver;
        caFile = caFile == null ? "" : caFile;
        timeoutSeconds = timeoutSeconds <= 0 ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        theme = theme == null ? Theme.LIGHT : theme;
    }

    public static AppSettings defaults() {
        return new AppSettings("", "", DEFAULT_TIMEOUT_SECONDS, Theme.LIGHT);
    }
}
