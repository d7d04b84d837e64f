package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HostLimiterTest {
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void neverRunsMoreThanTheLimitForOneHostAndRunsEveryTask() throws Exception {
        HostLimiter limiter = new HostLimiter(2, pool);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            all.add(limiter.submit(
                    "192.0.2.1",
                    () -> {
                        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(20);
                        running.decrementAndGet();
                        return n;
                    },
                    () -> -1));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertEquals(2, peak.get(), "at most two at once, and the limit was used");
        for (int i = 0; i < 12; i++) {
            assertEquals(i, all.get(i).join());
        }
        assertEquals(0, limiter.pending("192.0.2.1"), "the slot is freed when the queue is empty");
    }

    @Test
    void differentHostsDoNotWaitForEachOther() throws Exception {
        HostLimiter limiter = new HostLimiter(1, pool);
        CountDownLatch bothRunning = new CountDownLatch(2);
        Map<String, Boolean> sawOther = new ConcurrentHashMap<>();
        List<CompletableFuture<Boolean>> all = new ArrayList<>();
        for (String host : List.of("192.0.2.1", "192.0.2.2")) {
            all.add(limiter.submit(
                    host,
                    () -> {
                        bothRunning.countDown();
                        try {
                            boolean other = bothRunning.await(5, TimeUnit.SECONDS);
                            sawOther.put(host, other);
                            return other;
                        } catch (InterruptedException e) {
                            return false;
                        }
                    },
                    () -> false));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertTrue(all.get(0).join() && all.get(1).join(), "both ran at the same time: " + sawOther);
    }

    @Test
    void queuedTasksCompleteWithTheFallbackOnceTheExecutorIsShutDown() throws Exception {
        HostLimiter limiter = new HostLimiter(1, pool);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = limiter.submit(
                "192.0.2.1",
                () -> {
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "ran";
                },
                () -> "refused");
        CompletableFuture<String> queued = limiter.submit("192.0.2.1", () -> "ran", () -> "refused");
        pool.shutdown();
        release.countDown();
        assertEquals("ran", first.get(5, TimeUnit.SECONDS));
        assertEquals("refused", queued.get(5, TimeUnit.SECONDS), "a queued task never hangs");
    }

    @Test
    void aFailingTaskFreesItsSlot() throws Exception {
        HostLimiter limiter = new HostLimiter(1, pool);
        CompletableFuture<String> bad = limiter.submit(
                "h",
                () -> {
                    throw new IllegalStateException("boom");
                },
                () -> "refused");
        CompletableFuture<String> next = limiter.submit("h", () -> "ran", () -> "refused");
        assertEquals("ran", next.get(5, TimeUnit.SECONDS));
        assertTrue(bad.isCompletedExceptionally());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
