package org.mtasts.wizard.ui.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.HostingTarget;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.SetupRequest;
import org.mtasts.wizard.ui.store.SaveOutcome;
import org.mtasts.wizard.ui.task.DirectTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;

class PublishViewModelTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final PublishViewModel vm = new PublishViewModel(clock, new DirectTaskExecutor(), LiveChecks.standard());

    private static SetupRequest request(Mode mode, List<String> rua) {
        return new SetupRequest(
                DomainName.of("example.test"), List.of(MxPattern.of("mx1.example.test")), mode, 604800, rua);
    }

    @Test
    void thePolicyIdChangesExactlyWhenThePolicyChanges() {
        vm.update(request(Mode.TESTING, List.of()));
        String first = vm.artifactsProperty().get().policyId();
        assertEquals("20261128100000", first);
        now.set(now.get().plusSeconds(60));
        vm.update(request(Mode.TESTING, List.of("mailto:r@example.test")));
        assertEquals(first, vm.artifactsProperty().get().policyId(), "a new report address is not a policy change");
        vm.update(request(Mode.ENFORCE, List.of("mailto:r@example.test")));
        assertNotEquals(first, vm.artifactsProperty().get().policyId());
        assertEquals("20261128100100", vm.artifactsProperty().get().policyId());
    }

    @Test
    void savingWritesTheExactBytesAndNeverReplacesUnasked(@TempDir Path dir) throws Exception {
        vm.update(request(Mode.TESTING, List.of()));
        Path file = dir.resolve("mta-sts.txt");
        assertEquals(SaveOutcome.SAVED, vm.savePolicy(file, false));
        assertArrayEquals(
                vm.artifactsProperty().get().policyText().getBytes(StandardCharsets.US_ASCII),
                Files.readAllBytes(file));
        Files.writeString(file, "mine");
        assertEquals(SaveOutcome.EXISTS, vm.savePolicy(file, false));
        assertEquals("mine", Files.readString(file));
        assertEquals(SaveOutcome.SAVED, vm.savePolicy(file, true));
        assertEquals(vm.artifactsProperty().get().policyText(), Files.readString(file));
    }

    @Test
    void aFolderThatCannotBeWrittenIsAMessageNotACrash(@TempDir Path dir) throws Exception {
        vm.update(request(Mode.TESTING, List.of()));
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        assertEquals(SaveOutcome.FAILED, vm.savePolicy(notADir.resolve("mta-sts.txt"), false));
        assertEquals(true, vm.messageProperty().get().startsWith("Could not save "));
    }

    @Test
    void exportingHostingFilesWritesTheSameStepsFileAsGenerate(@TempDir Path dir) throws Exception {
        vm.update(request(Mode.TESTING, List.of()));
        vm.targetProperty().set(HostingTarget.NGINX);
        assertEquals(SaveOutcome.SAVED, vm.exportHosting(dir, false));
        String steps = Files.readString(dir.resolve("STEPS.txt"));
        assertEquals(vm.bundle().stepsText(), steps);
        assertTrue(steps.startsWith("nginx: steps\n\n1. "), steps);
        assertTrue(Files.exists(dir.resolve("nginx/mta-sts.example.test-acme.conf")));
    }
}
