package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class WizardShellTest extends WizardFxTestBase {

    @Test
    void buttonBarUsesButtonDataAndEnterAndEscapeSemantics(FxRobot robot) {
        Button next = find(robot, "next");
        Button back = find(robot, "back");
        Button cancel = find(robot, "cancel");
        assertEquals(ButtonBar.ButtonData.NEXT_FORWARD, ButtonBar.getButtonData(next));
        assertEquals(ButtonBar.ButtonData.BACK_PREVIOUS, ButtonBar.getButtonData(back));
        assertEquals(ButtonBar.ButtonData.CANCEL_CLOSE, ButtonBar.getButtonData(cancel));
        assertTrue(next.isDefaultButton());
        assertTrue(cancel.isCancelButton());
        assertTrue(next.isMnemonicParsing() && back.isMnemonicParsing());
        assertFalse(stage.getIcons().isEmpty(), "the window carries the app icon from the resources");
        assertEquals(WizardWindow.MIN_WIDTH, stage.getMinWidth());
    }

    @Test
    void enterOnWelcomeStartsTheSetupAndFocusesTheDomainField(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        assertFalse(vm().checkOnlyProperty().get());
        assertTrue(find(robot, "domain-field").isFocused());
    }

    @Test
    void checkADomainShowsOnlyWelcomeDomainAndVerifyInTheStepList(FxRobot robot) {
        robot.clickOn("#welcome-check");
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        assertEquals(List.of(Step.WELCOME, Step.DOMAIN, Step.VERIFY), vm().steps());
        assertTrue(visible(robot, "step-verify"));
        assertFalse(visible(robot, "step-policy"));
    }

    @Test
    void backKeepsWhatWasTyped(FxRobot robot) {
        robot.clickOn("#welcome-setup");
        robot.write("mail.example");
        robot.clickOn("#back");
        assertEquals(Step.WELCOME, vm().stepProperty().get());
        robot.clickOn("#welcome-setup");
        assertEquals("mail.example", text(robot, "domain-field"));
    }

    @Test
    void escapeWhileIdleClosesTheWindowAndKeepsTheDraft(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-setup");
        robot.write("kept.example");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
        assertTrue(Files.readString(configDir.resolve("draft.json")).contains("kept.example"));
    }

    @Test
    void draftIsRestoredAfterRestart(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-setup");
        robot.write("restart.example");
        reopen();
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        assertEquals("restart.example", text(robot, "domain-field"));
    }

    @Test
    void themeToggleSwitchesBetweenLightAndDarkAndIsRemembered(FxRobot robot) throws Exception {
        Button toggle = find(robot, "theme-toggle");
        assertEquals("Switch to dark theme", toggle.getAccessibleText());
        robot.clickOn(toggle);
        assertEquals(Theme.DARK, vm().settings().themeProperty().get());
        assertEquals(Theme.DARK.userAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals("Switch to light theme", toggle.getAccessibleText());
        reopen();
        assertEquals(Theme.DARK, vm().settings().themeProperty().get());
    }

    @Test
    void aNewUsersThemeFollowsTheDesktopLiveAndTheHeaderSwitchLeavesSystem(FxRobot robot) throws Exception {
        // Wired to the platform: the window's System look is the preference JavaFX reports.
        assertTrue(vm().settings().systemColorSchemeProperty().isBound());
        assertEquals(ThemeChoice.SYSTEM, vm().settings().themeChoiceProperty().get());
        ColorScheme reported = FxHarness.onFx(() -> Platform.getPreferences().getColorScheme());
        assertEquals(Theme.of(reported), vm().settings().themeProperty().get());
        try {
            FxHarness.runFx(() -> DesktopColorScheme.set(ColorScheme.DARK));
            assertEquals(Theme.DARK, vm().settings().themeProperty().get());
            assertEquals(Theme.DARK.userAgentStylesheet(), Application.getUserAgentStylesheet());
            assertEquals("Switch to light theme", find(robot, "theme-toggle").getAccessibleText());
            FxHarness.runFx(() -> DesktopColorScheme.set(ColorScheme.LIGHT));
            assertEquals(Theme.LIGHT, vm().settings().themeProperty().get());
            assertEquals(Theme.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());

            // Settings show System chosen; Dark and back to System follow the radio buttons.
            robot.clickOn("#open-settings");
            waitUntil(5, () -> robot.lookup("#settings-theme-system").tryQuery().isPresent());
            RadioButton system = find(robot, "settings-theme-system");
            assertTrue(system.isSelected());
            robot.clickOn("#settings-theme-dark");
            assertEquals(ThemeChoice.DARK, vm().settings().themeChoiceProperty().get());
            assertEquals(Theme.DARK.userAgentStylesheet(), Application.getUserAgentStylesheet());
            robot.clickOn(system);
            assertEquals(
                    ThemeChoice.SYSTEM, vm().settings().themeChoiceProperty().get());
            assertEquals(Theme.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
            robot.clickOn("#settings-done");

            // The header switch picks the other look explicitly: a later desktop change no longer applies.
            FxHarness.runFx(() -> DesktopColorScheme.set(ColorScheme.DARK));
            robot.clickOn("#theme-toggle");
            assertEquals(
                    ThemeChoice.LIGHT, vm().settings().themeChoiceProperty().get());
            FxHarness.runFx(() -> DesktopColorScheme.set(ColorScheme.LIGHT));
            FxHarness.runFx(() -> DesktopColorScheme.set(ColorScheme.DARK));
            assertEquals(Theme.LIGHT, vm().settings().themeProperty().get());
            assertEquals(Theme.LIGHT.userAgentStylesheet(), Application.getUserAgentStylesheet());
            reopen();
            assertEquals(
                    ThemeChoice.LIGHT, vm().settings().themeChoiceProperty().get());
        } finally {
            FxHarness.runFx(() -> DesktopColorScheme.set(null));
        }
    }

    @Test
    void settingsOpenFromEveryScreenWithShortcutAndEscapeClosesOnlySettings(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-setup");
        int windows = Window.getWindows().size();
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        assertTrue(window.view().settingsOpen());
        // In the wizard's own window (AtlantaFX's modal pane), not a window of its own.
        assertEquals(windows, Window.getWindows().size());
        assertSame(stage.getScene(), find(robot, "settings").getScene());
        // The first field has the focus, not the card's default button (whose skin asks for it).
        assertTrue(find(robot, "settings-resolver").isFocused());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.view().settingsOpen());
        assertTrue(stage.isShowing());
        robot.clickOn("#open-settings");
        assertTrue(window.view().settingsOpen());
        robot.clickOn("#settings-done");
        assertFalse(window.view().settingsOpen());
        assertEquals(Step.DOMAIN, vm().stepProperty().get(), "closing Settings leaves the wizard where it was");
        assertTrue(find(robot, "domain-field").isFocused());
    }

    @Test
    void aClickBesideTheSettingsCardClosesSettingsAndTheCardLeavesTheScene(FxRobot robot) {
        robot.clickOn("#open-settings");
        assertTrue(window.view().settingsOpen());
        Bounds card =
                find(robot, "settings").localToScreen(find(robot, "settings").getBoundsInLocal());
        robot.clickOn(new Point2D(card.getMinX() - 10, card.getMinY() + 10));
        assertFalse(window.view().settingsOpen());
        assertTrue(robot.lookup("#settings").tryQuery().isEmpty(), "the card is out of the scene once closed");
        assertFalse(find(robot, "welcome-setup").isDisabled());
    }

    @Test
    void settingsShowEveryInlineValidationMessage(FxRobot robot) throws Exception {
        robot.clickOn("#open-settings");
        FxHarness.runFx(() -> vm().settings().resolverChoiceProperty().set(ResolverChoice.CUSTOM));
        robot.clickOn("#settings-custom-resolver").write("127.0.0.1:99999");
        assertEquals(
                "Resolver '127.0.0.1:99999': port must be 1 to 65535.", text(robot, "settings-custom-resolver-error"));
        assertTrue(visible(robot, "settings-custom-resolver-error"));
        robot.eraseText(5).write("5353");
        assertFalse(visible(robot, "settings-custom-resolver-error"));

        Path missing = configDir.resolve("nope.pem");
        FxHarness.runFx(() -> vm().settings().caFileProperty().set(missing.toString()));
        assertEquals("No such file: " + missing, text(robot, "settings-ca-file-error"));
        Path notPem = Files.writeString(configDir.resolve("x.txt"), "hello");
        FxHarness.runFx(() -> vm().settings().caFileProperty().set(notPem.toString()));
        assertEquals("Not a PEM certificate file (no BEGIN CERTIFICATE line).", text(robot, "settings-ca-file-error"));

        robot.doubleClickOn("#settings-timeout").write("0");
        assertEquals("Enter whole seconds from 1 to 300.", text(robot, "settings-timeout-error"));

        // Done and Esc refuse while a value is invalid, say why, and put the focus on it.
        FxHarness.runFx(() -> vm().settings().caFileProperty().set(""));
        robot.clickOn("#settings-done");
        assertTrue(window.view().settingsOpen(), "Done does not close with an invalid timeout shown");
        assertTrue(text(robot, "settings-refused").startsWith("Some settings are not valid"));
        assertTrue(find(robot, "settings-timeout").isFocused());
        robot.type(KeyCode.ESCAPE);
        assertTrue(window.view().settingsOpen(), "nor does Esc");

        robot.eraseText(1).write("30");
        assertFalse(visible(robot, "settings-timeout-error"));
        assertFalse(visible(robot, "settings-refused"), "the refusal goes once every value is valid");
        robot.clickOn("#settings-done");
        assertFalse(window.view().settingsOpen());
    }

    @Test
    void mnemonicsReachTheButtonsAndEveryFieldHasALabelWithOne(FxRobot robot) {
        robot.clickOn("#welcome-setup");
        robot.clickOn("#back");
        robot.press(KeyCode.ALT).press(KeyCode.S).release(KeyCode.S).release(KeyCode.ALT);
        assertEquals(Step.DOMAIN, vm().stepProperty().get(), "Alt+S is Set up MTA-STS");
        WaitForAsyncUtils.waitForFxEvents();
        // Looked up in this test's own window: a lookup across every window raced the mnemonic's
        // key release once (it found no window holding Next) though the window was showing.
        assertTrue(stage.isShowing(), "the window is still open after Alt+S");
        Button next = robot.from(stage.getScene().getRoot()).lookup("#next").queryButton();
        robot.clickOn(next);
        Label label = robot.lookup(".label")
                .match((Label l) -> l.getLabelFor() == find(robot, "domain-field"))
                .query();
        assertTrue(label.isMnemonicParsing() && label.getText().contains("_M"), "the field's label has a mnemonic");
        robot.press(KeyCode.ALT).press(KeyCode.B).release(KeyCode.B).release(KeyCode.ALT);
        assertEquals(Step.WELCOME, vm().stepProperty().get(), "Alt+B is Back");
    }

    @Test
    void theWindowOpensWhereItWasClosedWithTheSameSize(FxRobot robot) throws Exception {
        FxHarness.runFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.close();
        });
        assertTrue(Files.exists(configDir.resolve("window.json")), "closing saves the window's place");
        WizardWindow again = FxHarness.onFx(() -> {
            WizardWindow win = WizardWindow.create(new Stage(), context());
            win.stage().show();
            return win;
        });
        Stage s = again.stage();
        assertEquals(List.of(40.0, 30.0, 1000.0, 700.0), List.of(s.getX(), s.getY(), s.getWidth(), s.getHeight()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(s.getY() >= screen.getMinY() && s.getX() + s.getWidth() <= screen.getMaxX(), "on screen");
        FxHarness.runFx(s::close);
    }

    @Test
    void commandLineResolverIsUsedForThisRunButNotSaved(FxRobot robot) throws Exception {
        FxHarness.runFx(() -> stage.close());
        Path pem = Files.writeString(
                configDir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n");
        WizardWindow w = FxHarness.onFx(() -> {
            Stage s = new Stage();
            AppContext base = context();
            WizardWindow win = WizardWindow.create(
                    s,
                    new AppContext(
                            base.persistence(),
                            base.executor(),
                            base.files(),
                            new LaunchOptions("127.0.0.1:5353", pem.toString()),
                            base.live(),
                            base.clock(),
                            base.checkSettings()));
            s.show();
            return win;
        });
        assertEquals("127.0.0.1:5353", w.viewModel().settings().resolver());
        assertEquals(pem, w.viewModel().settings().caFileOrNull());
        assertEquals(
                new ResolverSpec.Server("127.0.0.1", 5353),
                w.viewModel().checkSettings().resolver());
        FxHarness.runFx(() -> w.viewModel().settings().themeChoiceProperty().set(ThemeChoice.DARK));
        String saved = Files.readString(configDir.resolve("settings.json"));
        assertTrue(saved.contains("DARK"), saved);
        assertFalse(saved.contains("5353"), "the command-line resolver is not saved: " + saved);
        // Typed during a run with --resolver: still this run's override, never saved.
        FxHarness.runFx(() -> w.viewModel().settings().customResolverProperty().set("127.0.0.1:5454"));
        FxHarness.runFx(() -> w.stage().close());
        saved = Files.readString(configDir.resolve("settings.json"));
        assertFalse(saved.contains("5454"), "a resolver typed during a --resolver run is not saved: " + saved);
    }

    @Test
    void enterStillMeansNextAfterSettingsWereOpenedAndClosed(FxRobot robot) throws Exception {
        KeyCodeCombination enter = new KeyCodeCombination(KeyCode.ENTER);
        robot.clickOn("#open-settings");
        // On a busy machine the overlay can arrive a pulse after the click.
        waitUntil(5, () -> robot.lookup("#settings-done").tryQuery().isPresent());
        robot.clickOn("#settings-done");
        assertFalse(window.view().settingsOpen());
        assertTrue(
                stage.getScene().getAccelerators().get(enter) != null,
                "a default button still owns Enter after Settings left the scene");
        robot.type(KeyCode.ENTER);
        assertEquals(Step.DOMAIN, vm().stepProperty().get(), "Enter is Next again once Settings are closed");
    }

    @Test
    void enterOnTheFocusedCloseButtonNeverClosesTheWindowAndCloseAndThemeHaveMnemonics(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-setup");
        Button cancel = find(robot, "cancel");
        FxHarness.runFx(cancel::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing(), "Enter on Close did not close the window");

        assertTrue(cancel.isMnemonicParsing() && cancel.getText().contains("_"), cancel.getText());
        // Alt+W switches the theme (the icon-only toggle's mnemonic).
        Theme before = vm().settings().themeProperty().get();
        robot.press(KeyCode.ALT).press(KeyCode.W).release(KeyCode.W).release(KeyCode.ALT);
        assertEquals(before.other(), vm().settings().themeProperty().get());
        // Alt+O is Close.
        robot.press(KeyCode.ALT).press(KeyCode.O).release(KeyCode.O).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Alt+O closed the window");
    }
}
