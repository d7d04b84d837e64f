package org.mtasts.wizard.check;

import java.io.Closeable;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Closes everything a run has open when the run is cancelled or reaches its deadline. Blocking
 * socket reads cannot be interrupted; closing the socket is what makes them return promptly.
 */
final class Cancellation {
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private volatile String reason;

    /** Registers something to close on cancel; closes it at once if the run is already cancelled. */
    void register(Closeable c) {
        open.add(c);
        if (reason != null) {
            closeQuietly(c);
        }
    }

    void unregister(Closeable c) {
        open.remove(c);
    }

    /** Why the run stopped early, or {@code null} while it is running normally. */
    String reason() {
        return reason;
    }

    boolean isCancelled() {
        return reason != null;
    }

    void cancel(String why) {
        synchronized (this) {
            if (reason != null) {
                return;
            }
            reason = why;
        }
        for (Closeable c : open) {
            closeQuietly(c);
        }
    }

    static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            // closing to stop: nothing more to do
        }
    }
}
