package org.mtasts.wizard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.ReportLiveState;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.tlsrpt.LiveState;
import org.mtasts.wizard.core.tlsrpt.Readiness;
import org.mtasts.wizard.core.tlsrpt.ReadinessCriteria;
import org.mtasts.wizard.core.tlsrpt.TlsReport;
import org.mtasts.wizard.core.tlsrpt.Verdict;
import org.mtasts.wizard.reports.ReportStore;
import org.mtasts.wizard.reports.ReportStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reports ready --domain D}: "ready to enforce?" from the kept reports and a live check run
 * now. Exit 0 ready, 1 not ready, 2 usage.
 */
@Command(
        name = "ready",
        mixinStandardHelpOptions = true,
        description = {
            "Is a domain in testing mode ready for mode enforce? Judged from the kept TLS reports (days covered,"
                    + " reporting organisations, failures in the recent days, whether reporters saw the live"
                    + " policy) and a live check run now.",
            "Exit codes: 0 ready, 1 not ready, 2 usage error or the store cannot be read."
        })
public final class ReportsReadyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReportsCommand.DataDirOption data;

    @Option(names = "--domain", required = true, paramLabel = "DOMAIN", description = "The policy domain.")
    String domain;

    @Option(names = "--min-days", paramLabel = "N", description = "UTC days with reports needed (default: 14).")
    Integer minDays;

    @Option(names = "--min-orgs", paramLabel = "N", description = "Reporting organisations needed (default: 2).")
    Integer minOrgs;

    @Option(names = "--recent-days", paramLabel = "N", description = "How many days back failures count (default: 7).")
    Integer recentDays;

    @Option(
            names = "--max-failure-ratio",
            paramLabel = "RATIO",
            description = "Share of recent sessions allowed to fail in a way that stops mail in enforce, 0 to 1"
                    + " (default: 0).")
    Double maxFailureRatio;

    @Option(
            names = "--resolver",
            paramLabel = "HOST[:PORT]|URL",
            description =
                    "DNS resolver of the live check (default: the system's). An https:// URL uses DNS over HTTPS.")
    String resolver;

    @Option(
            names = "--ca-file",
            paramLabel = "PEM",
            description = "Extra CA certificates (PEM) the live check trusts in addition to the system's.")
    String caFile;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Bound on each probe of the live check (default: 10).")
    String timeout;

    @Option(names = "--https-port", paramLabel = "PORT", description = "Port of the policy host (default: 443).")
    Integer httpsPort;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Port the MX hosts are probed on (default: 25).")
    Integer smtpPort;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    boolean json;

    /** The clock the recent days are counted from; tests set it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReadinessCriteria criteria;
        DomainName name;
        Checker checker;
        List<TlsReport> reports;
        try {
            criteria = criteria();
            name = domainName();
            checker = Checker.create(liveCheckSettings());
            reports = reports(data.dir(), name.ascii());
        } catch (UsageException | InvalidSettingsException | ReportStoreException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        Report report;
        try {
            report = checker.start(name, CheckListener.none()).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return Cli.USAGE;
        }
        LiveState live = ReportLiveState.of(report);
        Verdict v = Readiness.judge(reports, name.ascii(), criteria, live, clock.instant());
        if (json) {
            ReportsOutput.JsonLive jl = new ReportsOutput.JsonLive(
                    live.mode() == null ? null : live.mode().token(),
                    live.policyId(),
                    live.policyLines(),
                    live.liveCheckPasses(),
                    live.liveCheckSummary());
            out.println(JsonOutput.write(ReportsOutput.json(name.ascii(), v, criteria, jl)));
        } else {
            out.print(ReportsOutput.text(name.ascii(), v));
        }
        out.flush();
        return v.ready() ? Cli.OK : Cli.FINDINGS;
    }

    private ReadinessCriteria criteria() throws UsageException {
        ReadinessCriteria c = ReadinessCriteria.DEFAULT;
        try {
            if (minDays != null) {
                c = c.withMinDays(minDays);
            }
            if (minOrgs != null) {
                c = c.withMinOrganisations(minOrgs);
            }
            if (recentDays != null) {
                c = c.withRecentDays(recentDays);
            }
            if (maxFailureRatio != null) {
                c = c.withMaxFailureRatio(maxFailureRatio);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return c;
    }

    private DomainName domainName() throws UsageException {
        if (DomainName.parse(domain) instanceof DomainName.Valid ok) {
            return ok.name();
        }
        DomainName.Invalid bad = (DomainName.Invalid) DomainName.parse(domain);
        throw new UsageException("--domain: '" + domain + "' is not a domain name: " + bad.message());
    }

    /** The live check's settings, read by {@code check}'s own option handling so both agree. */
    private CheckSettings liveCheckSettings() throws InvalidSettingsException {
        CheckCommand c = new CheckCommand();
        c.resolver = resolver;
        c.caFile = caFile;
        c.timeout = timeout;
        c.httpsPort = httpsPort;
        c.smtpPort = smtpPort;
        return c.settings();
    }

    private static List<TlsReport> reports(Path dir, String domain) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (ReportStore store = ReportStore.open(dir)) {
            return store.reports(domain, null);
        }
    }
}
