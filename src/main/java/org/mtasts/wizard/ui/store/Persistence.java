package org.mtasts.wizard.ui.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The draft and the settings on disk, in the user's configuration directory. */
public final class Persistence {
    private final JsonStore<Draft> draft;
    private final JsonStore<AppSettings> settings;
    private final JsonStore<WindowBounds> window;

    public Persistence(Path dir) {
        this.draft = new JsonStore<>(dir.resolve("draft.json"), Draft.class);
        this.settings = new JsonStore<>(dir.resolve("settings.json"), AppSettings.class);
        this.window = new JsonStore<>(dir.resolve("window.json"), WindowBounds.class);
    }

    public static Persistence inConfigDir() {
        return new Persistence(AppDirs.configDir());
    }

    public Optional<Draft> loadDraft() {
        return draft.load();
    }

    public Optional<AppSettings> loadSettings() {
        return settings.load();
    }

    /** Saves quietly: failing to keep a draft must never interrupt the user's work. */
    public boolean saveDraft(Draft d) {
        return quietly(draft, d);
    }

    public boolean saveSettings(AppSettings s) {
        return quietly(settings, s);
    }

    public Optional<WindowBounds> loadWindow() {
        return window.load();
    }

    /** Saves quietly, like the draft: a window position is never worth an error. */
    public boolean saveWindow(WindowBounds b) {
        return quietly(window, b);
    }

    /** Saves without a word on failure: keeping a file must never interrupt the user's work. */
    private static <T> boolean quietly(JsonStore<T> store, T value) {
        try {
            store.save(value);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Path draftFile() {
        return draft.file();
    }
}
