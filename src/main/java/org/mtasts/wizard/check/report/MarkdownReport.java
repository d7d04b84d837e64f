package org.mtasts.wizard.check.report;

import java.util.LinkedHashSet;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Evidence;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;

/** A report as Markdown: a table of every result, then the details of each that needs attention. */
public final class MarkdownReport {
    private MarkdownReport() {}

    /** Title and verdict, the table, the details of what needs attention, then every command once. */
    public static String render(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# MTA-STS check of ").append(report.domain()).append("\n\n");
        sb.append("Verdict: **")
                .append(report.verdict().code())
                .append("** (")
                .append(report.elapsedMillis())
                .append(" ms)\n\n");
        if (report.results().stream().anyMatch(r -> r.id().besideMtaSts())) {
            sb.append("The `dnssec` and `mx-dane` rows are shown beside MTA-STS and do not count towards the"
                    + " verdict; senders that support DANE prefer it over MTA-STS (RFC 8461 §2).\n\n");
        }
        table(sb, report);
        boolean header = false;
        for (CheckResult r : report.results()) {
            if (r.status() == Status.PASS || r.status() == Status.SKIPPED || r.status() == Status.INFO) {
                continue;
            }
            if (!header) {
                sb.append("\n## Needs attention\n");
                header = true;
            }
            details(sb, r);
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        report.results().forEach(r -> all.addAll(r.commands()));
        if (!all.isEmpty()) {
            sb.append("\n## Verify it yourself\n\nThe same facts with standard tools:\n\n```sh\n");
            all.forEach(c -> sb.append(c).append('\n'));
            sb.append("```\n");
        }
        return sb.toString();
    }

    /** One row per result: status, check, target, summary. */
    private static void table(StringBuilder sb, Report report) {
        sb.append("| Status | Check | Target | Summary |\n|---|---|---|---|\n");
        for (CheckResult r : report.results()) {
            sb.append("| ")
                    .append(r.status().code())
                    .append(" | `")
                    .append(r.id().code())
                    .append("` | ")
                    .append(cell(r.target()))
                    .append(" | ")
                    .append(cell(r.summary()))
                    .append(" |\n");
        }
    }

    /** A result that needs attention: summary, fix, rule, its commands and its evidence. */
    private static void details(StringBuilder sb, CheckResult r) {
        sb.append("\n### ")
                .append(r.status().code())
                .append(": `")
                .append(r.id().code())
                .append("` ")
                .append(cell(r.target()))
                .append("\n\n")
                .append(r.summary())
                .append("\n\n");
        if (!r.fix().isEmpty()) {
            sb.append("**Fix:** ").append(r.fix()).append("\n\n");
        }
        sb.append("Rule: ").append(r.rule()).append("\n");
        if (!r.commands().isEmpty()) {
            sb.append("\nVerify it yourself:\n\n```sh\n");
            r.commands().forEach(c -> sb.append(c).append('\n'));
            sb.append("```\n");
        }
        if (!r.evidence().isEmpty()) {
            sb.append("\nEvidence:\n\n");
            for (Evidence e : r.evidence()) {
                sb.append("- ")
                        .append(cell(e.label()))
                        .append(": `")
                        .append(e.value().replace("`", "'").replace("\r", "\\r").replace("\n", "\\n"))
                        .append("`\n");
            }
        }
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
