package org.mtasts.wizard.ui.wizard;

import atlantafx.base.controls.ModalPane;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.ui.bulk.BulkView;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.domain.DomainView;
import org.mtasts.wizard.ui.mailservers.MailServersView;
import org.mtasts.wizard.ui.policy.PolicyView;
import org.mtasts.wizard.ui.publish.PublishView;
import org.mtasts.wizard.ui.reports.ReportsView;
import org.mtasts.wizard.ui.settings.SettingsView;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.verify.VerifyView;
import org.mtasts.wizard.ui.welcome.WelcomeView;

/**
 * The window's content: header (title, theme switch, Settings), the step list on the side, the
 * current screen, and the Back / Next / Cancel bar. Enter is Next (default button), Esc is Cancel
 * (cancel button); every button has a mnemonic.
 */
public final class MainView {
    private final WizardViewModel vm;
    private final StackPane root;
    private final BorderPane frame;
    private final ScrollPane screenScroll;
    /**
     * Every screen shown so far (or prewarmed), the current one visible and managed, the others
     * hidden. A screen joins the window's scene once and never leaves it: JavaFX restyling a
     * screen that re-enters a scene (Back, or the next visit) resolved looked-up colours to their
     * names, "String cannot be cast to Paint", under load.
     */
    private final StackPane screenStack = new StackPane();

    private final Map<Step, Screen> screens = new EnumMap<>(Step.class);
    private final Function<Step, Screen> screenFactory;
    private final SettingsView settingsView;
    private final ModalPane modal = new ModalPane();
    private final Button back;
    private final Button next;
    private final Button cancel;
    private static final KeyCodeCombination THEME_KEY = new KeyCodeCombination(KeyCode.W, KeyCombination.ALT_DOWN);
    private final Button themeToggle;
    /** True from a mouse press until the next key press: who moved the focus last. */
    private boolean focusByPointer;

    private final Runnable closeWindow;

    public MainView(WizardViewModel vm, FileChooserPort files, Runnable closeWindow) {
        this.vm = vm;
        this.closeWindow = closeWindow;
        this.screenFactory = screenFactory(vm, files);
        back = backButton();
        next = nextButton();
        cancel = cancelButton();
        screenScroll = screenArea();
        screenStack.getStyleClass().add("screen-stack");
        screenScroll.setContent(screenStack);
        themeToggle = themeButton();

        frame = new BorderPane();
        frame.setTop(header());
        StackPane stepFrame = new StackPane(new StepListView(vm.steps(), vm.stepProperty()));
        stepFrame.getStyleClass().add("step-list-frame");
        frame.setLeft(stepFrame);
        frame.setCenter(screenScroll);
        frame.setBottom(buttonBarArea());

        settingsView = new SettingsView(vm.settings(), files, this::closeSettings);
        setUpSettingsModal();
        root = new StackPane(modal, frame);
        root.getStyleClass().add("wizard-root");
        root.getStylesheets().add(MainView.class.getResource("wizard.css").toExternalForm());
        installShortcuts();
        scrollToKeyboardFocus();
        followTheSteps();
    }

    /** Each step's screen: its own view model, and callbacks for where it leads. */
    private static Function<Step, Screen> screenFactory(WizardViewModel vm, FileChooserPort files) {
        return step -> switch (step) {
            case WELCOME -> new WelcomeView(vm::startSetup, vm::startCheck, vm::startBulk, vm::startReports);
            case DOMAIN -> new DomainView(vm.domain());
            case MAIL_SERVERS -> new MailServersView(vm.mailServers());
            case POLICY -> new PolicyView(vm.policy());
            case PUBLISH -> new PublishView(vm.publish(), files, vm::checkPublication);
            case VERIFY -> new VerifyView(vm.verify(), files, vm::runChecks, vm::openReports);
            case BULK -> new BulkView(vm.bulk(), files, vm::runBulk, vm::openReport);
            case REPORTS ->
                new ReportsView(vm.reports(), files, vm::checkReadiness, vm::openCheck, vm::prepareNewPolicy);
        };
    }

