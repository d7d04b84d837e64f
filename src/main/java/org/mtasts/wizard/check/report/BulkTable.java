package org.mtasts.wizard.check.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.check.CheckId;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.Facts;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.Status;

/**
 * Many reports as one table, a row per domain: the bulk check's CSV file, its Markdown export and
 * its summary. Every cell comes from the domain's {@link Report} (the same values its single JSON
 * report shows), so a row can be compared with {@code check DOMAIN --json}.
 *
 * <p>Columns: {@code domain, verdict}, one per {@link CheckId} (the worst status among that id's
 * results, empty when the id has none, e.g. {@code mx-starttls} without MX hosts), then {@code
 * mode, id, max_age, mx, mx_hosts, rua} from {@link Facts} (lists separated by spaces), then
 * {@code first_failure}: {@code id target: summary} of the first failing MTA-STS result (not
 * {@code dnssec} or {@code mx-dane}, which are beside MTA-STS).
 */
public final class BulkTable {
    private BulkTable() {}

    public static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("domain", "verdict"));
        for (CheckId id : CheckId.values()) {
            c.add(id.code());
        }
        c.addAll(List.of("mode", "id", "max_age", "mx", "mx_hosts", "rua", "first_failure"));
        return c;
    }

    public static List<String> row(Report r) {
        List<String> c = new ArrayList<>(List.of(r.domain(), r.verdict().code()));
        for (CheckId id : CheckId.values()) {
            Status s = worst(r.resultsFor(id));
            c.add(s == null ? "" : s.code());
        }
        Facts f = r.facts();
        c.add(nullToEmpty(f.mode()));
        c.add(nullToEmpty(f.stsId()));
        c.add(f.maxAgeSeconds() == null ? "" : String.valueOf(f.maxAgeSeconds()));
        c.add(String.join(" ", f.mxPatterns()));
        c.add(String.join(" ", f.mxHosts()));
        c.add(String.join(" ", f.rua()));
        c.add(firstFailure(r));
        return c;
    }

    /**
     * The worst of several statuses for one id: fail, then warn, then inconclusive, then pass, then info, then
     * skipped (as the verdict ranks them); {@code null} for none.
     */
    public static Status worst(List<CheckResult> results) {
        Status worst = null;
        for (CheckResult r : results) {
            if (worst == null || rank(r.status()) > rank(worst)) {
                worst = r.status();
            }
        }
        return worst;
    }

    private static int rank(Status s) {
        return switch (s) {
            case SKIPPED -> 0;
            case INFO -> 1;
            case PASS -> 2;
            case INCONCLUSIVE -> 3;
            case WARN -> 4;
            case FAIL -> 5;
        };
    }

    /**
     * {@code id target: summary} of the first failing MTA-STS result in report order, or empty (the
     * DNSSEC and DANE rows beside MTA-STS are in their own columns, not in the verdict).
     */
    public static String firstFailure(Report r) {
        return r.results().stream()
                .filter(x -> x.status() == Status.FAIL && !x.id().besideMtaSts())
                .findFirst()
                .map(x -> x.id().code() + " " + x.target() + ": " + x.summary())
                .orElse("");
    }

    /** RFC 4180: a header line, then a row per report, CRLF line ends, fields quoted when needed. */
    public static String csv(List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, columns());
        for (Report r : reports) {
            csvLine(sb, row(r));
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvField(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** A Markdown table: domain, verdict, mode, the failing checks and the first failure. */
    public static String markdown(List<Report> reports) {
        StringBuilder sb = new StringBuilder("| domain | verdict | mode | failing checks | first failure |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Report r : reports) {
            sb.append("| ")
                    .append(md(r.domain()))
                    .append(" | ")
                    .append(r.verdict().code())
                    .append(" | ")
                    .append(md(nullToEmpty(r.facts().mode())))
                    .append(" | ")
                    .append(md(String.join(", ", failing(r))))
                    .append(" | ")
                    .append(md(firstFailure(r)))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The ids with at least one failing result, in id order. */
    public static List<String> failing(Report r) {
        List<String> out = new ArrayList<>();
        for (CheckId id : CheckId.values()) {
            if (worst(r.resultsFor(id)) == Status.FAIL) {
                out.add(id.code());
            }
        }
        return out;
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Counts per verdict: "1000 domains: 980 pass, 12 warn, 8 fail". */
    public static String counts(List<Report> reports) {
        long pass = reports.stream().filter(r -> r.verdict() == Status.PASS).count();
        long warn = reports.stream().filter(r -> r.verdict() == Status.WARN).count();
        long fail = reports.stream().filter(r -> r.verdict() == Status.FAIL).count();
        return String.format(
                Locale.ROOT,
                "%d domain%s: %d pass, %d warn, %d fail",
                reports.size(),
                reports.size() == 1 ? "" : "s",
                pass,
                warn,
                fail);
    }

    /**
     * The summary a terminal shows: one aligned line per domain (verdict, mode, failing checks),
     * then how many failed each check.
     */
    public static String summary(List<Report> reports) {
        int w = Math.max(
                6, reports.stream().mapToInt(r -> r.domain().length()).max().orElse(6));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s  %-7s  %-8s  %s%n", "DOMAIN", "VERDICT", "MODE", "FAILING"));
        for (Report r : reports) {
            List<String> f = failing(r);
            sb.append(String.format(
                    Locale.ROOT,
                    "%-" + w + "s  %-7s  %-8s  %s%n",
                    r.domain(),
                    r.verdict().code(),
                    r.facts().mode() == null ? "-" : r.facts().mode(),
                    f.isEmpty() ? "-" : String.join(", ", f)));
        }
        List<String> byId = new ArrayList<>();
        for (CheckId id : CheckId.values()) {
            long n = reports.stream()
                    .filter(r -> worst(r.resultsFor(id)) == Status.FAIL)
                    .count();
            if (n > 0) {
                byId.add(id.code() + " " + n);
            }
        }
        sb.append(counts(reports));
        if (!byId.isEmpty()) {
            sb.append("; failing: ").append(String.join(", ", byId));
        }
        sb.append(System.lineSeparator());
        return sb.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
