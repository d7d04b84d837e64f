package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
        Path min = review ? Path.of("target/screenshots/min") : out.resolve("min");
        List<String> warnings;
        try (CssWarnings css = new CssWarnings()) {
            tour.renderAll(out, WizardWindow.WIDTH, WizardWindow.HEIGHT);
            if (review) {
                tour.fullPagesTo(Path.of("target/screenshots/min/full"));
            }
            // The minimum window size too: what is clipped or wraps badly shows there first.
            tour.renderAll(min, WizardWindow.MIN_WIDTH, WizardWindow.MIN_HEIGHT);
            warnings = css.seen();
        }
        assertEquals(List.of(), warnings, "the CSS engine warned while rendering every screen in both themes");
        for (String name : ScreenshotTour.NAMES) {
            for (Theme t : Theme.values()) {
                for (Path dir : List.of(out, min)) {
                    Path png = dir.resolve(name + "-" + t.name().toLowerCase(Locale.ROOT) + ".png");
                    assertTrue(Files.size(png) > 10_000, png + " looks empty");
                }
            }
        }
    }

    /** The capture above is real: a style the CSS engine cannot resolve is caught. */
    @Test
    void theCssWarningCaptureSeesAnUnresolvableLookup() throws Exception {
        List<String> warnings;
        try (CssWarnings css = new CssWarnings()) {
            FxHarness.runFx(() -> {
                Label broken = new Label("x");
                broken.setStyle("-fx-text-fill: -no-such-looked-up-colour;");
                Scene scene = new Scene(new StackPane(broken), 100, 40);
                broken.applyCss();
                scene.getRoot().applyCss();
            });
            warnings = css.seen();
        }
        assertFalse(warnings.isEmpty(), "an unresolvable lookup must be reported");
        assertTrue(warnings.stream().anyMatch(w -> w.contains("-no-such-looked-up-colour")), warnings.toString());
    }
}
