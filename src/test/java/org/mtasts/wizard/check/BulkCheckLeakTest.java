package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.fixtures.BulkFixture;

/** A large bulk run gives back what it took: its threads end and its sockets are closed. */
class BulkCheckLeakTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void aLargeRunLeavesNoThreadsAndNoOpenDescriptorsBehind() throws Exception {
        try (BulkFixture f = BulkFixture.start(400, 20, Duration.ZERO)) {
            Checker checker = Checker.create(f.settings());
            List<DomainName> all = f.domains().stream().map(DomainName::of).toList();
            // A small run first: process-wide pools and class loading are not what is measured.
            run(checker, all.subList(0, 20));
            waitForRunThreadsToEnd(0);
            int threadsBefore = runThreads();
            int fdsBefore = openDescriptors();

            BulkCheck.Outcome o = run(checker, all);
            assertEquals(400, o.items().size());
            assertTrue(o.items().stream().noneMatch(BulkCheck.Item::cancelled));

            // Pools are shut down at the end of each run; their threads end once their last task did.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((runThreads() > threadsBefore || openDescriptors() > fdsBefore + 8)
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(runThreads() <= threadsBefore, "threads of the run still alive: " + runThreads());
            int fdsAfter = openDescriptors();
            // A little slack: the loopback servers of the fixture live in this process too and
            // close their side of a connection on their own schedule.
            assertTrue(
                    fdsAfter <= fdsBefore + 8,
                    "open descriptors: " + fdsBefore + " before, " + fdsAfter + " after 400 domains");
        }
    }

    private static void waitForRunThreadsToEnd(int atMost) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (runThreads() > atMost && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private static BulkCheck.Outcome run(Checker checker, List<DomainName> names) throws Exception {
        return BulkCheck.start(checker, names, BulkCheck.Options.defaults(), null)
                .done()
                .get(120, TimeUnit.SECONDS);
    }

    /** Threads a check or a bulk run owns (the shared DNS-callback and timer pools are process-wide). */
    private static int runThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t ->
                        t.getName().startsWith("mta-sts-probe") || t.getName().startsWith("mta-sts-bulk"))
                .count();
    }

    private static int openDescriptors() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        }
    }
}
