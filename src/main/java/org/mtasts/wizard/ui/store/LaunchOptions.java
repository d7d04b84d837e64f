package org.mtasts.wizard.ui.store;

import java.util.Map;

/**
 * Settings handed over from the command line ({@code gui --resolver HOST[:PORT] --ca-file PEM}).
 * They cross the reflective boundary as plain {@code --name=value} strings, so the command line
 * never loads a JavaFX class. A value given here wins over the saved settings for this run.
 *
 * @param resolver DNS resolver as typed, or {@code null} for the saved choice
 * @param caFile extra trust anchors (PEM file path), or {@code null}
 */
public record LaunchOptions(String resolver, String caFile) {
    public static final String RESOLVER = "resolver";
    public static final String CA_FILE = "ca-file";

    public static LaunchOptions none() {
        return new LaunchOptions(null, null);
    }

    /** Reads the named parameters JavaFX parsed from {@code --name=value} arguments. */
    public static LaunchOptions fromNamed(Map<String, String> named) {
        return new LaunchOptions(blankToNull(named.get(RESOLVER)), blankToNull(named.get(CA_FILE)));
    }

    /** The arguments {@code ui.app.WizardLauncher.launch(String[])} expects for these options. */
    public String[] toArgs() {
        if (resolver == null && caFile == null) {
            return new String[0];
        }
        if (resolver == null) {
            return new String[] {"--" + CA_FILE + "=" + caFile};
        }
        if (caFile == null) {
            return new String[] {"--" + RESOLVER + "=" + resolver};
        }
        return new String[] {"--" + RESOLVER + "=" + resolver, "--" + CA_FILE + "=" + caFile};
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
