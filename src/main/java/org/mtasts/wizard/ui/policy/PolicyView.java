package org.mtasts.wizard.ui.policy;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;

/** Policy: mode with consequences, max_age presets or a custom value, TLS report addresses. */
public final class PolicyView implements Screen {
    private final VBox root;
    private final ToggleGroup modes = new ToggleGroup();
    private final VBox adviceBox = new VBox(6);
    private final PolicyViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();

    public PolicyView(PolicyViewModel vm) {
        this.vm = vm;
        adviceBox.setId("policy-advice");
        vm.currentAdvice().addListener((ListChangeListener<String>) c -> rebuildAdvice());
        rebuildAdvice();

        root = new VBox(
                18,
                Ui.header(
                        "How strict should the policy be?",
                        "Choose how senders treat a failure, how long they remember the policy, and where they report "
                                + "problems."),
                modeSection(),
                maxAgeSection(),
                reportAddressSection(),
                adviceBox,
                blockedNote());
        root.getStyleClass().add("screen");
        root.setId("screen-policy");
    }

    /** The three modes, each with what it means for senders, and the recommended path. */
    private Node modeSection() {
        RadioButton testing = modeChoice(
                modes,
                Mode.TESTING,
                "_Testing (start here)",
                "Senders deliver as before and send you TLS reports about any problem. Nothing breaks.");
        RadioButton enforce = modeChoice(
                modes,
                Mode.ENFORCE,
                "En_force",
                "Senders refuse to deliver to servers that fail the checks. Switch once the reports are clean.");
        RadioButton none = modeChoice(
                modes,
                Mode.NONE,
                "Non_e",
                "Withdraws the policy: senders drop it when their cached copy expires. Use it to remove MTA-STS.");
        bindToggles(modes, vm.modeProperty());
        Label recommended = Ui.wrapped("Recommended path: publish in testing mode with a report address, read the "
                + "reports for two to four weeks, then switch to enforce.");
        recommended.setGraphic(Ui.icon(Feather.COMPASS));
        recommended.getStyleClass().add("note");
        VBox modeBox = new VBox(
                10, sectionTitle("Mode"), choiceBlock(testing), choiceBlock(enforce), choiceBlock(none), recommended);
        modeBox.getStyleClass().add("card-box");
        return modeBox;
    }

    /** max_age: the presets, or a custom number of seconds checked as it is typed. */
    private Node maxAgeSection() {
        ToggleGroup ages = new ToggleGroup();
        // Wraps instead of truncating when the window is narrow.
        FlowPane presets = new FlowPane(16, 8);
        presets.setAlignment(Pos.CENTER_LEFT);
        for (MaxAgeChoice c : MaxAgeChoice.values()) {
            RadioButton b = new RadioButton(c.label() + (c.seconds() > 0 ? " (" + c.seconds() + " s)" : ""));
            b.setUserData(c);
            b.setToggleGroup(ages);
            b.setId("max-age-" + c.name().toLowerCase(Locale.ROOT));
            b.setMinWidth(Region.USE_PREF_SIZE);
            presets.getChildren().add(b);
        }
        presets.getChildren().get(0).setAccessibleHelp("max_age presets");
        bindToggles(ages, vm.maxAgeChoiceProperty());
        TextField custom = new TextField();
        custom.setId("max-age-custom-field");
        custom.setPromptText("seconds");
        custom.setMaxWidth(180);
        custom.textProperty().bindBidirectional(vm.customMaxAgeProperty());
        custom.disableProperty().bind(vm.maxAgeChoiceProperty().isNotEqualTo(MaxAgeChoice.CUSTOM));
        Label ageError = Ui.inlineError(custom, vm.maxAgeErrorProperty(), validation);
        ageError.setId("max-age-error");
        VBox ageBox = new VBox(
                8,
                sectionTitle("How long senders remember the policy (max_age)"),
                presets,
                Ui.fieldLabel("Custom _max_age in seconds", custom),
                custom,
                ageError,
                Ui.muted("Longer is stronger: senders keep protecting your mail between visits. Shorter makes "
                        + "changes take effect sooner while you are still testing."));
        ageBox.getStyleClass().add("card-box");
        return ageBox;
    }

