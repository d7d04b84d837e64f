package org.mtasts.wizard.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on daemon background threads and delivers results with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wizard-task-" + threadCount.incrementAndGet());
        // Daemon: an unfinished probe must never keep the app alive after its window closed.
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(this);
        pool.execute(() -> {
            try {
                T result = work.run(handle);
                Platform.runLater(() -> {
                    handle.markDone();
                    if (!handle.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    handle.markDone();
                    if (!handle.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public void onUi(Runnable update) {
        Platform.runLater(update);
    }

    /** Stops accepting work; running tasks are interrupted. */
    public void shutdown() {
        pool.shutdownNow();
    }
}
