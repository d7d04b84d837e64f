package org.mtasts.wizard.ui.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Reports how long the app took from process start to its first visible window, so installers
 * and launch options can be compared. Off unless {@code -Dmtasts.startupTiming=true} or
 * {@code MTASTS_STARTUP_TIMING=1}; then one line goes to standard error:
 * {@code startup: first window shown after N ms}.
 *
 * <p>With {@code -Dmtasts.exitAfterStartup=true} the app also quits once that first window is shown:
 * the installers' build uses it for the class-data training run (the classes a first window loads
 * go into the archive), and a whole-process timer can then measure start to first window.
 */
public final class StartupTiming {
    /** Fallback origin when the operating system does not tell the process start time. */
    private static final long CLASS_LOADED_MILLIS = System.currentTimeMillis();

    private StartupTiming() {}

    /** Whether the user asked for the timing line. */
    public static boolean enabled() {
        return Boolean.getBoolean("mtasts.startupTiming") || "1".equals(System.getenv("MTASTS_STARTUP_TIMING"));
    }

    /** Whether the app should quit as soon as its first window is shown. */
    public static boolean exitAfterStartup() {
        return Boolean.getBoolean("mtasts.exitAfterStartup");
    }

    /**
     * Prints the timing line once, when {@code window} is first shown, if timing is enabled; then
     * quits if {@link #exitAfterStartup()}.
     */
    public static void watch(Window window) {
        if (enabled()) {
            watch(window, System.err);
        }
        if (exitAfterStartup()) {
            EventHandler<WindowEvent> quit = new EventHandler<>() {
                @Override
                public void handle(WindowEvent event) {
                    window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    // Later, so the shown window gets its first pulse (layout, CSS, a frame) first.
                    Platform.runLater(Platform::exit);
                }
            };
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, quit);
        }
    }

    static void watch(Window window, PrintStream out) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                out.println(line(millisSinceProcessStart()));
                out.flush();
            }
        };
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
    }

    static String line(long elapsedMillis) {
        return "startup: first window shown after " + elapsedMillis + " ms";
    }

    /**
     * Milliseconds since this process started. On Linux, {@code /proc} gives it to 10 ms: the
     * system's uptime now minus the uptime at which the process started (both counted from boot,
     * so the boot time, which Linux reports only in whole seconds, cancels out). Elsewhere the
     * process start instant, which may be up to a second off.
     */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Field 22 (starttime, in clock ticks) counted after the ')' that ends the command name.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(f[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            // USER_HZ is 100 on every Linux build the JDK supports.
            return Math.round(upSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return System.currentTimeMillis() - processStartMillis();
        }
    }

    /**
     * When the JVM process started. {@link ProcessHandle} lives in {@code java.base}, so a jlinked
     * runtime needs no extra module (unlike {@code java.management}'s RuntimeMXBean).
     */
    static long processStartMillis() {
        Optional<Instant> start = ProcessHandle.current().info().startInstant();
        return start.map(Instant::toEpochMilli).orElse(CLASS_LOADED_MILLIS);
    }
}
