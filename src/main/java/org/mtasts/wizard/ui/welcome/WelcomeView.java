package org.mtasts.wizard.ui.welcome;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.mtasts.wizard.ui.common.Screen;
import org.mtasts.wizard.ui.common.Ui;

/**
 * Welcome: what MTA-STS protects against, what the user needs, and the four ways in. It has no
 * state of its own, so no view model: each way in is a callback (the wizard moves to its step).
 */
public final class WelcomeView implements Screen {
    private final VBox root;
    private final Button setUp;

    /**
     * @param onSetUp     what "Set up MTA-STS" does
     * @param onCheck     what "Check a domain" does
     * @param onCheckMany what "Check many domains" does
     * @param onReports   what "TLS reports" does
     */
    public WelcomeView(Runnable onSetUp, Runnable onCheck, Runnable onCheckMany, Runnable onReports) {
        VBox header = Ui.header(
                "Protect your mail on its way to you",
                "Mail servers talk to each other over encryption that an attacker in the middle can quietly strip "
                        + "or redirect. MTA-STS lets your domain tell senders to deliver only over verified, encrypted "
                        + "connections to your real mail servers, and TLS reporting tells you when something goes wrong.");

        VBox needs = new VBox(
                8,
                sectionTitle("What you need"),
                bullet(Feather.GLOBE, "Access to your domain's DNS, to add two TXT records and one host name."),
                bullet(
                        Feather.SERVER,
                        "Somewhere to host one small text file over HTTPS, at mta-sts.<your domain> "
                                + "(GitHub Pages, Netlify, Cloudflare Pages or your own web server all work)."),
                bullet(Feather.CLOCK, "About fifteen minutes, plus the time your DNS takes to update."));
        needs.getStyleClass().add("section");

        setUp = new Button("_Set up MTA-STS", Ui.icon(Feather.ARROW_RIGHT));
        GridPane choices = choices(onSetUp, onCheck, onCheckMany, onReports);

        root = new VBox(24, header, needs, choices);
        root.getStyleClass().add("screen");
        root.setId("screen-welcome");
    }

    /** The four ways in, two by two (four in a row clip their buttons at the minimum size), each with what it does. */
    private GridPane choices(Runnable onSetUp, Runnable onCheck, Runnable onCheckMany, Runnable onReports) {
        setUp.setId("welcome-setup");
        setUp.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        setUp.setMnemonicParsing(true);
        setUp.setContentDisplay(ContentDisplay.RIGHT);
        setUp.setOnAction(e -> onSetUp.run());
        VBox setUpBox = choice(
                setUp,
                "Walks you through your mail servers, the policy, the files and records to "
                        + "publish, and then checks that it all works.");

        Button check = new Button("Chec_k a domain", Ui.icon(Feather.SEARCH));
        check.setId("welcome-check");
        check.getStyleClass().add(Styles.LARGE);
        check.setMnemonicParsing(true);
        check.setOnAction(e -> onCheck.run());
        VBox checkBox = choice(
                check,
                "Already set up, or curious about another domain? Runs the live checks "
                        + "straight away and explains every result.");

        Button many = new Button("Check _many domains", Ui.icon(Feather.LIST));
        many.setId("welcome-bulk");
        many.getStyleClass().add(Styles.LARGE);
        many.setMnemonicParsing(true);
        many.setOnAction(e -> onCheckMany.run());
        VBox manyBox = choice(
                many,
                "A list of domains, from a file or pasted: checked together, with a table to sort, "
                        + "filter and export.");

        Button reports = new Button("_TLS reports", Ui.icon(Feather.BAR_CHART_2));
        reports.setId("welcome-reports");
        reports.getStyleClass().add(Styles.LARGE);
        reports.setMnemonicParsing(true);
        reports.setOnAction(e -> onReports.run());
        VBox reportsBox = choice(
                reports,
                "Published in testing mode? Import the TLS reports senders mail you, see what failed and why, "
                        + "and find out when it is safe to switch to enforce.");

        GridPane choices = new GridPane();
        choices.setHgap(16);
        choices.setVgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            choices.getColumnConstraints().add(c);
        }
        choices.add(setUpBox, 0, 0);
        choices.add(checkBox, 1, 0);
        choices.add(manyBox, 0, 1);
        choices.add(reportsBox, 1, 1);
        for (VBox box : new VBox[] {setUpBox, checkBox, manyBox, reportsBox}) {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMaxHeight(Double.MAX_VALUE);
        }
        return choices;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Node bullet(Feather icon, String text) {
        Label l = Ui.wrapped(text);
        l.setGraphic(Ui.icon(icon));
        l.setGraphicTextGap(10);
        l.getStyleClass().add("note");
        return l;
    }

    private static VBox choice(Button button, String explanation) {
        button.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(10, button, Ui.muted(explanation));
        box.getStyleClass().add("welcome-choice");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Node initialFocus() {
        return setUp;
    }
}
