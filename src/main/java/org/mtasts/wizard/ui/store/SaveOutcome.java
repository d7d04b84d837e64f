package org.mtasts.wizard.ui.store;

/** What happened to a save: written, refused because something exists there, or failed. */
public enum SaveOutcome {
    SAVED,
    /** Nothing was written: the file exists and the user has not agreed to replace it. */
    EXISTS,
    FAILED
}
