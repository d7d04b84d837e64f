package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.ui.verify.ReportFormat;
import org.mtasts.wizard.ui.verify.VerifyRow;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole wizard, driven by keyboard and mouse, against loopback DNS, HTTPS and SMTP servers. */
class WizardFlowTest extends WizardFxTestBase {

    @Test
    void setupFromWelcomeToVerifyEndsWithEveryRowPassing(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing"));
        robot.clickOn("#welcome-setup");
        robot.write("Example.TEST").type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        assertEquals("Covered by mx1.example.test", text(robot, "mx-coverage-mx1.example.test"));
        assertEquals("Covered by mx2.example.test", text(robot, "mx-coverage-mx2.example.test"));

        robot.type(KeyCode.ENTER);
        assertEquals(Step.POLICY, vm().stepProperty().get());
        // The live TLS reporting record's address is taken over, and says so.
        assertEquals(List.of("mailto:tlsrpt@example.test"), vm().policy().reportAddresses());
        assertTrue(text(robot, "rua-note").startsWith("Taken from the TLS reporting record"));
        FxHarness.runFx(() -> {
            ListView<?> list = find(robot, "rua-list");
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        assertTrue(vm().policy().reportAddresses().isEmpty(), "Delete removes the selected address");
        focusAndClick(robot, "rua-new");
        robot.write("tlsrpt@example.test").type(KeyCode.ENTER);
        assertEquals(
                "mailto:tlsrpt@example.test", vm().policy().reportAddresses().get(0));
        assertTrue(
                text(robot, "rua-note").startsWith("Changed to mailto:tlsrpt@example.test"),
                "the note says mailto: was added");
        assertEquals(Step.POLICY, vm().stepProperty().get(), "Enter in the address field adds, it does not go on");

        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        // What the wizard generates is exactly what the loopback host serves and DNS publishes.
        Path saved = configDir.resolve("mta-sts.txt");
        fileAnswers.add(saved);
        focusAndClick(robot, "save-policy");
        assertEquals(live.policyBody(), Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals("v=TLSRPTv1; rua=mailto:tlsrpt@example.test", text(robot, "value-_smtp._tls.example.test"));
        // The user publishes the new record (its fresh id) before going on.
        String id = vm().publish().artifactsProperty().get().policyId();
        live.dns().replaceTxt("_mta-sts.example.test", "v=STSv1; id=" + id);

        robot.clickOn("#next");
        assertEquals(Step.VERIFY, vm().stepProperty().get());
        waitUntil(30, () -> !vm().verify().runningProperty().get());
        assertEquals(Status.PASS, vm().verify().reportProperty().get().verdict(), report());
        for (VerifyRow row : vm().verify().rows()) {
            // Beside MTA-STS: the loopback resolver has no root keys and the MX hosts no TLSA records.
            Status expected = row.id() == CheckId.DNSSEC
                    ? Status.INCONCLUSIVE
                    : row.id() == CheckId.MX_DANE ? Status.INFO : Status.PASS;
            assertEquals(expected, rowStatus(robot, row.key()), row.key());
        }
        assertEquals("All checks passed for example.test (your new setup is live).", text(robot, "verify-banner"));
        assertTrue(text(robot, "verify-banner-detail").contains("The live policy is in testing mode"));
        assertEquals(18, vm().verify().rows().size(), "12 domain rows and 3 per MX host");
    }

    @Test
    void verifySaysTheLiveSetupWasCheckedWhenTheDraftIsNotPublished(FxRobot robot) throws Exception {
        // Live: enforce with the scenario's id. The walk-through makes a testing draft with a new id,
        // and the user goes to Verify without publishing it.
        use(Scenario.withMxHosts("example.test", 2).policyMode("enforce"));
        robot.clickOn("#welcome-setup");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        robot.type(KeyCode.ENTER);
        FxHarness.runFx(() -> vm().policy().modeProperty().set(Mode.TESTING));
        robot.clickOn("#next");
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        robot.clickOn("#next");
        waitUntil(30, () -> !vm().verify().runningProperty().get());

        assertEquals(Status.PASS, vm().verify().reportProperty().get().verdict(), report());
        String banner = text(robot, "verify-banner");
        assertTrue(banner.contains("not the one you just made"), banner);
        assertFalse(banner.startsWith("All checks passed"), banner);
        String detail = text(robot, "verify-banner-detail");
        assertTrue(detail.contains("These rows describe what is live, not your draft"), detail);
        assertTrue(detail.contains("mode: live enforce, draft testing"), detail);
        assertTrue(detail.contains("policy id: live "), detail);
        // The hint follows the live mode (enforce), not the draft's testing.
        assertFalse(detail.contains("switch the mode to enforce"), detail);
        assertTrue(detail.contains("The live policy is in enforce mode"), detail);
    }

    @Test
    void setupEndsWithTheUncoveredMxHostAsTheFailingRow(FxRobot robot) throws Exception {
        // The live policy names only mx1; DNS also publishes mx2.
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing").policyMx("mx1.example.test"));
        robot.clickOn("#welcome-setup");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(10, () -> vm().stepProperty().get() == Step.MAIL_SERVERS);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertEquals(Step.PUBLISH, vm().stepProperty().get());
        assertTrue(visible(robot, "publish-live"), "the live policy is shown next to its replacement");
        robot.type(KeyCode.ENTER);
        waitUntil(30, () -> !vm().verify().runningProperty().get());

        assertEquals(Status.FAIL, rowStatus(robot, "mx-coverage"));
        assertTrue(
                vm().verify()
                        .reportProperty()
                        .get()
                        .resultsFor(CheckId.MX_COVERAGE)
                        .get(0)
                        .summary()
                        .contains("mx2.example.test"),
                report());
        for (VerifyRow row : vm().verify().rows()) {
            if (!row.key().equals("mx-coverage") && !row.id().besideMtaSts()) {
                assertEquals(Status.PASS, rowStatus(robot, row.key()), row.key());
            }
        }
        // The banner names the failing check and what it means while the live policy is in testing.
        assertEquals(
                "Fails for example.test. Would bounce in enforce mode: Every MX host matches the policy.",
                text(robot, "verify-banner"));
        assertTrue(text(robot, "verify-banner-detail").contains("Not ready for enforce"));
        // The failing row comes first and is open.
        assertEquals("mx-coverage", vm().verify().rows().get(0).key());
        TitledPane first = find(robot, "row-mx-coverage");
        assertTrue(first.isExpanded(), "the failing row is expanded");
    }

    @Test
    void checkADomainReportsTheRedirectingPolicyHost(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 1).policyRedirect("https://www.example.test/mta-sts.txt"));
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        assertEquals(Step.VERIFY, vm().stepProperty().get());
        waitUntil(30, () -> !vm().verify().runningProperty().get());

        assertEquals(Status.FAIL, rowStatus(robot, "policy-status"));
        CheckResult status = vm().verify()
                .reportProperty()
                .get()
                .resultsFor(CheckId.POLICY_STATUS)
                .get(0);
        assertTrue(status.evidence().toString().contains("https://www.example.test/mta-sts.txt"), report());
        // Expanding the row shows the evidence, the rule and the fix.
        robot.clickOn("#row-policy-status");
        assertTrue(robot.lookup("Rule: " + status.rule()).tryQuery().isPresent());
        assertEquals(Status.FAIL, vm().verify().reportProperty().get().verdict());
        assertFalse(text(robot, "verify-banner-detail").contains("enforce"), "no enforce advice when only checking");
    }

    /** Vertical gaps between the Verify rows that are not the box's spacing (a row laid out before its skin). */
    private static List<String> oddGaps(FxRobot robot) throws Exception {
        VBox rows = find(robot, "verify-rows");
        return FxHarness.onFx(() -> {
            List<String> odd = new ArrayList<>();
            List<Node> children = rows.getChildren();
            for (int i = 1; i < children.size(); i++) {
                Bounds above = children.get(i - 1).getBoundsInParent();
                Bounds below = children.get(i).getBoundsInParent();
                double gap = below.getMinY() - above.getMaxY();
                if (Math.abs(gap - rows.getSpacing()) > 1.0) {
                    odd.add(children.get(i).getId() + ": " + gap + " px");
                }
            }
            return odd;
        });
    }

    @Test
    void theFirstCheckOfASessionLaysTheRowsOutEvenlyWhileRunningAndAfter(FxRobot robot) throws Exception {
        // Slow servers, so the rows are seen while they are still pending.
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing").delay(Duration.ofMillis(400)));
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(
                5,
                () -> vm().verify().runningProperty().get()
                        && vm().verify().doneProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), oddGaps(robot), "while the check runs");
        waitUntil(60, () -> !vm().verify().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), oddGaps(robot), "after the check");
        assertEquals(18, vm().verify().rows().size());
    }

    private String report() {
        return vm().verify().reportProperty().get() == null
                ? "no report"
                : ReportFormat.MARKDOWN.render(vm().verify().reportProperty().get());
    }
}
