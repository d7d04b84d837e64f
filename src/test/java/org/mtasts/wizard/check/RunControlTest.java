package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mtasts.wizard.check.Reports.assertResult;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpBehaviour;

class RunControlTest {
    private static final String D = "example.test";

    @Test
    void overallDeadlineEndsTheRunWhenAServerNeverAnswers() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .mxBehaviour("mx1." + D, SmtpBehaviour.SILENT)
                .start()) {
            CheckSettings s =
                    live.settings().withProbeTimeout(Duration.ofSeconds(30)).withDeadline(Duration.ofSeconds(2));
            long t0 = System.nanoTime();
            Report report = Checker.create(s).run(D);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 1900 && ms < 4000, "took " + ms + " ms");
            assertResult(report, CheckId.MX_STARTTLS, "mx1." + D, Status.INCONCLUSIVE, "deadline of 2 s");
            assertResult(report, CheckId.STS_RECORD, D, Status.PASS);
        }
    }

    @Test
    void cancelStopsPromptlyAndClosesSockets() throws Exception {
        try (LiveScenario live =
                Scenario.withMxHosts(D, 2).allMx(SmtpBehaviour.SILENT).start()) {
            CheckSettings s =
                    live.settings().withProbeTimeout(Duration.ofSeconds(30)).withDeadline(Duration.ofSeconds(60));
            List<CheckResult> streamed = new CopyOnWriteArrayList<>();
            CheckRun run = Checker.create(s).start(D, streamed::add);
            // Wait until the domain-level results are in, so the SMTP sessions are the ones hanging.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (streamed.stream().noneMatch(r -> r.id() == CheckId.MX_COVERAGE) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
            long t0 = System.nanoTime();
            run.cancel();
            Report report = run.report().get(2, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 1000, "cancel took " + ms + " ms");
            assertTrue(run.isCancelled());
            assertResult(report, CheckId.MX_STARTTLS, "mx2." + D, Status.INCONCLUSIVE, "cancelled");
            // Every result reached the listener exactly once, including the ones filled in at the end.
            assertEquals(report.results().size(), streamed.size());
        }
    }

    @Test
    void independentProbesRunConcurrently() throws Exception {
        // 8 hosts, 300 ms on every reply: one by one this would take well over 8 x 4 x 300 ms.
        try (LiveScenario live =
                Scenario.withMxHosts(D, 8).delay(Duration.ofMillis(300)).start()) {
            long t0 = System.nanoTime();
            Report report = Checker.create(live.settings()).run(D);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(Status.PASS, report.verdict());
            // One by one: 8 x (4 SMTP replies + address lookup) x 300 ms is over 10 s.
            assertTrue(ms < 8000, "took " + ms + " ms");
        }
    }

    @Test
    void discoveryShowsMxHostsRecordsAndThePolicy() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 2).start()) {
            Discovery d = Checker.create(live.settings()).discover(D).get(10, TimeUnit.SECONDS);
            assertEquals(List.of(new MxHost("mx1." + D, 10), new MxHost("mx2." + D, 20)), d.mxHosts());
            assertFalse(d.nullMx());
            assertEquals(List.of("v=STSv1; id=20261128093000;"), d.stsRecord().records());
            assertEquals(DnsOutcome.ANSWER, d.tlsrptRecord().outcome());
            assertNotNull(d.policyText());
            assertEquals(live.policyBody(), d.policyText());
            assertTrue(d.resolverAnswered());
        }
    }

    @Test
    void discoveryOfANullMxDomainWithoutRecords() throws Exception {
        try (LiveScenario live = Scenario.domain(D)
                .nullMx()
                .noStsRecord()
                .noTlsrptRecord()
                .noPolicyHost()
                .start()) {
            Discovery d = Checker.create(live.settings()).discover(D).get(10, TimeUnit.SECONDS);
            assertTrue(d.nullMx());
            assertTrue(d.mxHosts().isEmpty());
            assertEquals(DnsOutcome.NXDOMAIN, d.stsRecord().outcome());
            assertEquals(null, d.policyText());
            assertTrue(d.policyNote().contains("mta-sts." + D), d.policyNote());
        }
    }

    @Test
    void discoveryEndsAtTheDeadlineWhenDnsNeverAnswers() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1)
                .dnsSilent(D)
                .dnsSilent("_mta-sts." + D)
                .start()) {
            CheckSettings s =
                    live.settings().withProbeTimeout(Duration.ofSeconds(20)).withDeadline(Duration.ofSeconds(1));
            long t0 = System.nanoTime();
            Discovery d = Checker.create(s).discover(D).get(5, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 3000, "took " + ms + " ms");
            assertEquals(DnsOutcome.CANCELLED, d.mxOutcome());
            assertEquals(DnsOutcome.CANCELLED, d.stsRecord().outcome());
            assertEquals(DnsOutcome.ANSWER, d.tlsrptRecord().outcome());
        }
    }

    @Test
    void badDomainIsRejectedBeforeAnythingStarts() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts(D, 1).start()) {
            Checker c = Checker.create(live.settings());
            InvalidSettingsException e = Assertions.assertThrows(
                    InvalidSettingsException.class, () -> c.start("exa mple.test", CheckListener.none()));
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void missingCaFileIsAClearSettingsError() {
        InvalidSettingsException e = Assertions.assertThrows(
                InvalidSettingsException.class,
                () -> Checker.create(CheckSettings.defaults().withCaFile(Path.of("/nonexistent.pem"))));
        assertEquals("CA file /nonexistent.pem does not exist", e.getMessage());
    }
}
