package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.settings.SettingsViewModel;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.FxTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.WizardViewModel;
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
    protected volatile LiveScenario live;

    /** The executor the window uses; tests of cancellation and stalls need the real one. */
    protected TaskExecutor executor() {
        return new FxTaskExecutor();
    }

    protected LaunchOptions launchOptions() {
        return LaunchOptions.none();
    }

    /** Every UI test fails on any CSS warning its window caused (item: no CSS warnings at all). */
    private CssWarnings cssWarnings;

    @BeforeEach
    void openWizard() throws Exception {
        cssWarnings = new CssWarnings();
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
        return new AppContext(
                new Persistence(configDir),
                executor(),
                answeringFiles(),
                launchOptions(),
                LiveChecks.standard(),
                ScreenshotTour.CLOCK,
                s -> live == null
                        ? s
                        : s.withHttpsPort(live.settings().httpsPort()).withSmtpPort(live.smtpPort()));
    }

    /** Points the wizard's settings at a running loopback scenario (its resolver, CA and ports). */
    protected LiveScenario use(Scenario scenario) throws Exception {
        if (live != null) {
            live.close();
        }
        live = scenario.start();
        FxHarness.runFx(() -> {
            SettingsViewModel settings = vm().settings();
            settings.resolverChoiceProperty().set(ResolverChoice.CUSTOM);
            settings.customResolverProperty().set(live.dns().address());
            settings.caFileProperty().set(live.caFile().toString());
            settings.timeoutProperty().set("5");
        });
        return live;
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
        if (live != null) {
            live.close();
            live = null;
        }
        FxToolkit.cleanupStages();
        // On the FX thread: a stylesheet switch from the test thread raced the FX thread's CSS
        // passes and left looked-up colours unresolved for the next test's window.
        FxHarness.runFx(Theme.LIGHT::apply);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> warned = cssWarnings.seen();
        cssWarnings.close();
        assertEquals(List.of(), warned, "the CSS engine warned during this test");
    }

    protected FileChooserPort answeringFiles() {
        return new FileChooserPort() {
            @Override
            public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(fileAnswers.poll());
            }

            @Override
            public Optional<Path> save(
                    Window owner, String title, String initialName, FileChooser.ExtensionFilter filter) {
                return Optional.ofNullable(fileAnswers.poll());
            }

            @Override
            public Optional<Path> directory(Window owner, String title) {
                return Optional.ofNullable(fileAnswers.poll());
            }
        };
    }

    /** Focuses a control the way Tab or a mnemonic would (the screen scrolls it into view), then clicks it. */
    protected void focusAndClick(FxRobot robot, String id) throws Exception {
        Node n = find(robot, id);
        FxHarness.runFx(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        FxHarness.runFx(() -> window.view().ensureVisible(n));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    /** Waits (up to {@code seconds}) for a condition read on the FX thread. */
    protected static void waitUntil(double seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(
                (long) (seconds * 1000), TimeUnit.MILLISECONDS, () -> FxHarness.onFx(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The status shown on a Verify row, or null while it is pending. */
    protected static Status rowStatus(FxRobot robot, String key) {
        Node row = robot.lookup("#" + Ui.safeId("row-" + key)).query();
        return (Status) row.getProperties().get("status");
    }

    protected WizardViewModel vm() {
        return window.viewModel();
    }

    protected static <T extends Node> T find(FxRobot robot, String id) {
        return robot.lookup("#" + Ui.safeId(id)).query();
    }

    protected static String text(FxRobot robot, String id) {
        Node n = find(robot, id);
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof TextField f) {
            return f.getText();
        }
        if (n instanceof FlowPane p) {
            // A value shown as tokens (Ui.tokenFlow) carries the whole value as its accessible text.
            return p.getAccessibleText();
        }
        throw new IllegalArgumentException(id + " is a " + n.getClass().getSimpleName());
    }

    protected static boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup("#" + Ui.safeId(id)).tryQuery().orElse(null);
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
