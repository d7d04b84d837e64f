package org.mtasts.wizard.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread was unavailable: an AnimationTimer asks for a pulse every frame
 * (about 16 ms), so the longest gap between two pulses is the longest stall the user could feel.
 * Create, start and stop it on the FX thread.
 */
final class FxStallMonitor extends AnimationTimer {
    private long last;
    private long maxGapNanos;
    private long pulses;
    private long first;
    private final java.util.List<String> longGaps = new java.util.ArrayList<>();

    @Override
    public void handle(long now) {
        if (last != 0) {
            maxGapNanos = Math.max(maxGapNanos, now - last);
            if (now - last > 100_000_000L) {
                longGaps.add((now - last) / 1_000_000 + " ms ending at +" + (now - first) / 1_000_000 + " ms");
            }
        } else {
            first = now;
        }
        last = now;
        pulses++;
    }

    long maxGapMillis() {
        return maxGapNanos / 1_000_000;
    }

    /** Gaps over 100 ms, with when they ended (from the first pulse). */
    java.util.List<String> longGaps() {
        return longGaps;
    }

    long pulses() {
        return pulses;
    }
}
