package org.mtasts.wizard.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.validation.ValidationSupport;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.FileChooserPort;

/**
 * Settings: a card the wizard shows in its window's modal pane, over every screen (the header
 * button or Ctrl+,). Changes apply at once; the next lookup or check uses them. Done and Esc call
 * {@code onClose}.
 */
public final class SettingsView {
    private final SettingsViewModel vm;
    private final FileChooserPort files;
    private final ValidationSupport validation = new ValidationSupport();
    private final VBox card;
    private final ComboBox<ResolverChoice> resolver;
    private final TextField custom = new TextField();
    private final TextField ca = new TextField();
    private final TextField timeout = new TextField();
    private final Label refused = Ui.wrapped("");
    private final Runnable onClose;

    public SettingsView(SettingsViewModel vm, FileChooserPort files, Runnable onClose) {
        this.vm = vm;
        this.files = files;
        this.onClose = onClose;
        resolver = new ComboBox<>();
        refused.setId("settings-refused");
        refused.getStyleClass().add(Styles.DANGER);
        Ui.hideWhenEmpty(refused);
        vm.validProperty().addListener((o, was, ok) -> {
            if (ok) {
                refused.setText("");
            }
        });

        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_3);
        Label lead = Ui.muted("Used by every lookup and check. Nothing leaves your computer except the DNS, HTTPS and "
                + "SMTP questions the checks ask.");
        VBox fields = new VBox(16, resolverField(), caFileField(), timeoutField(), themeChoice());
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // As tall as the fields need; the scroll bar appears only when the window is too short.
        scroll.prefViewportHeightProperty().bind(fields.heightProperty());

        card = new VBox(14, new VBox(4, title, lead), scroll, refused, doneBar());
        card.getStyleClass().add("settings-card");
        card.setId("settings");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setAccessibleText("Settings");
        // Esc closes Settings before it could reach the wizard's Cancel button.
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeIfValid();
            }
        });
    }

    /** The system's resolver, a public one, or a custom address checked as it is typed. */
    private VBox resolverField() {
        resolver.setId("settings-resolver");
        resolver.getItems().setAll(ResolverChoice.values());
        resolver.valueProperty().bindBidirectional(vm.resolverChoiceProperty());
        resolver.setMaxWidth(Double.MAX_VALUE);
        custom.setId("settings-custom-resolver");
        custom.setPromptText("192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53 or https://dns.example/dns-query");
        custom.textProperty().bindBidirectional(vm.customResolverProperty());
        custom.visibleProperty().bind(vm.resolverChoiceProperty().isEqualTo(ResolverChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        custom.setAccessibleText("Custom resolver address");
        Label customError = Ui.inlineError(custom, vm.customResolverErrorProperty(), validation);
        customError.setId("settings-custom-resolver-error");
        return new VBox(6, Ui.fieldLabel("DNS _resolver", resolver), resolver, custom, customError);
    }

    /** An extra PEM file of CA certificates, typed or chosen with Browse. */
    private VBox caFileField() {
        ca.setId("settings-ca-file");
        ca.setPromptText("Optional: a PEM file with extra CA certificates (for a private CA)");
        ca.textProperty().bindBidirectional(vm.caFileProperty());
        Button browse = new Button("Bro_wse...");
        browse.setMnemonicParsing(true);
        browse.setOnAction(e -> files.open(
                        browse.getScene().getWindow(),
                        "Choose a CA certificate file",
                        new FileChooser.ExtensionFilter("PEM certificates", "*.pem", "*.crt", "*.cer"))
                .ifPresent(p -> vm.caFileProperty().set(p.toString())));
        HBox caRow = new HBox(8, ca, browse);
        HBox.setHgrow(ca, Priority.ALWAYS);
        Label caError = Ui.inlineError(ca, vm.caFileErrorProperty(), validation);
        caError.setId("settings-ca-file-error");
        return new VBox(
                6,
                Ui.fieldLabel("E_xtra CA file", ca),
                caRow,
                caError,
                Ui.muted("Certificates in this file are trusted in addition to the system's, for policy hosts "
                        + "and mail servers. Senders on the internet will not trust them."));
    }

    private VBox timeoutField() {
        timeout.setId("settings-timeout");
        timeout.setPrefColumnCount(5);
        timeout.setMaxWidth(120);
        timeout.textProperty().bindBidirectional(vm.timeoutProperty());
        Label timeoutError = Ui.inlineError(timeout, vm.timeoutErrorProperty(), validation);
        timeoutError.setId("settings-timeout-error");
        HBox timeoutRow = new HBox(8, timeout, new Label("seconds for each DNS question, fetch and mail server"));
        timeoutRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, Ui.fieldLabel("_Timeout", timeout), timeoutRow, timeoutError);
    }

    /**
     * System (the desktop's light or dark setting, followed live), Light or Dark, applied at once.
     * The header's switch sets Light or Dark.
     */
    private VBox themeChoice() {
        ToggleGroup themes = new ToggleGroup();
        RadioButton system = themeButton("S_ystem", "settings-theme-system", ThemeChoice.SYSTEM);
        RadioButton light = themeButton("_Light", "settings-theme-light", ThemeChoice.LIGHT);
        RadioButton dark = themeButton("Dar_k", "settings-theme-dark", ThemeChoice.DARK);
        themes.getToggles().addAll(system, light, dark);
        Runnable select = () -> themes.getToggles().stream()
                .filter(t -> t.getUserData() == vm.themeChoiceProperty().get())
                .findFirst()
                .ifPresent(themes::selectToggle);
        select.run();
        vm.themeChoiceProperty().addListener((o, was, now) -> select.run());
        themes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.themeChoiceProperty().set((ThemeChoice) now.getUserData());
            }
        });
        Label themeLabel = new Label("Theme");
        themeLabel.getStyleClass().add(Styles.TEXT_BOLD);
        Label note = Ui.muted("System follows your desktop's light or dark setting as it changes (light when the "
                + "desktop does not say).");
        note.setId("settings-theme-note");
        return new VBox(6, themeLabel, new HBox(16, system, light, dark), note);
    }

    private static RadioButton themeButton(String text, String id, ThemeChoice choice) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setUserData(choice);
        return b;
    }

    private ButtonBar doneBar() {
        Button done = new Button("_Done");
        done.setId("settings-done");
        done.setMnemonicParsing(true);
        done.getStyleClass().add(Styles.ACCENT);
        // The wizard's bar is disabled while Settings is open, so Enter means Done here.
        done.setDefaultButton(true);
        done.setOnAction(e -> closeIfValid());
        ButtonBar.setButtonData(done, ButtonBar.ButtonData.OK_DONE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().add(done);
        return bar;
    }

    /** The card to show; sized by its content, at most the width the stylesheet gives it. */
    public Node card() {
        return card;
    }

    /** Closes when every value is valid; otherwise says so and focuses the first invalid field. */
    public void closeIfValid() {
        // Values shown in Settings are the values used: Done (and Esc) never leave invalid ones.
        if (vm.validProperty().get()) {
            refused.setText("");
            onClose.run();
            return;
        }
        refused.setText("Some settings are not valid: correct or clear the marked fields, then press Done.");
        Node bad = !vm.customResolverErrorProperty().get().isEmpty()
                ? custom
                : !vm.caFileErrorProperty().get().isEmpty() ? ca : timeout;
        bad.requestFocus();
    }

    public Node initialFocus() {
        return resolver;
    }
}
