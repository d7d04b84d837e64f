package org.mtasts.wizard.check.report;

import java.util.EnumMap;
import java.util.Map;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Evidence;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;

/**
 * A report as plain text: one line per result with a clear mark, the fix under each result that
 * needs one, and the verdict last. Colour (ANSI) only when asked for; the caller decides (a
 * terminal, and no {@code NO_COLOR}).
 */
public final class TextReport {
    private TextReport() {}

    /**
     * @param colour   use ANSI colours for the marks
     * @param evidence print every result's evidence under it
     */
    public record Options(boolean colour, boolean evidence) {
        public static Options plain() {
            return new Options(false, false);
        }
    }

    public static String render(Report report, Options o) {
        StringBuilder sb = new StringBuilder();
        sb.append("MTA-STS check of ").append(report.domain()).append('\n');
        int idWidth = report.results().stream()
                .mapToInt(r -> r.id().code().length())
                .max()
                .orElse(10);
        for (CheckResult r : report.results()) {
            sb.append(mark(r.status(), o.colour()))
                    .append("  ")
                    .append(pad(r.id().code(), idWidth))
                    .append("  ")
                    .append(r.summary());
            if (!r.target().equals(report.domain()) && !r.summary().contains(r.target())) {
                sb.append(" [").append(r.target()).append(']');
            }
            sb.append('\n');
            String indent = " ".repeat(6 + 2 + idWidth + 2);
            // Informational rows (DNSSEC or DANE not in use) need nothing: their optional fix shows with -v.
            boolean attention = r.status() != Status.PASS && r.status() != Status.SKIPPED && r.status() != Status.INFO;
            if (!r.fix().isEmpty() && (attention || (o.evidence() && r.status() == Status.INFO))) {
                sb.append(indent)
                        .append("fix: ")
                        .append(r.fix())
                        .append(" (")
                        .append(r.rule())
                        .append(")\n");
            }
            if (attention || o.evidence()) {
                // "Verify it yourself": the same facts with dig, curl or openssl.
                for (String c : r.commands()) {
                    sb.append(indent).append("$ ").append(c).append('\n');
                }
            }
            if (o.evidence()) {
                for (Evidence e : r.evidence()) {
                    sb.append(indent)
                            .append("- ")
                            .append(e.label())
                            .append(": ")
                            .append(e.value().replace("\r", "\\r").replace("\n", "\\n"))
                            .append('\n');
                }
            }
        }
        String beside = tally(report, true);
        sb.append("Verdict: ")
                .append(mark(report.verdict(), o.colour()).strip())
                .append(" (")
                .append(tally(report, false))
                .append(beside.isEmpty() ? "" : "; beside MTA-STS, not in the verdict: " + beside)
                .append("; ")
                .append(report.elapsedMillis())
                .append(" ms)\n");
        return sb.toString();
    }

    /** "11 pass, 1 warn" over the MTA-STS rows, or over the rows beside MTA-STS (DNSSEC, DANE). */
    private static String tally(Report report, boolean beside) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        report.results().stream()
                .filter(r -> r.id().besideMtaSts() == beside)
                .forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        StringBuilder tally = new StringBuilder();
        counts.forEach((s, n) -> tally.append(tally.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(s.code()));
        return tally.toString();
    }

    /** A fixed-width mark, e.g. {@code "PASS  "} or {@code "FAIL  "}. */
    static String mark(Status s, boolean colour) {
        String word = switch (s) {
            case PASS -> "PASS";
            case WARN -> "WARN";
            case FAIL -> "FAIL";
            case INCONCLUSIVE -> "????";
            case SKIPPED -> "skip";
            case INFO -> "info";
        };
        if (!colour) {
            return word;
        }
        String code = switch (s) {
            case PASS -> "32";
            case WARN -> "33";
            case FAIL -> "1;31";
            case INCONCLUSIVE -> "35";
            case SKIPPED -> "2";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + word + "\u001b[0m";
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
