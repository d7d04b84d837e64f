package org.mtasts.wizard.check.propagation;

import java.util.concurrent.CompletableFuture;

/** A running propagation check. */
public interface PropagationRun {
    /** Completes with the report, always: also after {@link #cancel()} or the deadline (never exceptionally). */
    CompletableFuture<PropagationReport> report();

    /** Stops waiting: every pending question ends as {@code cancelled} and the report completes at once. */
    void cancel();
}
