package org.mtasts.wizard.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.TlsReportFiles;
import org.mtasts.wizard.ui.task.DirectTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;

/** The reports screen's view model on a real store in a temporary folder, without a window. */
class ReportsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @TempDir
    Path files;

    private ReportsViewModel vm() {
        return new ReportsViewModel(new DirectTaskExecutor(), LiveChecks.standard(), data, CLOCK);
    }

    @Test
    void importingTheSameReportsTwiceStoresThemOnceAndListsTheUnreadableFile() throws Exception {
        List<String> policy = List.of("version: STSv1", "mode: testing", "mx: mx.a.test", "max_age: 86400");
        TlsReportFiles.writeDays(
                files, "Google Inc.", "a.test", LocalDate.of(2026, 11, 27), 3, policy, 10, 0, null, "mx.a.test");
        Files.writeString(files.resolve("broken.json"), "{\"organization-name\": ");
        ReportsViewModel vm = vm();
        vm.importPaths(List.of(files));
        assertEquals(
                "3 new reports, 0 already stored, 1 problem.",
                vm.totalsProperty().get());
        assertTrue(
                vm.problems().get(0).contains("broken.json: not JSON"),
                vm.problems().toString());
        assertEquals("a.test", vm.domainProperty().get());
        assertEquals(30, vm.summaryProperty().get().successfulSessions());

        ReportsViewModel again = vm();
        again.refresh(null);
        assertEquals(3, again.storedProperty().get(), "kept across a restart");
        again.importPaths(List.of(files));
        assertEquals(
                "0 new reports, 3 already stored, 1 problem.",
                again.totalsProperty().get());
        again.forget();
        assertEquals(0, again.storedProperty().get());
        assertEquals(null, again.summaryProperty().get());
        assertEquals("Forgot 3 reports.", again.messageProperty().get());
    }

    @Test
    void theMailboxFormSaysWhatIsMissingAndNeverStartsWithoutAPassword() {
        ReportsViewModel vm = vm();
        vm.importImap("secret".toCharArray());
        assertEquals(
                "Enter the IMAP server's host name, e.g. imap.example.com.",
                vm.imapErrorProperty().get());
        vm.imapHostProperty().set("imap.example.test");
        vm.imapPortProperty().set("99999");
        vm.importImap("secret".toCharArray());
        assertTrue(vm.imapErrorProperty().get().startsWith("The port is a number from 1 to 65535"));
        vm.imapPortProperty().set("993");
        vm.importImap("secret".toCharArray());
        assertEquals("Enter the mailbox user name.", vm.imapErrorProperty().get());
        vm.imapUserProperty().set("reports");
        vm.importImap(new char[0]);
        assertTrue(vm.imapErrorProperty().get().startsWith("Enter the mailbox password"));
        assertFalse(vm.runningProperty().get());
        assertEquals("", vm.totalsProperty().get(), "nothing was imported");
    }

    @Test
    void theRemovalDatesFollowTheLiveMaxAgeAndAYearIsSuggestedOnlyOnceReady() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("a.test", 1)
                .policyMode("testing")
                .policyMaxAge(30 * 86_400L)
                .start()) {
            List<String> lines = List.of(live.policyBody().strip().split("\r\n"));
            TlsReportFiles.writeDays(
                    files, "Google Inc.", "a.test", LocalDate.of(2026, 11, 27), 3, lines, 10, 0, null, "mx1.a.test");
            ReportsViewModel vm = vm();
            vm.importPaths(List.of(files));
            assertEquals(MaxAge.ONE_WEEK, vm.suggestedMaxAge(), "no live check yet: a week");
            assertTrue(vm.removalPlan().isEmpty());

            vm.checkReadiness(live.settings());
            assertFalse(vm.verdictProperty().get().ready(), "three days from one reporter");
            assertEquals(30 * 86_400L, vm.suggestedMaxAge(), "not ready: the live max_age is kept");
            ReportsViewModel.RemovalPlan plan = vm.removalPlan().orElseThrow();
            assertEquals(LocalDate.of(2026, 11, 28), plan.publishNone());
            // 2026-11-28T10:15Z + 30 days is 2026-12-28T10:15Z: deleting is safe from the next day.
            assertEquals(LocalDate.of(2026, 12, 29), plan.removeFrom());

            vm.criteriaProperty().set(vm.criteriaProperty().get().withMinDays(3).withMinOrganisations(1));
            assertTrue(
                    vm.verdictProperty().get().ready(),
                    vm.verdictProperty().get().toString());
            assertEquals(Policy.MAX_AGE_LIMIT, vm.suggestedMaxAge());
        }
    }
}
