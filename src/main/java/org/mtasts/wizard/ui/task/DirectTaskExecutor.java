package org.mtasts.wizard.ui.task;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread. For ViewModel tests and the screenshot renderer,
 * where a deterministic order matters more than a responsive window. Progress updates posted by
 * the work (possibly from other threads, such as a checker's workers) are queued and run on the
 * calling thread, in order, before the result is delivered.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();

    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(this);
        T result;
        try {
            result = work.run(handle);
        } catch (Exception e) {
            drain();
            handle.markDone();
            if (!handle.isCancelled()) {
                onFailure.accept(e);
            }
            return handle;
        }
        drain();
        handle.markDone();
        if (!handle.isCancelled()) {
            onSuccess.accept(result);
        }
        return handle;
    }

    @Override
    public void onUi(Runnable update) {
        pending.add(update);
    }

    private void drain() {
        Runnable r;
        while ((r = pending.poll()) != null) {
            r.run();
        }
    }
}
