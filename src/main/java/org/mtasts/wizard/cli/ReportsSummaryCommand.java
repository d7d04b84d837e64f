package org.mtasts.wizard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.tlsrpt.ReportSummary;
import org.mtasts.wizard.core.tlsrpt.TlsReport;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.reports.ReportStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reports summary}: what the kept reports say, per policy domain. Exit 0, or 2 on bad input. */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise the kept TLS reports per policy domain: sessions per UTC day (a report counts on the day"
                    + " it starts), per reporting organisation, and failures by result type, worst first.",
            "Exit codes: 0 printed, 2 usage error or the store cannot be read."
        })
public final class ReportsSummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportsCommand.DataDirOption data;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "Only this policy domain (default: every domain).")
    String domain;

    @Option(
            names = "--since",
            paramLabel = "DATE",
            description = "Only reports whose date range ends on or after DATE (YYYY-MM-DD, UTC).")
    String since;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print one table as CSV (see --table).")
    boolean csv;

    @Option(
            names = "--table",
            paramLabel = "TABLE",
            description = "The table --csv prints: ${COMPLETION-CANDIDATES} (default: days).")
    ReportsOutput.Table table;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReportSummary> summaries;
        Path dir;
        Instant from;
        try {
            if (json && csv) {
                throw new UsageException("choose one of --json and --csv");
            }
            if (table != null && !csv) {
                throw new UsageException("--table applies to --csv");
            }
            dir = data.dir();
            from = since(since);
            summaries = summaries(dir, policyDomain(domain), from);
        } catch (UsageException | ReportStoreException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        if (json) {
            out.println(JsonOutput.write(new ReportsOutput.JsonSummaries(
                    dir.toString(),
                    since,
                    summaries.stream().map(ReportsOutput::json).toList())));
        } else if (csv) {
            out.print(ReportsOutput.csv(summaries, table == null ? ReportsOutput.Table.days : table));
        } else if (summaries.isEmpty()) {
            out.println(
                    "No reports" + (domain == null ? "" : " for " + domain) + (since == null ? "" : " since " + since)
                            + " in " + dir + "; add some with: mta-sts reports import PATH...");
        } else {
            for (int i = 0; i < summaries.size(); i++) {
                out.print((i == 0 ? "" : "\n") + ReportsOutput.text(summaries.get(i)));
            }
        }
        out.flush();
        return Cli.OK;
    }

    /** One summary per policy domain (just the one asked for with --domain). */
    private static List<ReportSummary> summaries(Path dir, String domain, Instant since) {
        List<ReportSummary> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (ReportStore store = ReportStore.open(dir)) {
            List<String> domains = domain != null ? List.of(domain) : store.policyDomains();
            for (String d : domains) {
                List<TlsReport> reports = store.reports(d, since);
                if (!reports.isEmpty()) {
                    out.add(ReportSummary.of(reports, d));
                }
            }
        }
        return out;
    }

    /** The policy domain, cleaned like every other domain argument (A-labels, lower case). */
    static String policyDomain(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        if (DomainName.parse(text) instanceof DomainName.Valid ok) {
            return ok.name().ascii();
        }
        DomainName.Invalid bad = (DomainName.Invalid) DomainName.parse(text);
        throw new UsageException("--domain: '" + text + "' is not a domain name: " + bad.message());
    }

    static Instant since(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--since must be a date like 2026-11-01 (UTC), not '" + text + "'");
        }
    }
}
