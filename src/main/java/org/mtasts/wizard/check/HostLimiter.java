package org.mtasts.wizard.check;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Politeness towards servers many domains share: at most {@code limit} sessions with one address
 * at a time, the rest queued in arrival order. Mail servers count and throttle connections per
 * client (Postfix's anvil, for example), so a bulk check must not open dozens at once to the
 * same MX. Waiting work holds no thread.
 */
final class HostLimiter {
    private static final class Slot {
        int running;
        final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    }

    private final int limit;
    private final Executor executor;
    private final Map<String, Slot> slots = new HashMap<>();

    HostLimiter(int limit, Executor executor) {
        if (limit < 1) {
            throw new IllegalArgumentException("the per-host limit must be at least 1");
        }
        this.limit = limit;
        this.executor = executor;
    }

    int limit() {
        return limit;
    }

    /**
     * Runs {@code work} on the executor once fewer than {@code limit} tasks for {@code key} are
     * running. When the executor refuses the task (it was shut down because the run stopped),
     * {@code ifRefused} supplies the result on the calling thread instead, so the future always
     * completes.
     */
    <T> CompletableFuture<T> submit(String key, Supplier<T> work, Supplier<T> ifRefused) {
        CompletableFuture<T> result = new CompletableFuture<>();
        // The slot is handed on before the result is published, so whoever waits on the result
        // sees the limiter already free of this task.
        Runnable task = () -> finish(key, result, work);
        Runnable refused = () -> finish(key, result, ifRefused);
        boolean now;
        synchronized (this) {
            Slot s = slots.computeIfAbsent(key, k -> new Slot());
            now = s.running < limit;
            if (now) {
                s.running++;
            } else {
                s.waiting.add(() -> start(task, refused));
            }
        }
        if (now) {
            start(task, refused);
        }
        return result;
    }

    private <T> void finish(String key, CompletableFuture<T> result, Supplier<T> work) {
        T value = null;
        Throwable failure = null;
        try {
            value = work.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            release(key);
        }
        if (failure != null) {
            result.completeExceptionally(failure);
        } else {
            result.complete(value);
        }
    }

    private void start(Runnable task, Runnable refused) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            refused.run();
        }
    }

    /** Hands the slot to the next waiting task for the same key, or frees it. */
    private void release(String key) {
        Runnable next;
        synchronized (this) {
            Slot s = slots.get(key);
            next = s.waiting.poll();
            if (next == null) {
                s.running--;
                if (s.running == 0) {
                    slots.remove(key);
                }
            }
        }
        if (next != null) {
            next.run();
        }
    }

    /** Sessions running plus waiting for {@code key} (for tests and progress). */
    synchronized int pending(String key) {
        Slot s = slots.get(key);
        return s == null ? 0 : s.running + s.waiting.size();
    }
}
