package org.mtasts.wizard.reports;

import org.mtasts.wizard.core.tlsrpt.TlsReport;

/**
 * Progress of an import, called on the importing thread (a JavaFX face hops to the FX thread
 * itself). Every method has an empty default.
 */
public interface ImportListener {
    /** Listens to nothing. */
    ImportListener NONE = new ImportListener() {};

    /**
     * Reading the {@code index}-th of {@code total} inputs (files of a path list, messages of an
     * IMAP folder) started; {@code total} is -1 where it is not known (messages of an mbox).
     */
    default void reading(String source, int index, int total) {}

    /** A report was read from {@code source} and added or found to be a duplicate. */
    default void report(String source, TlsReport report, AddOutcome outcome) {}

    /** An input could not be imported. */
    default void problem(ImportProblem problem) {}
}
