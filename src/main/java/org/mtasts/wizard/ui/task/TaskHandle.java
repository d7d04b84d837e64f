package org.mtasts.wizard.ui.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A started task: lets the UI cancel it and tells whether it is still running. */
public final class TaskHandle implements TaskExecutor.TaskContext {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean done = new AtomicBoolean();
    private final List<Runnable> cancelActions = new CopyOnWriteArrayList<>();
    private final TaskExecutor executor;

    TaskHandle(TaskExecutor executor) {
        this.executor = executor;
    }

    /**
     * Stops the task: its result is dropped at once, and the cancel hooks (closing sockets,
     * stopping probes) run on a helper thread, because closing a TLS socket that another thread is
     * reading can block for as long as that read, and the caller is usually the UI thread.
     */
    public void cancel() {
        if (done.get() || !cancelled.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(this::runCancelActions, "wizard-cancel");
        t.setDaemon(true);
        t.start();
    }

    private void runCancelActions() {
        for (Runnable action : cancelActions) {
            try {
                action.run();
            } catch (RuntimeException ignored) {
                // A failing cancel hook must not keep the others from running.
            }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isDone() {
        return done.get();
    }

    void markDone() {
        done.set(true);
    }

    @Override
    public void onCancel(Runnable action) {
        cancelActions.add(action);
        if (cancelled.get()) {
            // Registered after cancel(): the task is still starting; stop what it just opened.
            action.run();
        }
    }

    @Override
    public void ui(Runnable update) {
        executor.onUi(() -> {
            if (!cancelled.get()) {
                update.run();
            }
        });
    }
}
