package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.ui.common.Ui;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.verify.VerifyRow;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;

/**
 * The wizard's "Check a domain" path against the real servers of the end-to-end suite (Knot DNS,
 * nginx and Postfix on loopback, see src/e2e), compared row by row with what the command line's
 * {@code check --json} printed for the same domain.
 *
 * <p>Not part of {@code mvn verify}: the class name matches none of the surefire includes, and it
 * needs the servers. {@code src/e2e/run.sh} starts them, runs {@code check --json} for every
 * scenario, then runs this class with {@code -Dtest=CheckDomainRealServersE2E} and the system
 * properties {@code e2e.resolver} (the DNS server), {@code e2e.caFile} (the suite's test root) and
 * {@code e2e.jsonDir} (where the command line's reports are, one {@code DOMAIN.json} each).
 */
class CheckDomainRealServersE2E extends WizardFxTestBase {

    private static String required(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " is set by src/e2e/run.sh");
        return value;
    }

    /** The same resolver and trust the command line was given, as {@code gui --resolver --ca-file}. */
    @Override
    protected LaunchOptions launchOptions() {
        return new LaunchOptions(required("e2e.resolver"), required("e2e.caFile"));
    }

    @Test
    void correctDomainShowsTheCommandLinesRowsAllPassing(FxRobot robot) throws Exception {
        JsonNode cli = checkAndCompare(robot, "good.test");
        assertEquals("pass", cli.get("verdict").asText());
    }

    @Test
    void twoLabelMxUnderAWildcardShowsTheCommandLinesFailingCoverageRow(FxRobot robot) throws Exception {
        JsonNode cli = checkAndCompare(robot, "deep-wildcard.test");
        assertEquals("fail", cli.get("verdict").asText());
        assertEquals(Status.FAIL, rowStatus(robot, "mx-coverage"));
    }

    /** Equal once measured durations ("answers 200 in 152 ms") are set aside: two runs differ there. */
    static boolean sameApartFromTimings(String shown, String cli) {
        String timing = "\\d+(\\.\\d+)? (ms|s)\\b";
        return shown.replaceAll(timing, "# $2").equals(cli.replaceAll(timing, "# $2"));
    }

    /**
     * Runs "Check a domain" for {@code domain} and asserts the Verify screen shows exactly the
     * command line's results: one row per result, each with the same status and summary.
     */
    private JsonNode checkAndCompare(FxRobot robot, String domain) throws Exception {
        JsonNode cli =
                new ObjectMapper().readTree(Files.readString(Path.of(required("e2e.jsonDir"), domain + ".json")));

        robot.clickOn("#welcome-check");
        robot.write(domain).type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.VERIFY);
        waitUntil(
                60,
                () -> !vm().verify().runningProperty().get()
                        && vm().verify().reportProperty().get() != null);

        List<String> problems = new ArrayList<>();
        int expectedRows = 0;
        for (JsonNode r : cli.get("results")) {
            expectedRows++;
            CheckId id = CheckId.fromCode(r.get("id").asText());
            assertNotNull(id, "known id " + r.get("id"));
            String key =
                    id.code() + (VerifyRow.isPerHost(id) ? "-" + r.get("target").asText() : "");
            Node row = robot.lookup("#" + Ui.safeId("row-" + key)).tryQuery().orElse(null);
            if (row == null) {
                problems.add(key + ": no row shown");
                continue;
            }
            Status shown = (Status) row.getProperties().get("status");
            Status want = Status.valueOf(r.get("status").asText().toUpperCase(Locale.ROOT));
            if (shown != want) {
                problems.add(key + ": shown " + shown + ", command line " + want);
            }
            Label summary = robot.lookup("#" + Ui.safeId("summary-" + key)).queryAs(Label.class);
            if (!sameApartFromTimings(summary.getText(), r.get("summary").asText())) {
                problems.add(key + ": summary shown '" + summary.getText() + "', command line '"
                        + r.get("summary").asText() + "'");
            }
        }
        Pane rows = robot.lookup("#verify-rows").queryAs(Pane.class);
        long shownRows =
                rows.getChildren().stream().filter(n -> n instanceof TitledPane).count();
        if (shownRows != expectedRows) {
            problems.add(shownRows + " rows shown, the command line reported " + expectedRows + " results");
        }
        assertTrue(problems.isEmpty(), domain + ":\n  " + String.join("\n  ", problems));
        assertEquals(
                cli.get("verdict").asText(),
                vm().verify().reportProperty().get().verdict().code(),
                "verdict behind the banner");
        return cli;
    }
}
