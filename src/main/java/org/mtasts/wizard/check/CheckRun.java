package org.mtasts.wizard.check;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One check in progress. Results flow to the {@link CheckListener} given at start; the full
 * {@link Report} arrives through {@link #report()}.
 */
public interface CheckRun {

    /**
     * Completes with the report when the run finishes, is cancelled, or reaches its deadline; it never
     * completes exceptionally. After a cancel or the deadline, every result not yet known is
     * {@link Status#INCONCLUSIVE} with the reason.
     */
    CompletableFuture<Report> report();

    /**
     * Stops the run promptly: open sockets are closed and pending DNS questions abandoned. Safe to
     * call from any thread, any number of times.
     */
    void cancel();

    /** True once {@link #cancel()} was called. */
    boolean isCancelled();

    /** Waits for the report (at most the run's deadline plus a little). */
    default Report await() throws InterruptedException {
        try {
            return report().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check run never completes exceptionally", e);
        }
    }
}
