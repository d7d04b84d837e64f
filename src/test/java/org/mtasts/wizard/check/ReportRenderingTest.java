package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.check.report.MarkdownReport;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.JsonKeys;

class ReportRenderingTest {
    private final Report report = Report.of(
            "example.test",
            List.of(
                    CheckResult.of(
                            CheckId.STS_RECORD,
                            "example.test",
                            Status.PASS,
                            "The record is valid.",
                            List.of(Evidence.of("TXT _mta-sts.example.test", "\"v=STSv1; id=1;\"")),
                            ""),
                    CheckResult.of(
                            CheckId.MX_STARTTLS,
                            "mx1.example.test",
                            Status.FAIL,
                            "mx1.example.test does not offer STARTTLS | really.",
                            List.of(),
                            "Enable STARTTLS."),
                    CheckResult.of(
                            CheckId.TLSRPT_RECORD,
                            "example.test",
                            Status.WARN,
                            "No TLSRPT record.",
                            List.of(),
                            "Publish one.")),
            1234);

    @Test
    void verdictIsFailIfAnyFailElseWarnIfAnyWarnOrInconclusive() {
        assertEquals(Status.FAIL, report.verdict());
        assertEquals(
                Status.WARN,
                Report.verdictOf(
                        List.of(CheckResult.of(CheckId.MX_STARTTLS, "mx", Status.INCONCLUSIVE, "s", List.of(), ""))));
        assertEquals(
                Status.PASS,
                Report.verdictOf(List.of(
                        CheckResult.of(CheckId.MX_STARTTLS, "mx", Status.SKIPPED, "s", List.of(), ""),
                        CheckResult.of(CheckId.MX_CERT, "mx", Status.PASS, "s", List.of(), ""))));
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(report));
        assertEquals("example.test", root.get("domain").asText());
        assertEquals("fail", root.get("verdict").asText());
        assertEquals(1234, root.get("elapsed_millis").asLong());
        JsonKeys.assertSnakeCase(root);
        JsonNode r = root.get("results").get(1);
        assertEquals("mx-starttls", r.get("id").asText());
        assertEquals("mx1.example.test", r.get("target").asText());
        assertEquals("fail", r.get("status").asText());
        assertEquals("Enable STARTTLS.", r.get("fix").asText());
        assertEquals("RFC 8461 §4.2", r.get("rule").asText());
        assertTrue(r.get("evidence").isArray());
        assertEquals(
                "TXT _mta-sts.example.test",
                root.get("results").get(0).get("evidence").get(0).get("label").asText());
    }

    @Test
    void plainTextHasAMarkPerResultTheFixUnderFailuresAndNoAnsiCodes() {
        String text = TextReport.render(report, TextReport.Options.plain());
        assertFalse(text.contains("\u001b["), text);
        assertTrue(text.contains("PASS  sts-record"), text);
        assertTrue(text.contains("FAIL  mx-starttls"), text);
        assertTrue(text.contains("fix: Enable STARTTLS. (RFC 8461 §4.2)"), text);
        assertTrue(text.contains("Verdict: FAIL"), text);
    }

    @Test
    void colourIsAnsiOnlyWhenAskedFor() {
        String text = TextReport.render(report, new TextReport.Options(true, false));
        assertTrue(text.contains("\u001b[1;31mFAIL\u001b[0m"), text);
    }

    @Test
    void markdownEscapesPipesAndListsWhatNeedsAttention() {
        String md = MarkdownReport.render(report);
        assertTrue(
                md.contains(
                        "| fail | `mx-starttls` | mx1.example.test | mx1.example.test does not offer STARTTLS \\| really. |"),
                md);
        assertTrue(md.contains("## Needs attention"), md);
        assertTrue(md.contains("**Fix:** Enable STARTTLS."), md);
    }
}
