package org.mtasts.wizard.ui.domain;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;

/** Domain: one field, the normalised name as the user types, an inline error, the lookup's outcome. */
public final class DomainView implements Screen {
    private final VBox root;
    private final TextField field;
    private final DomainViewModel vm;

    public DomainView(DomainViewModel vm) {
        this.vm = vm;
        field = new TextField();
        field.setId("domain-field");
        field.setPromptText("example.com");
        field.setPrefColumnCount(32);
        field.setMaxWidth(520);
        field.textProperty().bindBidirectional(vm.textProperty());
        field.disableProperty().bind(vm.busyProperty());

        Label what = Ui.muted("");
        what.textProperty()
                .bind(Bindings.when(vm.checkOnlyProperty())
                        .then(
                                "Next runs the live checks a sending mail server would: DNS records, the policy file over "
                                        + "HTTPS, and STARTTLS with every mail server.")
                        .otherwise(
                                "Next looks up the domain's mail servers (MX) and any MTA-STS and TLS reporting records "
                                        + "it already publishes."));

        root = new VBox(
                20,
                Ui.header(
                        "Which domain receives the mail?",
                        "The part after the @ in your addresses. You can paste an address or a web link: the wizard "
                                + "keeps only the domain."),
                restoredNote(),
                fieldSection(),
                what,
                lookupError());
        root.getStyleClass().add("screen");
        root.setId("screen-domain");
    }

    /** The field, its inline error, the name that will be used and what normalising changed. */
    private Node fieldSection() {
        ValidationSupport validation = new ValidationSupport();
        Label error = Ui.inlineError(field, vm.errorProperty(), validation);
        error.setId("domain-error");

        Label normalized = new Label();
        normalized.setId("domain-normalized");
        normalized.setWrapText(true);
        normalized.getStyleClass().add(Styles.SUCCESS);
        normalized
                .textProperty()
                .bind(Bindings.when(vm.normalizedProperty().isEmpty())
                        .then("")
                        .otherwise(Bindings.concat("Will use: ", vm.normalizedProperty())));
        normalized.setGraphic(Ui.icon(Feather.CHECK));
        Ui.hideWhenEmpty(normalized);

        Label note = Ui.muted("");
        note.setId("domain-note");
        note.textProperty()
                .bind(Bindings.when(vm.changeNoteProperty().isEmpty())
                        .then("")
                        .otherwise(Bindings.concat("Changed what you typed: ", vm.changeNoteProperty(), ".")));
        note.setGraphic(Ui.icon(Feather.INFO));
        note.getStyleClass().add("note");
        Ui.hideWhenEmpty(note);

        VBox fieldBox = new VBox(6, Ui.fieldLabel("_Mail domain", field), field, error, normalized, note);
        fieldBox.getStyleClass().add("section");
        return fieldBox;
    }

    private Label lookupError() {
        Label lookupError = Ui.wrapped("");
        lookupError.setId("domain-lookup-error");
        lookupError.getStyleClass().add(Styles.WARNING);
        lookupError.textProperty().bind(vm.lookupErrorProperty());
        lookupError.setGraphic(Ui.icon(Feather.ALERT_TRIANGLE));
        Ui.hideWhenEmpty(lookupError);
        return lookupError;
    }

    private Label restoredNote() {
        Label restored = Ui.muted("");
        restored.setId("domain-restored");
        restored.textProperty().bind(vm.restoredNoteProperty());
        restored.setGraphic(Ui.icon(Feather.ROTATE_CCW));
        restored.getStyleClass().add("note");
        Ui.hideWhenEmpty(restored);
        return restored;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return field;
    }
}
