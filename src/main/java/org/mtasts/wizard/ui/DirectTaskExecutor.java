package org.mtasts.wizard.ui;

import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread. For ViewModel tests and the screenshot renderer,
 * where a deterministic order matters more than a responsive window.
 */
public final class DirectTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        TaskHandle handle = new TaskHandle(this);
        T result;
        try {
            result = work.run(handle);
        } catch (Exception e) {
            handle.markDone();
            if (!handle.isCancelled()) {
                onFailure.accept(e);
            }
            return handle;
        }
        handle.markDone();
        if (!handle.isCancelled()) {
            onSuccess.accept(result);
        }
        return handle;
    }

    @Override
    public void onUi(Runnable update) {
        update.run();
    }
}
