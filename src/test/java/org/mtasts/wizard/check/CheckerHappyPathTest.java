package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SmtpFixture;

class CheckerHappyPathTest {

    @Test
    void aCorrectSetupPassesEveryCheckAndStreamsEachResultOnce() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 2).start()) {
            List<CheckResult> streamed = new CopyOnWriteArrayList<>();
            List<MxHost> announced = new CopyOnWriteArrayList<>();
            CheckListener listener = new CheckListener() {
                @Override
                public void onResult(CheckResult r) {
                    streamed.add(r);
                }

                @Override
                public void onMxHosts(List<MxHost> hosts) {
                    announced.addAll(hosts);
                }
            };
            Report report = Checker.create(live.settings())
                    .start("example.test", listener)
                    .await();
            assertEquals(Status.PASS, report.verdict(), TextReport.render(report, TextReport.Options.plain()));
            assertEquals(List.of(new MxHost("mx1.example.test", 10), new MxHost("mx2.example.test", 20)), announced);
            // 12 domain-level results + 3 per MX host.
            assertEquals(18, report.results().size());
            assertEquals(18, streamed.size());
            for (CheckId id : CheckId.values()) {
                assertTrue(report.results().stream().anyMatch(r -> r.id() == id), "missing " + id);
            }
            for (SmtpFixture s : live.smtpServers()) {
                assertEquals(1, s.tlsSessions());
                assertTrue(
                        s.commands().stream().noneMatch(c -> c.startsWith("MAIL") || c.startsWith("RCPT")),
                        s.commands().toString());
            }
        }
    }
}
