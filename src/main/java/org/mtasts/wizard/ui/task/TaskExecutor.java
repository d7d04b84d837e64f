package org.mtasts.wizard.ui.task;

import java.util.function.Consumer;

/**
 * Runs work that may block (DNS, HTTPS, SMTP) off the JavaFX thread and brings the outcome back
 * to it. ViewModels depend on this interface only, so their tests run the work synchronously
 * ({@link DirectTaskExecutor}) while the app uses {@link FxTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * Starts {@code work}. Exactly one of {@code onSuccess} / {@code onFailure} is later called on
     * the UI thread, unless the returned handle was cancelled first: then neither is.
     */
    <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code update} on the UI thread (for progress reported while work runs). */
    void onUi(Runnable update);

    /** The blocking part of a task. */
    @FunctionalInterface
    interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    /** What running work can see of its task. */
    interface TaskContext {
        boolean isCancelled();

        /** Registers an action run (on the cancelling thread) when the task is cancelled. */
        void onCancel(Runnable action);

        /** Posts a progress update to the UI thread. */
        void ui(Runnable update);
    }
}
