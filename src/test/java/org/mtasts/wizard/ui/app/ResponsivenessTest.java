package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;

/** Slow servers never freeze the window, and Cancel stops the probes, not just the spinner. */
class ResponsivenessTest extends WizardFxTestBase {
    /**
     * Every reply waits this long. Long enough that a wait on a server is told apart from a busy
     * machine: with the build and other test runs sharing two cores, the FX thread was seen
     * starved for 2.2 s without waiting on anything.
     */
    private static final Duration DELAY = Duration.ofSeconds(4);

    @Test
    void cancelDuringACheckStopsItPromptlyAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        use(Scenario.withMxHosts("example.test", 2).delay(DELAY));
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(5, () -> vm().verify().runningProperty().get());
        Thread.sleep(1000);
        assertEquals("Canc_el", ((Button) find(robot, "cancel")).getText());

        long pressed = System.nanoTime();
        robot.type(KeyCode.ESCAPE);
        waitUntil(10, () -> !vm().verify().runningProperty().get());
        long uiStopped = (System.nanoTime() - pressed) / 1_000_000;
        waitUntil(10, () -> vm().verify().workFinished());
        long workStopped = (System.nanoTime() - pressed) / 1_000_000;
        System.out.println(
                "cancel: UI idle after " + uiStopped + " ms, background check ended after " + workStopped + " ms");
        // Uncancelled, this check takes over twenty seconds (several 4 s replies in a row), and a
        // cancel that waited for the probe in flight would take up to one reply; bounds are loose
        // because the machine running the tests may be busy.
        assertTrue(uiStopped < DELAY.toMillis(), "the window shows the check stopped: " + uiStopped + " ms");
        assertTrue(
                workStopped < DELAY.toMillis() + 2000, "the probes stop, not just the spinner: " + workStopped + " ms");
        assertTrue(stage.isShowing(), "Esc cancelled the check; it did not close the window");
        // Said once, in the banner; the message line stays hidden for errors.
        assertEquals("Check cancelled for example.test: press Run again to check it.", text(robot, "verify-banner"));
        assertFalse(visible(robot, "verify-message"), "no second 'cancelled' line");

        // Still usable: Back, edit the domain, and the Close label is back.
        robot.clickOn("#back");
        assertEquals(Step.DOMAIN, vm().stepProperty().get());
        // The field takes the focus with its text selected: go to the end, then type.
        robot.type(KeyCode.END).write(".");
        assertEquals("example.test.", text(robot, "domain-field"));
        assertEquals("Cl_ose", ((Button) find(robot, "cancel")).getText());
    }

    @Test
    void theLongestFxThreadStallWhileACheckRunsAgainstServersThatDelayEveryReplyIsShorterThanOneReply(FxRobot robot)
            throws Exception {
        use(Scenario.withMxHosts("example.test", 2).policyMode("testing").delay(DELAY));
        FxStallMonitor monitor = FxHarness.onFx(FxStallMonitor::new);
        FxHarness.runFx(monitor::start);
        long started = System.nanoTime();
        robot.clickOn("#welcome-check");
        robot.write("example.test").type(KeyCode.ENTER);
        waitUntil(5, () -> vm().verify().runningProperty().get());
        waitUntil(90, () -> !vm().verify().runningProperty().get());
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        FxHarness.runFx(monitor::stop);
        System.out.println("stall: longest FX pulse gap " + monitor.maxGapMillis() + " ms over " + monitor.pulses()
                + " pulses while a " + elapsed + " ms check ran with every reply delayed by " + DELAY.toMillis()
                + " ms;"
                + " gaps over 100 ms: " + monitor.longGaps());
        monitor.samples().forEach(System.out::println);
        assertTrue(elapsed > DELAY.toMillis(), "the check really waited for the slow servers");
        assertTrue(monitor.pulses() > 30, "pulses kept coming: " + monitor.pulses());
        // Nothing on the FX thread waits for a server: no stall comes near one reply.
        assertTrue(monitor.maxGapMillis() < DELAY.toMillis(), "longest stall " + monitor.maxGapMillis() + " ms");
        assertFalse(vm().verify().rows().isEmpty());
    }
}
