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
        try {
            draft.save(d);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public boolean saveSettings(AppSettings s) {
        try {
            settings.save(s);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Optional<WindowBounds> loadWindow() {
        return window.load();
    }

    /** Saves quietly, like the draft: a window position is never worth an error. */
    public boolean saveWindow(WindowBounds b) {
        try {
            window.save(b);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public Path draftFile() {
        return draft.file();
    }
}
