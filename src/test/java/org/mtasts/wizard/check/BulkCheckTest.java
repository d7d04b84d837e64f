package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.fixtures.BulkFixture;
import org.mtasts.wizard.fixtures.SmtpFixture;

class BulkCheckTest {

    private static List<DomainName> names(BulkFixture f) {
        return f.domains().stream().map(d -> new DomainName(d, d)).toList();
    }

    @Test
    void everyDomainIsReportedAndEachSharedMxHostIsProbedOnce() throws Exception {
        try (BulkFixture f = BulkFixture.start(12, 3, Duration.ZERO)) {
            Checker checker = Checker.create(f.settings());
            List<BulkCheck.Item> seen = new CopyOnWriteArrayList<>();
            BulkCheck.Outcome o = BulkCheck.start(checker, names(f), new BulkCheck.Options(4, 2), seen::add)
                    .done()
                    .get(60, TimeUnit.SECONDS);
            assertEquals(12, o.items().size());
            assertEquals(12, seen.size(), "the listener heard every domain once");
            assertTrue(o.notChecked().isEmpty());
            assertFalse(o.cancelled());
            assertEquals(3, o.mxHosts());
            assertEquals(3, o.smtpSessions());
            for (SmtpFixture s : f.smtpServers()) {
                assertEquals(1, s.sessions(), "one STARTTLS session per MX host for the whole run");
            }
            for (int i = 0; i < 12; i++) {
                BulkCheck.Item item = o.items().get(i);
                assertEquals(i, item.index());
                Report r = item.report();
                assertEquals(f.domains().get(i), r.domain());
                List<CheckResult> starttls = r.resultsFor(CheckId.MX_STARTTLS);
                assertEquals(2, starttls.size(), "each domain reports its own two MX hosts");
                starttls.forEach(x -> assertEquals(Status.PASS, x.status(), x.summary()));
                Status expected = BulkFixture.failsCoverage(i) ? Status.FAIL : Status.PASS;
                assertEquals(expected, r.verdict(), r.domain() + ": " + BulkTable.firstFailure(r));
                assertEquals("enforce", r.facts().mode());
                assertEquals(604800L, r.facts().maxAgeSeconds());
                assertEquals(List.of("mailto:tlsrpt@" + r.domain()), r.facts().rua());
            }
        }
    }

    @Test
    void aDomainInABulkRunGetsTheSameStatusesAsItsSingleCheck() throws Exception {
        try (BulkFixture f = BulkFixture.start(10, 4, Duration.ZERO)) {
            Checker checker = Checker.create(f.settings());
            BulkCheck.Outcome o = BulkCheck.start(checker, names(f), BulkCheck.Options.defaults(), null)
                    .done()
                    .get(60, TimeUnit.SECONDS);
            for (Report bulk : o.reports()) {
                Report single = checker.run(bulk.domain());
                assertEquals(statuses(single), statuses(bulk), bulk.domain());
                assertEquals(single.facts(), bulk.facts(), bulk.domain());
                assertEquals(BulkTable.row(single), BulkTable.row(bulk), bulk.domain());
            }
        }
    }

    @Test
    void cancellingStopsPromptlyReportsWhatWasNotCheckedAndLeavesNoThreads() throws Exception {
        try (BulkFixture f = BulkFixture.start(120, 4, Duration.ofMillis(300))) {
            Checker checker = Checker.create(f.settings());
            int before = runThreads();
            BulkCheck bulk = BulkCheck.start(checker, names(f), new BulkCheck.Options(8, 2), null);
            Thread.sleep(700);
            assertTrue(runThreads() > before, "the run had threads of its own while it ran");
            long t0 = System.nanoTime();
            bulk.cancel();
            BulkCheck.Outcome o = bulk.done().get(10, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 3000, "the outcome arrived " + ms + " ms after cancel");
            assertTrue(o.cancelled());
            assertFalse(o.notChecked().isEmpty(), "domains never started are listed");
            assertEquals(120, o.items().size() + o.notChecked().size());
            assertTrue(o.items().stream().anyMatch(BulkCheck.Item::cancelled), "running domains were cancelled");
            // Probe and bulk pools are shut down; their threads end once their last socket is closed.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (runThreads() > before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(before, runThreads(), "threads left: " + threadNames());
        }
    }

    @Test
    void anEmptyListCompletesAtOnce() throws Exception {
        try (BulkFixture f = BulkFixture.start(1, 2, Duration.ZERO)) {
            BulkCheck.Outcome o = BulkCheck.start(
                            Checker.create(f.settings()), List.of(), BulkCheck.Options.defaults(), null)
                    .done()
                    .get(5, TimeUnit.SECONDS);
            assertTrue(o.items().isEmpty());
        }
    }

    /** Threads a check or a bulk run owns (the shared DNS-callback and timer pools are process-wide). */
    private static int runThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t ->
                        t.getName().startsWith("mta-sts-probe") || t.getName().startsWith("mta-sts-bulk"))
                .count();
    }

    private static List<String> threadNames() {
        List<String> out = new ArrayList<>();
        Thread.getAllStackTraces().keySet().forEach(t -> out.add(t.getName()));
        return out;
    }

    private static Map<String, Status> statuses(Report r) {
        Map<String, Status> m = new TreeMap<>();
        r.results().forEach(x -> m.put(x.id().code() + "@" + x.target(), x.status()));
        return m;
    }
}
