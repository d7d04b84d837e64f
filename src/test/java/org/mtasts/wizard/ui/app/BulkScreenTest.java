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
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.fixtures.BulkFixture;
import org.mtasts.wizard.ui.bulk.BulkRow;
import org.mtasts.wizard.ui.bulk.BulkViewModel;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;

/** Check many domains, driven by mouse and keyboard, against the loopback bulk fixture. */
class BulkScreenTest extends WizardFxTestBase {
    private volatile BulkFixture bulk;

    @Override
    protected AppContext context() {
        return new AppContext(
                new Persistence(configDir),
                executor(),
                answeringFiles(),
                LaunchOptions.none(),
                LiveChecks.standard(),
                ScreenshotTour.CLOCK,
                s -> bulk == null ? s : bulk.settings());
    }

    @AfterEach
    void stopFixture() {
        if (bulk != null) {
            bulk.close();
        }
    }

    private void paste(FxRobot robot, String text) throws Exception {
        FxHarness.runFx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#bulk-list");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
    }

    @Test
    void pastedListFillsTheTableWithEachDomainsVerdictAndExportsMatchingCsv(FxRobot robot) throws Exception {
        bulk = BulkFixture.start(20, 4, Duration.ZERO);
        robot.clickOn("#welcome-bulk");
        assertEquals(Step.BULK, vm().stepProperty().get());
        List<String> lines = new ArrayList<>(bulk.domains());
        lines.add(2, "# a comment");
        lines.add("not a domain!");
        lines.add("HTTPS://" + bulk.domains().get(0).toUpperCase(Locale.ROOT) + "/");
        paste(robot, String.join("\n", lines) + "\n");
        assertEquals(
                String.join("\n", lines) + "\n", vm().bulk().listTextProperty().get(), "the paste arrived");

        robot.clickOn("#bulk-start");
        waitUntil(60, () -> !vm().bulk().runningProperty().get());

        BulkViewModel b = vm().bulk();
        assertEquals(20, b.rows().size(), "the duplicate was merged, the bad line skipped");
        String problems = text(robot, "bulk-problems");
        assertTrue(problems.contains("Line 22 skipped (not a domain!)"), problems);
        assertTrue(problems.contains("1 duplicate line merged"), problems);
        for (BulkRow row : b.rows()) {
            Status want = BulkFixture.failsCoverage(row.index()) ? Status.FAIL : Status.PASS;
            assertEquals(BulkRow.State.DONE, row.stateProperty().get(), row.domain());
            assertEquals(want, row.verdict(), row.domain() + ": " + row.firstFailure());
            assertEquals(want == Status.FAIL ? "mx-coverage" : "", row.failing(), row.domain());
            assertEquals("enforce", row.mode());
        }
        TableView<BulkRow> table = find(robot, "bulk-table");
        assertEquals(20, table.getItems().size());
        assertTrue(text(robot, "bulk-message").startsWith("Checked 20 domains: 18 pass, 0 warn, 2 fail"));

        // The verdict filter keeps the two failing domains; the text filter narrows further.
        FxHarness.runFx(() -> b.verdictFilterProperty().set(BulkViewModel.VerdictFilter.FAIL));
        assertEquals(
                List.of("d00007.bulk.test", "d00017.bulk.test"),
                table.getItems().stream().map(BulkRow::domain).toList());
        robot.clickOn("#bulk-filter").write("17");
        assertEquals(
                List.of("d00017.bulk.test"),
                table.getItems().stream().map(BulkRow::domain).toList());

        // Export: a header and a row per domain, in list order, the same cells as check --csv.
        Path csv = configDir.resolve("bulk.csv");
        fileAnswers.add(csv);
        robot.clickOn("#bulk-export");
        robot.clickOn("#bulk-export-csv");
        List<String> written = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(21, written.size());
        assertEquals(String.join(",", BulkTable.columns()), written.get(0));
        int verdictCol = BulkTable.columns().indexOf("verdict");
        int coverageCol = BulkTable.columns().indexOf(CheckId.MX_COVERAGE.code());
        for (int i = 0; i < 20; i++) {
            String[] cells = written.get(i + 1).split(",", -1);
            assertEquals(bulk.domains().get(i), cells[0]);
            String want = BulkFixture.failsCoverage(i) ? "fail" : "pass";
            assertEquals(want, cells[verdictCol], written.get(i + 1));
            assertEquals(want, cells[coverageCol], written.get(i + 1));
        }

        // Enter on a selected row (or a double-click) opens the domain's rows on Verify; Next leads
        // back to the list.
        robot.clickOn("d00017.bulk.test").type(KeyCode.ENTER);
        assertEquals(Step.VERIFY, vm().stepProperty().get());
        assertEquals("d00017.bulk.test", vm().verify().reportProperty().get().domain());
        assertEquals(Status.FAIL, rowStatus(robot, "mx-coverage"));
        assertEquals(Status.PASS, rowStatus(robot, "sts-record"));
        robot.clickOn("#next");
        assertEquals(Step.BULK, vm().stepProperty().get());
        assertEquals(1, table.getItems().size(), "the list is as it was left");
        FxHarness.runFx(() -> {
            TableRow<?> row = (TableRow<?>) table.lookupAll(".table-row-cell").stream()
                    .filter(n -> ((TableRow<?>) n).getItem() != null)
                    .findFirst()
                    .orElseThrow();
            Event.fireEvent(
                    row,
                    new MouseEvent(
                            MouseEvent.MOUSE_CLICKED,
                            5,
                            5,
                            5,
                            5,
                            MouseButton.PRIMARY,
                            2,
                            false,
                            false,
                            false,
                            false,
                            true,
                            false,
                            false,
                            true,
                            false,
                            false,
                            null));
        });
        assertEquals(Step.VERIFY, vm().stepProperty().get(), "a double-click opens the row too");
    }

