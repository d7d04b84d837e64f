package org.mtasts.wizard.check;

import java.util.List;

/**
 * Receives each result as soon as it is known, so a face can show per-row progress.
 *
 * <p>Called from the checker's worker threads, one call at a time (never concurrently for one run).
 * A JavaFX face must hop to the FX thread itself ({@code Platform.runLater}). Implementations must
 * return quickly and must not throw; an exception is swallowed so it cannot break the run.
 */
@FunctionalInterface
public interface CheckListener {
    /** One result is final. The same (id, target) pair is reported at most once per run. */
    void onResult(CheckResult result);

    /**
     * The MX hosts are known: one {@link CheckId#MX_STARTTLS} and one {@link CheckId#MX_CERT} result
     * will follow for each of them. Called at most once, before any per-host result.
     */
    default void onMxHosts(List<MxHost> hosts) {}

    /** A listener that ignores everything. */
    static CheckListener none() {
        return r -> {};
    }
}
