package org.mtasts.wizard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks shared by the screens, so every screen looks and behaves alike. */
public final class Ui {
    private Ui() {}

    /** A node id from free text (host names have dots, which CSS lookups read as classes). */
    public static String safeId(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /**
     * Enter in {@code field} runs {@code action} while the field has text; with an empty field it
     * goes on to the default button (Next), so Enter = Next still holds.
     */
    public static void enterRuns(TextField field, Runnable action) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !field.getText().isBlank()) {
                e.consume();
                action.run();
            }
        });
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    /** A screen's heading and its one-paragraph lead. */
    public static VBox header(String title, String lead) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_2);
        t.setWrapText(true);
        Label l = new Label(lead);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(6, t, l);
        box.getStyleClass().add("screen-header");
        return box;
    }

    /** A label whose mnemonic focuses {@code field}, so Alt+letter reaches every input. */
    public static Label fieldLabel(String textWithMnemonic, Node field) {
        Label label = new Label(textWithMnemonic);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        // A label's mnemonic reaches its target as an ActionEvent; text fields and lists do not
        // take the focus from it on their own.
        label.addEventHandler(ActionEvent.ACTION, e -> field.requestFocus());
        if (field instanceof TextInputControl || field instanceof ListView) {
            field.addEventHandler(ActionEvent.ACTION, e -> field.requestFocus());
        }
        return label;
    }

    /** Shows {@code l} only while it has text, and lets it take no room while hidden. */
    public static void hideWhenEmpty(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    public static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    public static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    /**
     * The inline message under a field: red, shown only while {@code error} is non-empty, and
     * mirrored as a ControlsFX decoration on the field itself.
     */
    public static Label inlineError(Control field, ObservableStringValue error, ValidationSupport support) {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().addAll("inline-error", Styles.DANGER);
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setGraphic(icon(Feather.ALERT_CIRCLE));
        if (support != null) {
            support.registerValidator(
                    field,
                    false,
                    (Control c, Object v) -> ValidationResult.fromErrorIf(
                            c, error.get(), !error.get().isEmpty()));
            error.addListener((obs, was, now) -> support.revalidate(field));
        }
        return message;
    }

    /** An icon-only button, with the accessible text and tooltip screen readers and mice need. */
    public static Button iconButton(Ikon ikon, String accessibleText) {
        Button b = new Button(null, icon(ikon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setAccessibleText(accessibleText);
        b.setTooltip(new Tooltip(accessibleText));
        return b;
    }

    /** A button that puts {@code value} (exactly) on the system clipboard. */
    public static Button copyButton(String value, String what) {
        Button b = iconButton(Feather.COPY, "Copy " + what);
        b.setOnAction(e -> copy(value));
        return b;
    }

    /**
     * A value shown as its tokens, which wrap as whole pieces and never break inside: a token ends
     * after white space or after a comma (the separator of a TLSRPT {@code rua} list). Its minimum
     * width is that of the widest token; the full value is its accessible text.
     */
    public static FlowPane tokenFlow(String value, String styleClass) {
        FlowPane flow = new FlowPane() {
            /** As narrow as the widest token (a FlowPane's own minimum would let tokens overlap). */
            @Override
            protected double computeMinWidth(double height) {
                double widest = 0;
                for (Node child : getChildren()) {
                    widest = Math.max(widest, child.prefWidth(-1));
                }
                return snappedLeftInset() + widest + snappedRightInset();
            }
        };
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            token.append(c);
            boolean next = i + 1 < value.length();
            boolean ends =
                    c == ',' || (Character.isWhitespace(c) && next && !Character.isWhitespace(value.charAt(i + 1)));
            if (ends || !next) {
                Label piece = new Label(token.toString());
                piece.getStyleClass().add(styleClass);
                piece.setMinWidth(Region.USE_PREF_SIZE);
                flow.getChildren().add(piece);
                token.setLength(0);
            }
        }
        flow.setAccessibleText(value);
        return flow;
    }

    public static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
