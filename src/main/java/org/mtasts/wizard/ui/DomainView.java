package org.mtasts.wizard.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Domain: one field, the normalised name as the user types, an inline error. */
final class DomainView implements Screen {
    private final VBox root;
    private final TextField field;

    DomainView(DomainViewModel vm) {
        field = new TextField();
        field.setId("domain-field");
        field.setPromptText("example.com");
        field.setPrefColumnCount(32);
        field.setMaxWidth(520);
        field.textProperty().bindBidirectional(vm.textProperty());
        ValidationSupport validation = new ValidationSupport();
        Label error = Ui.inlineError(field, vm.errorProperty(), validation);
        error.setId("domain-error");
        VBox fieldBox = new VBox(6, Ui.fieldLabel("Mail _domain", field), field, error);
        fieldBox.getStyleClass().add("section");
        root = new VBox(24, Ui.header("Which domain receives the mail?",
                "The part after the @ in your addresses. The policy protects mail sent to this domain."), fieldBox);
        root.getStyleClass().add("screen");
        root.setId("screen-domain");
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
