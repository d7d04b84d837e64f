package org.mtasts.wizard.ui;

import java.io.InputStream;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Puts the wizard into a stage: theme, size, icons, draft and settings saved as the user goes. */
public final class WizardWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 640;
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private final AppContext context;
    private final WizardViewModel vm;
    private final MainView view;
    private final Stage stage;
    private final PauseTransition saveSoon = new PauseTransition(Duration.millis(400));

    private WizardWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.vm = new WizardViewModel(context);
        vm.settings().load(context.persistence().loadSettings().orElse(AppSettings.defaults()));
        vm.settings().apply(context.options());
        context.persistence().loadDraft().ifPresent(vm::restore);
        vm.settings().themeProperty().get().apply();
        vm.settings().themeProperty().addListener((o, was, now) -> {
            now.apply();
            saveSettings();
        });
        this.view = new MainView(vm, context.files(), stage::close);

        // Saved shortly after every change, and once more when the window closes.
        saveSoon.setOnFinished(e -> saveDraft());
        InvalidationListener changed = (Observable o) -> saveSoon.playFromStart();
        for (Observable source : vm.draftSources()) {
            source.addListener(changed);
        }
        InvalidationListener settingsChanged = (Observable o) -> saveSettings();
        vm.settings().resolverChoiceProperty().addListener(settingsChanged);
        vm.settings().customResolverProperty().addListener(settingsChanged);
        vm.settings().caFileProperty().addListener(settingsChanged);
        vm.settings().timeoutProperty().addListener(settingsChanged);

        stage.setTitle("MTA-STS Wizard");
        stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        addIcons(stage);
        stage.setOnHidden(e -> {
            saveSoon.stop();
            saveDraft();
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
        // Settings typed from the command line are for this run; the saved ones stay as they were
        // unless the user changes something in the Settings panel.
        if (vm.settings().validProperty().get()) {
            context.persistence().saveSettings(vm.settings().toSettings());
        }
    }

    /** Window icons come from the packaging resources when the build has them. */
    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            try (InputStream in = WizardWindow.class.getResourceAsStream("icon-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // A missing or broken icon leaves the platform's default icon; never fatal.
            }
        }
    }
}
