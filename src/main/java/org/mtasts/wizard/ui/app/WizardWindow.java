package org.mtasts.wizard.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mtasts.wizard.ui.store.AppSettings;
import org.mtasts.wizard.ui.store.WindowBounds;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.MainView;
import org.mtasts.wizard.ui.wizard.WizardViewModel;

/** Puts the wizard into a stage: theme, size, icons, draft and settings saved as the user goes. */
public final class WizardWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;
    /** Popups without drop shadows, for displays without a compositor. */
    static final String FLAT_POPUPS =
            WizardWindow.class.getResource("flat-popups.css").toExternalForm();

    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private final AppContext context;
    private final WizardViewModel vm;
    private final MainView view;
    private final Stage stage;
    private final PauseTransition saveSoon = new PauseTransition(Duration.millis(400));
    private final PauseTransition saveSettingsSoon = new PauseTransition(Duration.millis(400));
    private final AppSettings savedSettings;

    private WizardWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.vm = new WizardViewModel(context);
        savedSettings = context.persistence().loadSettings().orElse(AppSettings.defaults());
        vm.settings().load(savedSettings);
        vm.settings().apply(context.options());
        context.persistence().loadDraft().ifPresent(vm::restore);
        // System follows the desktop's light/dark setting live; where the platform reports no
        // preference (headless Monocle), its colour scheme is light and so is System.
        vm.settings().systemColorSchemeProperty().bind(Platform.getPreferences().colorSchemeProperty());
        vm.settings().themeProperty().get().apply();
        vm.settings().themeProperty().addListener((o, was, now) -> now.apply());
        vm.settings().themeChoiceProperty().addListener((o, was, now) -> saveSettings());
        this.view = new MainView(vm, context.files(), stage::close);
        saveAsTheUserGoes();
        stage.setTitle("MTA-STS Wizard");
        placeStage();
        addIcons(stage);
        prewarmThenSaveOnClose();
    }

    /** The draft and the settings are saved shortly after every change, not on every keystroke. */
    private void saveAsTheUserGoes() {
        // Saved shortly after every change, and once more when the window closes.
        saveSoon.setOnFinished(e -> saveDraft());
        InvalidationListener changed = (Observable o) -> saveSoon.playFromStart();
        for (Observable source : vm.draftSources()) {
            source.addListener(changed);
        }
        // Typed settings are saved once typing pauses, not on every keystroke.
        saveSettingsSoon.setOnFinished(e -> saveSettings());
        InvalidationListener settingChanged = (Observable o) -> saveSettingsSoon.playFromStart();
        vm.settings().resolverChoiceProperty().addListener(settingChanged);
        vm.settings().customResolverProperty().addListener(settingChanged);
        vm.settings().caFileProperty().addListener(settingChanged);
        vm.settings().timeoutProperty().addListener(settingChanged);
    }

    /** The scene, sized and placed where the window was last closed (on a screen that shows it). */
    private void placeStage() {
        Rectangle2D place = placeOnScreen();
        Scene scene = new Scene(view.root(), place.getWidth(), place.getHeight());
        // Popups share the window scene's stylesheets. Without transparent windows their shadow
        // margin would show as a solid frame, so they go without the shadow there.
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            scene.getStylesheets().add(FLAT_POPUPS);
        }
        stage.setScene(scene);
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
        Rectangle2D min = WindowPlacement.minimumOn(
                Screen.getPrimary().getVisualBounds(), new Rectangle2D(0, 0, MIN_WIDTH, MIN_HEIGHT));
        stage.setMinWidth(min.getWidth());
        stage.setMinHeight(min.getHeight());
    }

    /** Builds the other screens once the first is up; on closing, saves everything and stops work. */
    private void prewarmThenSaveOnClose() {
        // Once the first screen is up, build the others in a quiet moment.
        PauseTransition warm = new PauseTransition(Duration.millis(800));
        warm.setOnFinished(e -> {
            if (stage.isShowing()) {
                view.prewarm();
            }
        });
        stage.setOnShown(e -> warm.playFromStart());
        stage.setOnHidden(e -> {
            // The look is application-wide: a closed window no longer follows the desktop.
            vm.settings().systemColorSchemeProperty().unbind();
            saveSoon.stop();
            saveDraft();
            saveWindow();
            if (saveSettingsSoon.getStatus() == Animation.Status.RUNNING) {
                saveSettingsSoon.stop();
                saveSettings();
            }
            vm.cancelWork();
        });
    }

    /** Builds the wizard into {@code stage} (not shown yet). */
    public static WizardWindow create(Stage stage, AppContext context) {
        return new WizardWindow(stage, context);
    }

    public WizardViewModel viewModel() {
        return vm;
    }

    public MainView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public void saveDraft() {
        context.persistence().saveDraft(vm.toDraft());
    }

    private void saveSettings() {
        if (!vm.settings().validProperty().get()) {
            return;
        }
        // A resolver or CA file given on the command line governs this run only: the saved value
        // stays as it was, even when the field is edited during such a run (the field shows the
        // override, so what is typed there belongs to the override too).
        AppSettings now = vm.settings().toSettings();
        String resolver = context.options().resolver() != null ? savedSettings.resolver() : now.resolver();
        String caFile = context.options().caFile() != null ? savedSettings.caFile() : now.caFile();
        context.persistence().saveSettings(new AppSettings(resolver, caFile, now.timeoutSeconds(), now.theme()));
    }

    /** The saved place when it is still on a screen, else centred; always within a screen's visual bounds. */
    private Rectangle2D placeOnScreen() {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowBounds saved = context.persistence().loadWindow().orElse(null);
        if (saved != null && saved.maximized()) {
            stage.setMaximized(true);
        }
        return WindowPlacement.place(
                saved,
                screens,
                Screen.getPrimary().getVisualBounds(),
                new Rectangle2D(0, 0, WIDTH, HEIGHT),
                new Rectangle2D(0, 0, MIN_WIDTH, MIN_HEIGHT));
    }

    /** Remembers size and position (the normal bounds when maximized) for the next start. */
    private void saveWindow() {
        if (Double.isNaN(stage.getX()) || stage.getWidth() <= 0) {
            return;
        }
        if (stage.isMaximized()) {
            WindowBounds before = context.persistence().loadWindow().orElse(null);
            if (before != null) {
                context.persistence()
                        .saveWindow(new WindowBounds(before.x(), before.y(), before.width(), before.height(), true));
            }
            return;
        }
        context.persistence()
                .saveWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
    }

    /** Window icons come from the packaging resources when the build has them. */
    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = WizardWindow.class.getResourceAsStream("icon-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (IOException ignored) {
                // A missing or broken icon leaves the platform's default icon; never fatal.
            }
        }
    }
}
