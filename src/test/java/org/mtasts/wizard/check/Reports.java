package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.LiveScenario;

/** Small helpers for asserting on reports. */
final class Reports {
    private Reports() {}

    static Report check(LiveScenario live) throws Exception {
        return Checker.create(live.settings()).run(live.domain());
    }

    static Report check(LiveScenario live, CheckSettings settings) throws Exception {
        return Checker.create(settings).run(live.domain());
    }

    /** The single result with this id (and target, when given); fails the test otherwise. */
    static CheckResult result(Report report, CheckId id, String target) {
        List<CheckResult> found = report.results().stream()
                .filter(r -> r.id() == id && (target == null || r.target().equals(target)))
                .toList();
        assertEquals(
                1,
                found.size(),
                "expected one " + id.code() + " for " + target + " in\n"
                        + TextReport.render(report, new TextReport.Options(false, true)));
        return found.get(0);
    }

    static CheckResult result(Report report, CheckId id) {
        return result(report, id, null);
    }

    /** Asserts status and that the summary mentions every fragment (case-insensitive). */
    static CheckResult assertResult(Report report, CheckId id, String target, Status status, String... fragments) {
        CheckResult r = result(report, id, target);
        String dump = TextReport.render(report, new TextReport.Options(false, true));
        assertEquals(status, r.status(), id.code() + " " + r.summary() + "\n" + dump);
        for (String f : fragments) {
            assertTrue(
                    r.summary().toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)),
                    id.code() + " summary should mention '" + f + "': " + r.summary());
        }
        return r;
    }

    static boolean evidenceMentions(CheckResult r, String fragment) {
        return r.evidence().stream().anyMatch(e -> (e.label() + ": " + e.value()).contains(fragment));
    }
}
