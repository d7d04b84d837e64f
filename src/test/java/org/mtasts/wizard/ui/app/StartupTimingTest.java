package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class StartupTimingTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxHarness.startToolkit();
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void printsOneLineWithTheElapsedMillisWhenTheFirstWindowIsShown() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        FxHarness.runFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 100, 100));
            StartupTiming.watch(s, out);
            s.show();
            s.hide();
            s.show();
            s.close();
        });
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.matches("startup: first window shown after \\d+ ms\\R"), printed);
        long ms = Long.parseLong(printed.replaceAll("\\D", ""));
        assertTrue(ms > 0 && ms < 10 * 60_000, "elapsed since process start: " + ms);
    }

    @Test
    void elapsedSinceProcessStartIsNeverLessThanTheJvmsOwnUptime() {
        // The process starts before the JVM records its own start, so the elapsed time can only
        // be larger than the JVM's uptime, and not by seconds.
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceProcessStart = StartupTiming.millisSinceProcessStart();
        assertTrue(sinceProcessStart >= jvmUptime - 20, sinceProcessStart + " ms < JVM uptime " + jvmUptime + " ms");
        assertTrue(sinceProcessStart < jvmUptime + 1500, sinceProcessStart + " ms vs JVM uptime " + jvmUptime + " ms");
    }

    @Test
    void isOffUnlessAskedFor() {
        String before = System.getProperty("mtasts.startupTiming");
        try {
            System.clearProperty("mtasts.startupTiming");
            assertEquals("1".equals(System.getenv("MTASTS_STARTUP_TIMING")), StartupTiming.enabled());
            System.setProperty("mtasts.startupTiming", "true");
            assertTrue(StartupTiming.enabled());
        } finally {
            if (before == null) {
                System.clearProperty("mtasts.startupTiming");
            } else {
                System.setProperty("mtasts.startupTiming", before);
            }
        }
    }
}
