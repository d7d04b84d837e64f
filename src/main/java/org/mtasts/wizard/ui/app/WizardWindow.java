package org.mtasts.wizard.ui.app;

import java.io.IOException;
import java.io.InputStream;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.mtasts.wizard.ui.store.AppSettings;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.MainView;
import org.mtasts.wizard.ui.wizard.WizardViewModel;

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
    private final PauseTransition saveSettingsSoon = new PauseTransition(Duration.millis(400));
    private final AppSettings savedSettings;
    private boolean resolverEdited;
    private boolean caFileEdited;

    private WizardWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.vm = new WizardViewModel(context);
        savedSettings = context.persistence().loadSettings().orElse(AppSettings.defaults());
        vm.settings().load(savedSettings);
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
        // Typed settings are saved once typing pauses, not on every keystroke.
        saveSettingsSoon.setOnFinished(e -> saveSettings());
        InvalidationListener resolverChanged = (Observable o) -> {
            resolverEdited = true;
            saveSettingsSoon.playFromStart();
        };
        vm.settings().resolverChoiceProperty().addListener(resolverChanged);
        vm.settings().customResolverProperty().addListener(resolverChanged);
        vm.settings().caFileProperty().addListener((Observable o) -> {
            caFileEdited = true;
            saveSettingsSoon.playFromStart();
        });
        vm.settings().timeoutProperty().addListener((Observable o) -> saveSettingsSoon.playFromStart());

        stage.setTitle("MTA-STS Wizard");
        stage.setScene(new Scene(view.root(), WIDTH, HEIGHT));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        addIcons(stage);
        // Once the first screen is up, build the others in a quiet moment.
        PauseTransition warm = new PauseTransition(Duration.millis(800));
        warm.setOnFinished(e -> {
            if (stage.isShowing()) {
                view.prewarm();
            }
        });
        stage.setOnShown(e -> warm.playFromStart());
        stage.setOnHidden(e -> {
            saveSoon.stop();
            saveDraft();
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
        // A resolver or CA file given on the command line is for this run only: the saved value
        // stays unless the user changes that field in Settings.
        AppSettings now = vm.settings().toSettings();
        String resolver =
                context.options().resolver() != null && !resolverEdited ? savedSettings.resolver() : now.resolver();
        String caFile = context.options().caFile() != null && !caFileEdited ? savedSettings.caFile() : now.caFile();
        context.persistence().saveSettings(new AppSettings(resolver, caFile, now.timeoutSeconds(), now.theme()));
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
