package org.mtasts.wizard.reports;

/**
 * One input that was not imported, and why.
 *
 * @param source  what was read: a path, "a.mbox, message 3", "imaps://user@host/INBOX, message 12"
 * @param message one sentence, e.g. "expands past 20 MiB (a gzip bomb?); not read"
 */
public record ImportProblem(String source, String message) {

    /** "{source}: {message}", the line both faces show. */
    public String text() {
        return source + ": " + message;
    }

    @Override
    public String toString() {
        return text();
    }
}