    @Test
    void cancellingMidRunMarksUnfinishedDomainsAndLeavesTheScreenUsable(FxRobot robot) throws Exception {
        bulk = BulkFixture.start(120, 4, Duration.ofMillis(500));
        robot.clickOn("#welcome-bulk");
        FxHarness.runFx(() -> vm().bulk().listTextProperty().set(String.join("\n", bulk.domains())));
        robot.clickOn("#bulk-start");
        BulkViewModel b = vm().bulk();
        waitUntil(60, () -> b.doneProperty().get() >= 1);
        assertTrue(b.runningProperty().get(), "still running when Stop is pressed");
        robot.clickOn("#bulk-cancel");
        waitUntil(10, () -> !b.runningProperty().get());

        long done = b.rows().stream()
                .filter(r -> r.stateProperty().get() == BulkRow.State.DONE)
                .count();
        long cancelled = b.rows().stream()
                .filter(r -> r.stateProperty().get() == BulkRow.State.CANCELLED)
                .count();
        long notChecked = b.rows().stream()
                .filter(r -> r.stateProperty().get() == BulkRow.State.NOT_CHECKED)
                .count();
        assertEquals(120, done + cancelled + notChecked, "no row is left waiting or checking");
        assertTrue(done >= 1 && done < 120, "done " + done);
        assertTrue(cancelled + notChecked > 0);
        for (BulkRow r : b.rows()) {
            if (r.stateProperty().get() == BulkRow.State.CANCELLED) {
                assertTrue(
                        r.report().results().stream().anyMatch(x -> x.status() == Status.INCONCLUSIVE),
                        r.domain() + " was cut short: some result is inconclusive");
                assertEquals("Cancelled", r.verdictText());
            }
        }
        assertTrue(text(robot, "bulk-message").startsWith("Cancelled: "), text(robot, "bulk-message"));
        assertFalse(((Button) find(robot, "bulk-start")).isDisabled());
        assertFalse(vm().busyProperty().get());

        // The screen still works: a shorter list runs to the end.
        FxHarness.runFx(() ->
                b.listTextProperty().set(String.join("\n", bulk.domains().subList(0, 3))));
        robot.clickOn("#bulk-start");
        waitUntil(60, () -> !b.runningProperty().get());
        assertEquals(3, b.rows().size());
        assertTrue(b.rows().stream().allMatch(r -> r.verdict() == Status.PASS));
    }
}
