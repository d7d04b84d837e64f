package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.ui.common.Theme;
import org.testfx.api.FxToolkit;

/**
 * Renders every screen, light and dark, to PNG (headless snapshots).
 *
 * <p>Regenerate the README pictures with
 * {@code mvn -B test -Dtest=RenderScreenshotsTest -Dscreenshots.dir=docs/screenshots}. Without
 * {@code screenshots.dir} the pictures go to {@code target/screenshots}, so every build proves
 * the screens still render.
 */
class RenderScreenshotsTest {
    @TempDir
    static Path config;

    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        FxHarness.startToolkit();
        stage = FxHarness.onFx(Stage::new);
    }

    @AfterAll
    static void stop() throws Exception {
        FxHarness.runFx(() -> stage.close());
        FxToolkit.cleanupStages();
    }

    @Test
    void everyScreenRendersInBothThemes() throws Exception {
        Path out = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        ScreenshotTour tour = new ScreenshotTour(stage, config);
        // -Dscreenshots.review=true adds the minimum window size and whole-page pictures of each
        // screen (below the fold too) under target/screenshots/, for reviewing the layout.
        boolean review = Boolean.getBoolean("screenshots.review");
        if (review) {
            tour.fullPagesTo(Path.of("target/screenshots/full"));
        }
        tour.renderAll(out, WizardWindow.WIDTH, WizardWindow.HEIGHT);
        if (review) {
            tour.fullPagesTo(Path.of("target/screenshots/min/full"));
            tour.renderAll(Path.of("target/screenshots/min"), WizardWindow.MIN_WIDTH, WizardWindow.MIN_HEIGHT);
        }
        for (String name : ScreenshotTour.NAMES) {
            for (Theme t : Theme.values()) {
                Path png = out.resolve(name + "-" + t.name().toLowerCase(Locale.ROOT) + ".png");
                assertTrue(Files.size(png) > 10_000, png + " looks empty");
            }
        }
    }
}
