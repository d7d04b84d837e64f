package org.mtasts.wizard.check.propagation;

/**
 * Receives each record's report as soon as it is complete, once, from a worker thread (a JavaFX
 * view model hops to the FX thread itself).
 */
@FunctionalInterface
public interface PropagationListener {
    void record(RecordReport report);

    static PropagationListener none() {
        return r -> {};
    }
}
