package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.tlsrpt.ReasonStatus;
import org.mtasts.wizard.core.tlsrpt.Verdict;
import org.mtasts.wizard.fixtures.CertFault;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.TlsReportFiles;
import org.mtasts.wizard.ui.policy.MaxAgeChoice;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;

/**
 * TLS reports, driven through the window: a folder imported (with a broken file among the reports),
 * the chart and the tables, the readiness verdict of a ready and of a not-ready live domain on
 * loopback, a failure opening its live check, switch to enforce, the removal dates and forgetting.
 */
class ReportsScreenTest extends WizardFxTestBase {
    /** The day before the wizard's clock (ScreenshotTour.CLOCK, 2026-11-28). */
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 11, 27);

    private static List<String> lines(LiveScenario live) {
        return List.of(live.policyBody().strip().split("\r\n"));
    }

    private void openReportsScreen(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-reports");
        assertEquals(Step.REPORTS, vm().stepProperty().get());
        // The store is read when the screen opens; its buttons wait for that.
        waitUntil(30, () -> !vm().reports().runningProperty().get());
    }

    private void importFolder(FxRobot robot, Path dir) throws Exception {
        fileAnswers.add(dir);
        focusAndClick(robot, "reports-add-folder");
        waitUntil(30, () -> !vm().reports().runningProperty().get());
    }

    @Test
    void aFolderOfReportsIsImportedWithItsProblemsListedAndShownAsChartAndTables(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(configDir, "reports");
        List<String> policy = List.of("version: STSv1", "mode: testing", "mx: mx1.a.test", "max_age: 604800");
        TlsReportFiles.writeDays(dir, "Google Inc.", "a.test", YESTERDAY, 10, policy, 120, 0, null, "mx1.a.test");
        TlsReportFiles.writeDays(
                dir,
                "Microsoft Corporation",
                "a.test",
                YESTERDAY,
                6,
                policy,
                40,
                3,
                "certificate-expired",
                "mx1.a.test");
        TlsReportFiles.writeDays(dir, "Google Inc.", "b.test", YESTERDAY, 3, policy, 5, 0, null, "mx1.b.test");
        // Cut short: it looks like a report, so it is a problem with its name (not skipped as not a report).
        Files.writeString(dir.resolve("notes.json"), "{\"organization-name\": \"Cut Short Inc.\", \"policies\": [");

        openReportsScreen(robot);
        assertTrue(visible(robot, "reports-empty"), "an empty store says what will show");
        importFolder(robot, dir);

        assertEquals("19 new reports, 0 already stored, 1 problem.", text(robot, "reports-totals"));
        VBox problems = find(robot, "reports-problems");
        assertEquals(1, problems.getChildren().size());
        assertTrue(((Label) problems.getChildren().get(0)).getText().contains("notes.json"), "the file is named");
        assertEquals(List.of("a.test", "b.test"), List.copyOf(vm().reports().domains()));
        assertTrue(visible(robot, "reports-domain"), "several domains: a chooser");
        assertEquals("a.test", vm().reports().domainProperty().get());

        StackedBarChart<?, ?> chart = find(robot, "reports-chart");
        assertEquals(2, chart.getData().size(), "successful and failed");
        assertEquals(10, chart.getData().get(0).getData().size(), "a bar per day");
        TableView<?> orgs = find(robot, "reports-organisations");
        assertEquals(2, orgs.getItems().size(), "a row per organisation");
        assertTrue(
                text(robot, "reports-figures")
                        .startsWith("16 reports from 2 organisations for a.test: 1458 sessions, 18 failed"),
                text(robot, "reports-figures"));
        Node failure = find(robot, "failure-certificate-expired");
        assertTrue(failure.isVisible());
        assertTrue(visible(robot, "reports-open-check-certificate-expired"), "linked to its live check");

        // Another domain from the chooser; the same folder again adds nothing.
        FxHarness.runFx(() -> vm().reports().domainProperty().set("b.test"));
        waitUntil(
                10,
                () -> vm().reports().summaryProperty().get() != null
                        && "b.test"
                                .equals(vm().reports().summaryProperty().get().policyDomain()));
        assertTrue(visible(robot, "reports-no-failures"));
        importFolder(robot, dir);
        assertEquals("0 new reports, 19 already stored, 1 problem.", text(robot, "reports-totals"));
        assertEquals("19 reports stored, for 2 policy domains.", text(robot, "reports-stored"));
        assertEquals("b.test", vm().reports().domainProperty().get(), "the chosen domain stays chosen");
    }

    @Test
    void aReadyDomainSwitchesToEnforceOnPolicyWithANewIdAndAYear(FxRobot robot) throws Exception {
        LiveScenario live = use(Scenario.withMxHosts("ready.test", 2).policyMode("testing"));
        Path dir = Files.createTempDirectory(configDir, "reports");
        TlsReportFiles.writeDays(
                dir, "Google Inc.", "ready.test", YESTERDAY, 20, lines(live), 300, 0, null, "mx1.ready.test");
        TlsReportFiles.writeDays(
                dir, "Microsoft Corporation", "ready.test", YESTERDAY, 15, lines(live), 80, 0, null, "mx2.ready.test");
        openReportsScreen(robot);
        importFolder(robot, dir);
        assertFalse(visible(robot, "reports-domain"), "one domain: no chooser");

        focusAndClick(robot, "readiness-check");
        waitUntil(60, () -> vm().reports().verdictProperty().get() != null);
        Verdict v = vm().reports().verdictProperty().get();
        assertTrue(v.ready(), v.toString());
        assertEquals("Ready to enforce", text(robot, "readiness-verdict"));
        for (String id : List.of("days", "organisations", "recent-failures", "policy-seen", "live-check")) {
            TitledPane row = find(robot, "reason-" + id);
            assertEquals(ReasonStatus.PASS, row.getProperties().get("status"), id);
        }

        focusAndClick(robot, "reports-switch-enforce");
        waitUntil(30, () -> vm().stepProperty().get() == Step.POLICY);
        assertEquals(Mode.ENFORCE, vm().policy().modeProperty().get());
        assertEquals(MaxAgeChoice.MAX, vm().policy().maxAgeChoiceProperty().get(), "a year once ready");
        assertEquals(
                List.of("mx1.ready.test", "mx2.ready.test"),
                List.copyOf(vm().mailServers().patterns()));
        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        String id = vm().publish().artifactsProperty().get().policyId();
        assertNotEquals("20261128093000", id, "a new id: senders fetch the new policy only when the id changes");
        assertTrue(visible(robot, "publish-live"), "the live setup is shown with the safe order");
    }

    @Test
    void aNotReadyDomainSaysWhyLinksAFailureToItsLiveCheckAndPlansTheRemoval(FxRobot robot) throws Exception {
        LiveScenario live = use(Scenario.withMxHosts("notready.test", 2)
                .policyMode("testing")
                .mxCert("mx2.notready.test", CertFault.EXPIRED));
        Path dir = Files.createTempDirectory(configDir, "reports");
        TlsReportFiles.writeDays(
                dir,
                "Google Inc.",
                "notready.test",
                YESTERDAY,
                5,
                lines(live),
                200,
                12,
                "certificate-expired",
                "mx2.notready.test");
        openReportsScreen(robot);
        importFolder(robot, dir);
        assertEquals(
                "5 new reports, 0 already stored, 0 problems.",
                text(robot, "reports-totals"),
                String.valueOf(vm().reports().problems())
                        + vm().reports().messageProperty().get());

        focusAndClick(robot, "readiness-check");
        waitUntil(60, () -> vm().reports().verdictProperty().get() != null);
        assertEquals("Not ready to enforce yet", text(robot, "readiness-verdict"));
        for (String id : List.of("days", "organisations", "recent-failures", "live-check")) {
            TitledPane row = find(robot, "reason-" + id);
            assertEquals(ReasonStatus.FAIL, row.getProperties().get("status"), id);
            assertTrue(row.isExpanded(), "a failing reason shows its evidence and fix: " + id);
        }
        assertEquals(
                ReasonStatus.PASS,
                ((TitledPane) find(robot, "reason-policy-seen")).getProperties().get("status"));

        // The removal path, with dates from the live max_age (a week): 2026-11-28 + 7 days, rounded up.
        focusAndClick(robot, "reports-remove");
        assertTrue(text(robot, "removal-date").contains("Sunday 6 December 2026"), text(robot, "removal-date"));

        // The reported failure opens Verify with the certificate rows open.
        focusAndClick(robot, "reports-open-check-certificate-expired");
        assertEquals(Step.VERIFY, vm().stepProperty().get());
        waitUntil(60, () -> !vm().verify().runningProperty().get());
        assertEquals(Status.FAIL, rowStatus(robot, "mx-cert-mx2.notready.test"));
        TitledPane passing = find(robot, "row-mx-cert-mx1.notready.test");
        assertEquals(Status.PASS, passing.getProperties().get("status"));
        assertTrue(passing.isExpanded(), "the row the report links to is open even though it passes");
        assertFalse(((TitledPane) find(robot, "row-policy-syntax")).isExpanded());
        assertEquals(
                "Back to the reports", ((Button) find(robot, "next")).getText().replace("_", ""));
        robot.clickOn("#next");
        assertEquals(Step.REPORTS, vm().stepProperty().get());

        // Forget asks first; Enter is Cancel there.
        focusAndClick(robot, "reports-forget");
        assertTrue(robot.lookup("#confirm-forget").tryQuery().isPresent(), "asks before deleting");
        robot.type(KeyCode.ENTER);
        assertEquals(5, vm().reports().storedProperty().get(), "Enter cancels: nothing deleted");
        focusAndClick(robot, "reports-forget");
        robot.clickOn("Forget them");
        waitUntil(10, () -> vm().reports().storedProperty().get() == 0);
        assertTrue(visible(robot, "reports-empty"));
    }

    @Test
    void verifyInTestingModeOffersTheReportsAsTheNextStep(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing"));
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(60, () -> !vm().verify().runningProperty().get());
        assertTrue(visible(robot, "verify-read-reports"));
        focusAndClick(robot, "verify-read-reports");
        assertEquals(Step.REPORTS, vm().stepProperty().get());
        assertEquals(List.of(Step.WELCOME, Step.REPORTS, Step.VERIFY), List.copyOf(vm().steps()));
    }

    @Test
    void verifyInEnforceModeDoesNotOfferTheReports(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 2));
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(60, () -> !vm().verify().runningProperty().get());
        assertFalse(visible(robot, "verify-read-reports"));
    }
}