    /** TLSRPT: a field to add an address (Enter or the button), the list, and Remove (or Delete). */
    private Node reportAddressSection() {
        ListView<String> addresses = addressList();
        TextField newAddress = new TextField();
        newAddress.setId("rua-new");
        newAddress.setPromptText("tls-reports@example.com or https://reports.example/tlsrpt");
        newAddress.textProperty().bindBidirectional(vm.newAddressProperty());
        HBox.setHgrow(newAddress, Priority.ALWAYS);
        Ui.enterRuns(newAddress, vm::addAddress);
        Button add = new Button("A_dd address", Ui.icon(Feather.PLUS));
        add.setId("rua-add");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> {
            vm.addAddress();
            newAddress.requestFocus();
        });
        Button remove = new Button("_Remove", Ui.icon(Feather.TRASH_2));
        remove.setId("rua-remove");
        remove.setMnemonicParsing(true);
        remove.disableProperty()
                .bind(addresses.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> vm.removeAddress(addresses.getSelectionModel().getSelectedIndex()));
        Label addressError = Ui.inlineError(newAddress, vm.newAddressErrorProperty(), validation);
        addressError.setId("rua-error");
        VBox ruaBox = new VBox(
                8,
                sectionTitle("Where to send TLS reports (TLSRPT)"),
                Ui.muted("Sending mail servers send a daily JSON summary of failed and successful TLS connections. "
                        + "A mailbox you read, or a reporting service's address."),
                Ui.fieldLabel("Report _address", newAddress),
                new HBox(8, newAddress, add),
                addressError,
                addressNote(),
                addresses,
                new HBox(8, remove));
        ruaBox.getStyleClass().add("card-box");
        return ruaBox;
    }

    private ListView<String> addressList() {
        ListView<String> addresses = new ListView<>(vm.reportAddresses());
        addresses.setId("rua-list");
        addresses.setPrefHeight(96);
        addresses.getStyleClass().add(Styles.DENSE);
        addresses.setMinHeight(72);
        addresses.setAccessibleText("TLS report addresses");
        addresses.setOnKeyPressed(e -> {
            int i = addresses.getSelectionModel().getSelectedIndex();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && i >= 0) {
                vm.removeAddress(i);
                e.consume();
            }
        });
        return addresses;
    }

    /** What adding an address changed (a bare address got mailto:), or where the list came from. */
    private Label addressNote() {
        Label addressNote = Ui.muted("");
        addressNote.setId("rua-note");
        addressNote.setGraphic(Ui.icon(Feather.INFO));
        addressNote.getStyleClass().add("note");
        addressNote.textProperty().bind(vm.addressNoteProperty());
        Ui.hideWhenEmpty(addressNote);
        return addressNote;
    }

    /** Why Next did not move on, when the cause is not on this screen. */
    private Label blockedNote() {
        Label blocked = Ui.wrapped("");
        blocked.setId("policy-blocked");
        blocked.getStyleClass().add(Styles.DANGER);
        blocked.textProperty().bind(vm.blockedMessageProperty());
        Ui.hideWhenEmpty(blocked);
        return blocked;
    }

    /** Keeps a toggle group's selection (user data) and a view model's value the same, both ways. */
    private static <T> void bindToggles(ToggleGroup group, ObjectProperty<T> value) {
        selectByUserData(group, value.get());
        value.addListener((o, was, now) -> selectByUserData(group, now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    private void rebuildAdvice() {
        adviceBox.getChildren().clear();
        for (String a : vm.currentAdvice()) {
            FontIcon icon = Ui.icon(Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add("status-warn");
            Label l = Ui.wrapped(a);
            l.setGraphic(icon);
            adviceBox.getChildren().add(l);
        }
    }

    private static RadioButton modeChoice(ToggleGroup group, Mode mode, String label, String consequence) {
        RadioButton b = new RadioButton(label);
        b.setMnemonicParsing(true);
        b.setUserData(mode);
        b.setToggleGroup(group);
        b.setId("mode-" + mode.token());
        b.getProperties().put("consequence", consequence);
        b.setAccessibleHelp(consequence);
        b.getStyleClass().add(Styles.TEXT_BOLD);
        return b;
    }

    private static VBox choiceBlock(RadioButton b) {
        Label consequence = Ui.muted((String) b.getProperties().get("consequence"));
        consequence.setPadding(new Insets(0, 0, 0, 28));
        return new VBox(2, b, consequence);
    }

    private static void selectByUserData(ToggleGroup g, Object value) {
        g.getToggles().stream()
                .filter(t -> t.getUserData() == value)
                .findFirst()
                .ifPresent(g::selectToggle);
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return modes.getSelectedToggle() instanceof RadioButton r
                ? r
                : (RadioButton) modes.getToggles().get(0);
    }
}
