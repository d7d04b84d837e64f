package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.ui.common.Theme;

/** Popups lose their shadow (and so the frame a display without a compositor paints) with the flat stylesheet. */
class FlatPopupsTest {
    @BeforeAll
    static void start() throws Exception {
        FxHarness.startToolkit();
    }

    private static Object tooltipEffect(boolean flat) throws Exception {
        return FxHarness.onFx(() -> {
            Theme.DARK.apply();
            Label owner = new Label("x");
            Tooltip tip = new Tooltip("tip");
            Scene scene = new Scene(new StackPane(owner), 200, 100);
            if (flat) {
                scene.getStylesheets().add(WizardWindow.FLAT_POPUPS);
            }
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            tip.show(owner, 10, 10);
            tip.getScene().getRoot().applyCss();
            Object effect = tip.getSkin().getNode().getEffect();
            tip.hide();
            stage.close();
            Theme.LIGHT.apply();
            return effect;
        });
    }

    @Test
    void theDarkThemesTooltipHasAShadowAndTheFlatStylesheetRemovesItWithoutCssWarnings() throws Exception {
        assertNotNull(tooltipEffect(false), "AtlantaFX gives tooltips a shadow");
        List<String> warnings;
        Object flat;
        try (CssWarnings css = new CssWarnings()) {
            flat = tooltipEffect(true);
            warnings = css.seen();
        }
        assertNull(flat, "no shadow, so no transparent margin to paint");
        assertEquals(List.of(), warnings);
    }
}
