package org.mtasts.wizard.ui.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread was unavailable: an AnimationTimer asks for a pulse every frame
 * (about 16 ms), so the longest gap between two pulses is the longest stall the user could feel.
 * A watchdog thread samples what the FX thread is doing whenever a pulse is 250 ms late, so a
 * stall can be told apart from a busy machine. Create, start and stop it on the FX thread.
 */
final class FxStallMonitor extends AnimationTimer {
    private volatile long lastPulseNanos;
    private long maxGapNanos;
    private long pulses;
    private long first;
    private final List<String> longGaps = new ArrayList<>();
    private final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    private Thread watchdog;

    @Override
    public void start() {
        Thread fx = Thread.currentThread();
        super.start();
        watchdog = new Thread(
                () -> {
                    long sampledFor = 0;
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                        long last = lastPulseNanos;
                        if (last != 0 && System.nanoTime() - last > 250_000_000L && sampledFor != last) {
                            sampledFor = last;
                            StackTraceElement[] st = fx.getStackTrace();
                            StringBuilder sb = new StringBuilder("FX thread " + fx.getState() + ":");
                            for (int i = 0; i < Math.min(8, st.length); i++) {
                                sb.append("\n    at ").append(st[i]);
                            }
                            samples.add(sb.toString());
                        }
                    }
                },
                "fx-stall-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    @Override
    public void stop() {
        super.stop();
        if (watchdog != null) {
            watchdog.interrupt();
        }
    }

    @Override
    public void handle(long now) {
        if (first == 0) {
            first = now;
        } else {
            long gap = now - lastPulseNanosFx;
            maxGapNanos = Math.max(maxGapNanos, gap);
            if (gap > 100_000_000L) {
                longGaps.add(gap / 1_000_000 + " ms ending at +" + (now - first) / 1_000_000 + " ms");
            }
        }
        lastPulseNanosFx = now;
        lastPulseNanos = System.nanoTime();
        pulses++;
    }

    private long lastPulseNanosFx;

    long maxGapMillis() {
        return maxGapNanos / 1_000_000;
    }

    /** Gaps over 100 ms, with when they ended (from the first pulse). */
    List<String> longGaps() {
        return longGaps;
    }

    /** What the FX thread was doing while a pulse was over 250 ms late. */
    List<String> samples() {
        return samples;
    }

    long pulses() {
        return pulses;
    }
}
