package org.mtasts.wizard.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;

/** Walks the wizard through every screen with sample data and snapshots each, in both themes. */
final class ScreenshotTour {
    static final List<String> NAMES = List.of("1-welcome", "2-domain", "settings");

    private final Stage stage;
    private final Path config;

    ScreenshotTour(Stage stage, Path config) {
        this.stage = stage;
        this.config = config;
    }

    void renderAll(Path dir, double width, double height, String suffix) throws Exception {
        for (Theme theme : Theme.values()) {
            String t = "-" + theme.name().toLowerCase(Locale.ROOT) + suffix + ".png";
            WizardWindow w = FxHarness.onFx(() -> {
                AppContext ctx = new AppContext(new Persistence(config.resolve(theme.name() + width)),
                        new DirectTaskExecutor(), FileChooserPort.system(), LaunchOptions.none());
                WizardWindow win = WizardWindow.create(stage, ctx);
                win.viewModel().settings().themeProperty().set(theme);
                theme.apply();
                stage.setWidth(width);
                stage.setHeight(height);
                stage.show();
                return win;
            });
            WizardViewModel vm = w.viewModel();
            FxHarness.settle();
            FxHarness.snapshot(stage.getScene(), dir.resolve("1-welcome" + t));
            FxHarness.runFx(() -> {
                vm.startSetup();
                vm.domain().textProperty().set("https://Bücher.example/");
            });
            FxHarness.settle();
            FxHarness.snapshot(stage.getScene(), dir.resolve("2-domain" + t));
            FxHarness.runFx(() -> w.view().openSettings());
            FxHarness.settle();
            FxHarness.snapshot(stage.getScene(), dir.resolve("settings" + t));
            FxHarness.runFx(() -> w.view().closeSettings());
        }
    }
}