    /** Logo and title on the left; the theme switch and Settings on the right. */
    private Node header() {
        FontIcon logo = Ui.icon(Feather.SHIELD);
        logo.getStyleClass().add("app-logo");
        Label title = new Label("MTA-STS Wizard");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button settingsButton = new Button("Settin_gs", Ui.icon(Feather.SETTINGS));
        settingsButton.setId("open-settings");
        settingsButton.setMnemonicParsing(true);
        settingsButton.getStyleClass().add(Styles.FLAT);
        settingsButton.setTooltip(new Tooltip("Resolver, CA file, timeout, theme (Ctrl+,)"));
        settingsButton.setOnAction(e -> openSettings());
        // The domain being set up, in both spellings for an IDN, on every screen after Domain.
        Label domainShown = new Label();
        domainShown.setId("header-domain");
        domainShown.getStyleClass().add(Styles.TEXT_MUTED);
        domainShown
                .textProperty()
                .bind(Bindings.when(vm.stepProperty()
                                .isEqualTo(Step.WELCOME)
                                .or(vm.stepProperty().isEqualTo(Step.DOMAIN))
                                .or(vm.stepProperty().isEqualTo(Step.BULK))
                                .or(vm.stepProperty().isEqualTo(Step.REPORTS)))
                        .then("")
                        .otherwise(vm.domain().displayProperty()));
        HBox header = new HBox(10, logo, title, domainShown, spacer, themeToggle, settingsButton);
        header.getStyleClass().add("app-header");
        return header;
    }

    /** A moon in the light theme, a sun in the dark one; its text says what a press does. */
    private Button themeButton() {
        Button toggle = Ui.iconButton(Feather.MOON, "Switch to dark theme");
        toggle.setId("theme-toggle");
        ObservableObjectValue<Theme> theme = vm.settings().themeProperty();
        Runnable update = () -> {
            boolean dark = theme.get() == Theme.DARK;
            String text = dark ? "Switch to light theme" : "Switch to dark theme";
            toggle.setGraphic(Ui.icon(dark ? Feather.SUN : Feather.MOON));
            toggle.setAccessibleText(text);
            toggle.setTooltip(new Tooltip(text + " (Alt+W)"));
        };
        update.run();
        theme.addListener((o, was, now) -> update.run());
        // An explicit choice of the other look: the switch leaves System for Light or Dark.
        toggle.setOnAction(e -> vm.settings()
                .themeChoiceProperty()
                .set(ThemeChoice.explicit(theme.get().other())));
        return toggle;
    }

    private static ScrollPane screenArea() {
        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("screen-scroll", Tweaks.EDGE_TO_EDGE);
        // Content wider than the window at its minimum (a long record value on a small screen)
        // scrolls sideways rather than being cut off.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        return scroll;
    }

    // Button bar: ButtonData puts each button where the platform expects it.

    private Button backButton() {
        Button b = new Button("_Back", Ui.icon(Feather.ARROW_LEFT));
        b.setId("back");
        b.setMnemonicParsing(true);
        ButtonBar.setButtonData(b, ButtonBar.ButtonData.BACK_PREVIOUS);
        b.disableProperty().bind(vm.canGoBackProperty().not());
        b.setOnAction(e -> vm.back());
        return b;
    }

    /** Next, Verify, Finish...: the default button (Enter). */
    private Button nextButton() {
        Button b = new Button();
        b.setId("next");
        b.setMnemonicParsing(true);
        b.textProperty().bind(vm.nextLabelProperty());
        b.setGraphic(Ui.icon(Feather.ARROW_RIGHT));
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.getStyleClass().add(Styles.ACCENT);
        b.setDefaultButton(true);
        ButtonBar.setButtonData(b, ButtonBar.ButtonData.NEXT_FORWARD);
        b.disableProperty().bind(vm.canGoNextProperty().not());
        b.setOnAction(e -> vm.next());
        return b;
    }

