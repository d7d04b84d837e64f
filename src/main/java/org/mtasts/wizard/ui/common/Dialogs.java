package org.mtasts.wizard.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The few questions the wizard asks in a dialog. */
public final class Dialogs {
    public static final String REPLACE = "Replace";

    private Dialogs() {}

    /**
     * Asks before replacing existing files. Cancel is the default button, so Enter never replaces
     * by accident.
     */
    public static boolean confirmReplace(Node anchor, List<Path> files) {
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        ButtonType replace = new ButtonType(REPLACE, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, replace, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Replace existing files?");
        alert.setHeaderText(files.size() == 1 ? "This file already exists." : files.size() + " files already exist.");
        alert.setContentText(files.stream().map(Path::toString).collect(Collectors.joining("\n")) + "\n\nReplace "
                + (files.size() == 1 ? "it" : "them") + " with the new content?");
        alert.getDialogPane().setId("confirm-replace");
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == replace).isPresent();
    }
}
