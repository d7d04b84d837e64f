package org.mtasts.wizard.check;

/**
 * A setting a user chose cannot be used (unreadable CA file, impossible timeout, bad domain). The
 * message is one sentence fit to show as it is.
 */
public final class InvalidSettingsException extends Exception {
    public InvalidSettingsException(String message) {
        super(message);
    }

    public InvalidSettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