    /** Cancel while something runs, Close otherwise: the cancel button (Esc). */
    private Button cancelButton() {
        Button b = new Button();
        b.setId("cancel");
        // Alt+O closes, Alt+E cancels: letters no screen's own control uses while this is shown.
        b.setMnemonicParsing(true);
        b.textProperty().bind(Bindings.when(vm.busyProperty()).then("Canc_el").otherwise("Cl_ose"));
        b.setCancelButton(true);
        // Enter never closes the window, even when Close has the focus (as it can after Esc
        // cancelled a lookup): there Enter does nothing; Space, Esc or a click closes.
        b.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        b.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
            }
        });
        // When the work ends, the focus goes back to the screen instead of staying on Close.
        vm.busyProperty().addListener((o, was, busy) -> {
            if (!busy && b.isFocused()) {
                Node focus = screen(vm.stepProperty().get()).initialFocus();
                Platform.runLater((focus != null ? focus : next)::requestFocus);
            }
        });
        b.setTooltip(new Tooltip("Stops what is running; otherwise closes the wizard. Your answers are kept. (Esc)"));
        ButtonBar.setButtonData(b, ButtonBar.ButtonData.CANCEL_CLOSE);
        b.setOnAction(e -> {
            if (!vm.cancelWork()) {
                closeWindow.run();
            }
        });
        return b;
    }

    /** What runs (spinner and a few words) or what the last copy or save did, then the buttons. */
    private Node buttonBarArea() {
        Node busyBox = busyBox();
        // Labels change with the step ("Next", "Verify", "Finish"): never let the bar squeeze them.
        for (Button b : new Button[] {back, next, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(b, false);
        }
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(back, next, cancel);
        HBox barArea = new HBox(12, busyBox, bar);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox.setHgrow(busyBox, Priority.SOMETIMES);
        barArea.setAlignment(Pos.CENTER_LEFT);
        barArea.getStyleClass().add("button-bar-area");
        return barArea;
    }

    private Node busyBox() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label busyText = new Label();
        busyText.getStyleClass().add("busy-label");
        busyText.textProperty().bind(vm.busyMessageProperty());
        busyText.visibleProperty().bind(vm.busyProperty());
        busyText.managedProperty().bind(busyText.visibleProperty());
        // What the last copy or save did, where it is seen wherever the user scrolled to.
        Label status = new Label();
        status.setId("publish-status");
        status.getStyleClass().addAll("busy-label", Styles.SUCCESS);
        status.textProperty()
                .bind(Bindings.when(vm.stepProperty().isEqualTo(Step.PUBLISH))
                        .then(Bindings.when(vm.publish().blockedProperty().isEmpty())
                                .then(vm.publish().messageProperty())
                                .otherwise(vm.publish().blockedProperty()))
                        .otherwise(""));
        // A refusal to go on is not a success: it reads in the danger colour.
        vm.publish().blockedProperty().addListener((o, was, now) -> {
            status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            status.getStyleClass().add(now.isEmpty() ? Styles.SUCCESS : Styles.DANGER);
        });
        status.visibleProperty()
                .bind(vm.busyProperty().not().and(status.textProperty().isNotEmpty()));
        status.managedProperty().bind(status.visibleProperty());
        HBox busyBox = new HBox(8, spinner, busyText, status);
        busyBox.setAlignment(Pos.CENTER_LEFT);
        busyBox.setId("busy");
        return busyBox;
    }

    /**
     * Settings open in AtlantaFX's modal pane, over the wizard in the same window. It shows the
     * card only while open (so the card's mnemonics and default button never shadow the screen's),
     * at once (no fade: Esc then Enter must reach the screen without waiting), and closes on Done,
     * Esc or a click beside the card.
     */
    private void setUpSettingsModal() {
        modal.setId("settings-modal");
        modal.setInTransitionFactory(null);
        modal.setOutTransitionFactory(null);
        // A margin, not the pane's padding: padding would inset the dimmed backdrop too.
        StackPane.setMargin(settingsView.card(), new Insets(24));
        modal.setFocusTraversable(false);
        // A click beside the card closes it only when every value is valid (like Done and Esc).
        modal.persistentProperty().bind(vm.settings().validProperty().not());
        modal.visibleProperty().bind(modal.displayProperty());
        modal.displayProperty().addListener((o, was, now) -> {
            if (!now) {
                settingsClosed();
            }
        });
    }

    /** Ctrl+, opens Settings; Alt+W switches the theme; Enter on a radio button is Next. */
    private void installShortcuts() {
        KeyCodeCombination settingsKey = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (settingsKey.match(e)) {
                e.consume();
                openSettings();
            } else if (THEME_KEY.match(e) && !settingsOpen()) {
                // The icon-only theme button's mnemonic (an icon has no letter to underline).
                e.consume();
                themeToggle.fire();
            } else if (e.getCode() == KeyCode.ENTER
                    && !e.isAltDown()
                    && !e.isControlDown()
                    && root.getScene() != null
                    && root.getScene().getFocusOwner() instanceof RadioButton
                    && !settingsOpen()
                    && !next.isDisabled()) {
                // Radio buttons swallow Enter; on a choice screen Enter still means Next.
                e.consume();
                next.fire();
            }
        });
    }

    /**
     * Keyboard focus may move to a control below the fold: scroll it into view. Focus that a mouse
     * press gave is left where it is: scrolling between press and release moved a half-visible
     * button away from the pointer, so the first click only scrolled.
     */
    private void scrollToKeyboardFocus() {
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> focusByPointer = true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> focusByPointer = false);
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((fo, a, focused) -> {
                    if (!focusByPointer) {
                        ensureVisible(focused);
                    }
                });
            }
        });
    }

    /** Shows the current step's screen, and closes the window once the wizard is finished. */
    private void followTheSteps() {
        vm.stepProperty().addListener((o, was, now) -> show(now));
        vm.finishedProperty().addListener((o, was, now) -> {
            if (now) {
                closeWindow.run();
            }
        });
        show(vm.stepProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The screen for {@code step}, built on first use and kept, so Back finds it as it was left. */
    public Screen screen(Step step) {
        return screens.computeIfAbsent(step, screenFactory);
    }

    private void show(Step step) {
        Screen s = screen(step);
        Node shown = s.root();
        attach(shown);
        for (Node n : screenStack.getChildren()) {
            n.setVisible(n == shown);
            n.setManaged(n == shown);
        }
        screenScroll.setVvalue(0);
        // Screens without a field to start in focus Next, so Enter moves on.
        Node focus = s.initialFocus() != null ? s.initialFocus() : next;
        Platform.runLater(focus::requestFocus);
    }

    /** Puts a screen into the stack, hidden, if it is not there yet. */
    private void attach(Node screenRoot) {
        if (screenRoot.getParent() != screenStack) {
            screenRoot.setVisible(false);
            screenRoot.setManaged(false);
            StackPane.setAlignment(screenRoot, Pos.TOP_LEFT);
            screenStack.getChildren().add(screenRoot);
        }
    }

    /**
     * Builds the screens not shown yet and lets CSS create their skins once, off screen, while the
     * user reads the current one: the first visit of a screen (Verify above all, in the middle of
     * a check) then costs a fraction of the time on the FX thread. They join the screen stack
     * hidden, where they stay (see {@link #screenStack}).
     */
    public void prewarm() {
        for (Step step : Step.values()) {
            if (!screens.containsKey(step)) {
                attach(screen(step).root());
            }
        }
        // One requirement row, as Verify shows them, so its skins are warm too; it is the only
        // node that leaves again, and it was never styled before.
        TitledPane row = new TitledPane("", new Label(""));
        row.setGraphic(new HBox(Ui.icon(Feather.CHECK_CIRCLE), new Label("")));
        row.setVisible(false);
        row.setManaged(false);
        screenStack.getChildren().add(row);
        screenStack.applyCss();
        screenStack.getChildren().remove(row);
    }

    /** Scrolls the screen so {@code node} is in view (keyboard focus, tests). */
    public void ensureVisible(Node node) {
        Node content = screenScroll.getContent();
        if (node == null || content == null) {
            return;
        }
        // A part of the screen that was just rebuilt has no bounds until it is laid out.
        if (content instanceof Parent p) {
            p.applyCss();
            p.layout();
        }
        Node p = node;
        while (p != null && p != content) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = screenScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = screenScroll.getVvalue() * (contentHeight - viewport);
        double margin = 24;
        if (b.getMinY() - margin < top) {
            top = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewport) {
            top = b.getMaxY() + margin - viewport;
        } else {
            return;
        }
        screenScroll.setVvalue(Math.max(0, Math.min(1, top / (contentHeight - viewport))));
    }

    public void openSettings() {
        if (settingsOpen()) {
            return;
        }
        modal.show(settingsView.card());
        // The modal pane adds the card to the scene when its skin gets to it (on the first open, a
        // pulse later). Only then can the first field take the focus, and only after that may the
        // wizard behind be disabled (disabling the focus owner makes the scene pick another one).
        Node first = settingsView.initialFocus();
        Runnable takeFocus = () -> {
            // Skins first: a ButtonBar's skin focuses its default button (Done) when it is created.
            settingsView.card().applyCss();
            first.requestFocus();
            frame.setDisable(true);
        };
        if (first.getScene() != null) {
            takeFocus.run();
        } else {
            first.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                    if (now != null) {
                        o.removeListener(this);
                        takeFocus.run();
                    }
                }
            });
        }
    }

    /** Done and Esc; a click beside the card closes the modal pane itself. */
    public void closeSettings() {
        modal.hide(true);
    }

    /** However Settings closed: the card leaves the scene and the wizard takes the keyboard back. */
    private void settingsClosed() {
        modal.setContent(null);
        // The scene holds one Enter accelerator: Settings' default Done button took it over and
        // dropped it on leaving the scene, so Next must claim it back or Enter does nothing.
        next.setDefaultButton(false);
        next.setDefaultButton(true);
        frame.setDisable(false);
        Node focus = screen(vm.stepProperty().get()).initialFocus();
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
    }

    public boolean settingsOpen() {
        return modal.isDisplay();
    }
}
