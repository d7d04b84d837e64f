package org.mtasts.wizard.reports;

/**
 * The report store cannot be used: its folder cannot be created or written, another copy of the
 * app holds it open, or the database file is damaged. The message is one sentence for the user.
 */
public final class ReportStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
