package org.mtasts.wizard.ui.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.application.ColorScheme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.store.AppSettings;
import org.mtasts.wizard.ui.store.LaunchOptions;

/** Settings: resolver, extra trust anchors, timeout, theme. Each field validates as the user types. */
public final class SettingsViewModel {
    static final int MAX_TIMEOUT_SECONDS = (int) CheckSettings.MAX_PROBE_TIMEOUT.toSeconds();
    private static final long MAX_CA_FILE_BYTES = 4L * 1024 * 1024;

    private final ObjectProperty<ResolverChoice> resolverChoice = new SimpleObjectProperty<>(ResolverChoice.SYSTEM);
    private final StringProperty customResolver = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty timeout =
            new SimpleStringProperty(String.valueOf(AppSettings.DEFAULT_TIMEOUT_SECONDS));
    private final ObjectProperty<ThemeChoice> themeChoice = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    /** The desktop's colour scheme; the window binds it to the platform's preference (null: none reported). */
    private final ObjectProperty<ColorScheme> systemColorScheme = new SimpleObjectProperty<>();

    private final ObjectBinding<Theme> theme = Bindings.createObjectBinding(
            () -> themeChoice.get().resolve(systemColorScheme.get()), themeChoice, systemColorScheme);

    private final StringBinding customResolverError = Bindings.createStringBinding(
            () -> resolverChoice.get() == ResolverChoice.CUSTOM ? resolverProblem(customResolver.get()) : "",
            resolverChoice,
            customResolver);
    private final StringBinding caFileError = Bindings.createStringBinding(() -> caFileProblem(caFile.get()), caFile);
    private final StringBinding timeoutError =
            Bindings.createStringBinding(() -> timeoutProblem(timeout.get()), timeout);
    private final BooleanBinding valid =
            customResolverError.isEmpty().and(caFileError.isEmpty()).and(timeoutError.isEmpty());

    public ObjectProperty<ResolverChoice> resolverChoiceProperty() {
        return resolverChoice;
    }

    public StringProperty customResolverProperty() {
        return customResolver;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    /** System, Light or Dark, as chosen and saved. */
    public ObjectProperty<ThemeChoice> themeChoiceProperty() {
        return themeChoice;
    }

    public ObjectProperty<ColorScheme> systemColorSchemeProperty() {
        return systemColorScheme;
    }

    /** The look in effect: the choice, with System resolved against the desktop's colour scheme. */
    public ObjectBinding<Theme> themeProperty() {
        return theme;
    }

    public StringBinding customResolverErrorProperty() {
        return customResolverError;
    }

    public StringBinding caFileErrorProperty() {
        return caFileError;
    }

    public StringBinding timeoutErrorProperty() {
        return timeoutError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    /** The resolver in effect: empty for the system resolver. */
    public String resolver() {
        ResolverChoice c = resolverChoice.get();
        return c == ResolverChoice.CUSTOM ? customResolver.get().strip() : c.address();
    }

    /** The timeout in effect; the default while the typed value is invalid. */
    public int timeoutSeconds() {
        return timeoutError.get().isEmpty()
                ? Integer.parseInt(timeout.get().strip())
                : AppSettings.DEFAULT_TIMEOUT_SECONDS;
    }

    /** The extra CA file in effect, or null (also while the typed path is invalid). */
    public Path caFileOrNull() {
        String s = caFile.get().strip();
        return s.isEmpty() || !caFileError.get().isEmpty() ? null : Path.of(s);
    }

    public void load(AppSettings s) {
        ResolverChoice choice = ResolverChoice.forAddress(s.resolver());
        resolverChoice.set(choice);
        customResolver.set(choice == ResolverChoice.CUSTOM ? s.resolver() : "");
        caFile.set(s.caFile());
        timeout.set(String.valueOf(s.timeoutSeconds()));
        themeChoice.set(s.theme());
    }

    /** Command-line options win over saved settings for this run. */
    public void apply(LaunchOptions options) {
        if (options.resolver() != null) {
            load(new AppSettings(options.resolver(), caFile.get(), timeoutSeconds(), themeChoice.get()));
        }
        if (options.caFile() != null) {
            caFile.set(options.caFile());
        }
    }

    public AppSettings toSettings() {
        String resolverText = resolverChoice.get() == ResolverChoice.CUSTOM
                ? customResolver.get().strip()
                : resolver();
        return new AppSettings(resolverText, caFile.get().strip(), timeoutSeconds(), themeChoice.get());
    }

    /** The check layer parses resolver addresses; its one-line message is shown as it is. */
    static String resolverProblem(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return "Enter the resolver's address, e.g. 192.0.2.53 or 192.0.2.53:5353.";
        }
        try {
            ResolverSpec.parse(s);
            return "";
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            return Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".";
        }
    }

    static String caFileProblem(String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return "";
        }
        Path p;
        try {
            p = Path.of(s);
        } catch (InvalidPathException e) {
            return "Not a valid file path.";
        }
        if (!Files.isRegularFile(p)) {
            return "No such file: " + s;
        }
        if (!Files.isReadable(p)) {
            return "The file cannot be read: " + s;
        }
        try {
            if (Files.size(p) > MAX_CA_FILE_BYTES) {
                return "The file is too large to be a certificate file.";
            }
            String pem = Files.readString(p, StandardCharsets.ISO_8859_1);
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                return "Not a PEM certificate file (no BEGIN CERTIFICATE line).";
            }
        } catch (IOException e) {
            return "The file cannot be read: " + s;
        }
        return "";
    }

    static String timeoutProblem(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("\\d{1,4}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > MAX_TIMEOUT_SECONDS) {
            return "Enter whole seconds from 1 to " + MAX_TIMEOUT_SECONDS + ".";
        }
        return "";
    }
}
