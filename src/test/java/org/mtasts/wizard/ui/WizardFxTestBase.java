package org.mtasts.wizard.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real wizard window (headless under Monocle) with a private configuration directory
 * and file dialogs that answer from a queue.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WizardFxTestBase {
    protected Path configDir;
    protected Stage stage;
    protected WizardWindow window;
    protected final Deque<Path> fileAnswers = new ArrayDeque<>();

    /** The executor the window uses; tests of cancellation and stalls need the real one. */
    protected TaskExecutor executor() {
        return new FxTaskExecutor();
    }

    protected LaunchOptions launchOptions() {
        return LaunchOptions.none();
    }

    @BeforeEach
    void openWizard() throws Exception {
        configDir = Files.createTempDirectory("wizard-config");
        window = FxHarness.onFx(() -> {
            Stage s = new Stage();
            WizardWindow w = WizardWindow.create(s, context());
            s.show();
            s.toFront();
            return w;
        });
        stage = window.stage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected AppContext context() {
        return new AppContext(new Persistence(configDir), executor(), answeringFiles(), launchOptions());
    }

    /** Builds a second window on the same configuration, as if the app were started again. */
    protected WizardWindow reopen() throws Exception {
        FxHarness.runFx(() -> stage.close());
        WizardWindow again = FxHarness.onFx(() -> {
            Stage s = new Stage();
            WizardWindow w = WizardWindow.create(s, context());
            s.show();
            return w;
        });
        stage = again.stage();
        window = again;
        WaitForAsyncUtils.waitForFxEvents();
        return again;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        Theme.LIGHT.apply();
    }

    protected FileChooserPort answeringFiles() {
        return new FileChooserPort() {
            @Override
            public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(fileAnswers.poll());
            }

            @Override
            public Optional<Path> save(Window owner, String title, String initialName,
                    FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(fileAnswers.poll());
            }

            @Override
            public Optional<Path> directory(Window owner, String title) {
                return Optional.ofNullable(fileAnswers.poll());
            }
        };
    }

    protected WizardViewModel vm() {
        return window.viewModel();
    }

    protected static <T extends Node> T find(FxRobot robot, String id) {
        return robot.lookup("#" + id).query();
    }

    protected static String text(FxRobot robot, String id) {
        Node n = find(robot, id);
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof TextField f) {
            return f.getText();
        }
        throw new IllegalArgumentException(id + " is a " + n.getClass().getSimpleName());
    }

    protected static boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        if (n == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
