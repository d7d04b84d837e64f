package org.mtasts.wizard.ui.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for driving the toolkit from tests: run on the FX thread, wait, snapshot to PNG. */
final class FxHarness {
    private FxHarness() {}

    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    static void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    /** Lets pending layout, CSS and runLater work finish. */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    static void snapshot(Node node, Path file) throws Exception {
        write(
                onFx(() -> {
                    SnapshotParameters p = new SnapshotParameters();
                    p.setFill(Color.GRAY);
                    return node.snapshot(p, null);
                }),
                file);
    }

    static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage image = onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        write(image, file);
    }

    private static void write(WritableImage image, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        // Opaque RGB: a PNG with transparency looks broken in some viewers.
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, w, h, argb, 0, w);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    static void runLaterAndWait(Runnable r) throws Exception {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            runFx(r);
        }
    }
}
