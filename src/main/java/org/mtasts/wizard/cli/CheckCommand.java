package org.mtasts.wizard.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckResult;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Checker;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.check.report.MarkdownReport;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.core.DomainName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check DOMAIN}: checks the live setup the way a sending MTA sees it and prints one line per
 * result. Exit codes: 0 pass or warn, 1 fail, 2 usage or input error, 3 nothing could be checked.
 * With several domains or {@code --from} it checks them all ({@link BulkCheckRunner}).
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check a domain's live MTA-STS and TLSRPT setup: DNS records, the policy over HTTPS,"
                    + " and STARTTLS on every MX host.",
            "Several domains, or a list with --from, are checked together: a summary table, --csv and --jsonl"
                    + " files, each MX host probed once per run.",
            "Exit codes: 0 pass or warnings only (every domain), 1 a check failed (any domain), 2 usage or"
                    + " input error, 3 nothing could be checked (e.g. the resolver is unreachable)."
        })
public final class CheckCommand implements Callable<Integer> {
    /** Exit code when not a single requirement could be judged. */
    public static final int NOTHING_CHECKED = 3;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Cli parent;

    @Parameters(
            paramLabel = "DOMAIN",
            arity = "0..*",
            description = "The mail domain, e.g. example.com (several: a bulk check).")
    List<String> domains = new ArrayList<>();

    String domain;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "Check every domain listed in FILE (- for standard input): one a line, # comments.")
    String from;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            description = "Domains checked at the same time in a bulk check (default: 16, at most 256).")
    Integer concurrency;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            description = "SMTP sessions open to one MX address at the same time in a bulk check (default: 2).")
    Integer perHost;

    @Option(names = "--csv", paramLabel = "FILE", description = "Bulk: write a row per domain to FILE as CSV.")
    String csv;

    @Option(
            names = "--jsonl",
            paramLabel = "FILE",
            description = "Bulk: write each domain's full JSON report to FILE, one per line.")
    String jsonl;

    @Option(
            names = "--resolver",
            paramLabel = "HOST[:PORT]|URL",
            description = "DNS resolver for every lookup (default: the system's). An https:// URL uses DNS over HTTPS.")
    String resolver;

    @Option(
            names = "--ca-file",
            paramLabel = "PEM",
            description = "Extra CA certificates (PEM) trusted in addition to the system's.")
    String caFile;

    @Option(
            names = "--trust-anchor",
            paramLabel = "FILE",
            description = "DNSSEC trust anchors (DS or DNSKEY records, zone-file format) in place of the IANA root"
                    + " anchors, e.g. for a test zone.")
    String trustAnchor;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Bound on each probe: one DNS question, the policy fetch, one SMTP session (default: 10).")
    String timeout;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            description = "Bound on the whole check (default: 45, or 4 x the timeout when that is longer).")
    String deadline;

    @Option(names = "--https-port", paramLabel = "PORT", description = "Port of the policy host (default: 443).")
    Integer httpsPort;

    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Port the MX hosts are probed on (default: 25).")
    Integer smtpPort;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print the report as Markdown (for tickets and notes).")
    boolean markdown;

    @Option(
            names = {"-v", "--evidence"},
            description = "Print the evidence under every result.")
    boolean evidence;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (from != null || domains.size() != 1 || csv != null || jsonl != null) {
            return new BulkCheckRunner(this, out, err).run();
        }
        if (concurrency != null || perHost != null) {
            err.println("error: --concurrency and --per-host apply to a bulk check (several domains or --from)");
            return Cli.USAGE;
        }
        domain = domains.get(0);
        CheckSettings settings;
        DomainName name;
        Checker checker;
        try {
            if (json && markdown) {
                throw new InvalidSettingsException("choose one of --json and --markdown");
            }
            settings = settings();
            name = domainName(err);
            checker = Checker.create(settings);
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        Report report;
        try {
            report = checker.start(name, CheckListener.none()).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return NOTHING_CHECKED;
        }
        if (report.nothingChecked() && !json && !markdown) {
            // Nothing was judged: a table of skipped rows would bury the one fact that matters.
            String why = report.results().stream()
                    .filter(r -> r.status() == Status.INCONCLUSIVE)
                    .map(CheckResult::summary)
                    .findFirst()
                    .orElse("Nothing could be checked.");
            err.println("error: " + why);
            return NOTHING_CHECKED;
        }
        print(out, report);
        if (report.nothingChecked()) {
            return NOTHING_CHECKED;
        }
        return switch (report.verdict()) {
            case FAIL -> Cli.FINDINGS;
            default -> Cli.OK;
        };
    }

    /** The one domain, cleaned by core; what cleaning changed is said once on standard error. */
    private DomainName domainName(PrintWriter err) throws InvalidSettingsException {
        DomainName.DomainInput in = DomainName.parse(domain);
        if (in instanceof DomainName.Invalid bad) {
            throw new InvalidSettingsException("'" + domain + "' is not a domain name: " + bad.message());
        }
        DomainName.Valid ok = (DomainName.Valid) in;
        DomainName name = ok.name();
        if (!ok.changes().isEmpty()) {
            // One note for all changes: "alice@bücher.example" is one input, not two.
            err.println("note: checking " + name.ascii() + " (" + String.join("; ", ok.changes()) + ")");
        }
        return name;
    }

    private void print(PrintWriter out, Report report) {
        if (json) {
            out.print(JsonReport.render(report));
        } else if (markdown) {
            out.print(MarkdownReport.render(report));
        } else {
            out.print(TextReport.render(report, new TextReport.Options(colour(), evidence)));
        }
        out.flush();
    }

    CheckSettings settings() throws InvalidSettingsException {
        CheckSettings s = CheckSettings.defaults();
        if (resolver != null) {
            s = s.withResolver(ResolverSpec.parse(resolver));
        }
        if (caFile != null) {
            try {
                s = s.withCaFile(Path.of(caFile));
            } catch (InvalidPathException e) {
                throw new InvalidSettingsException("--ca-file: '" + caFile + "' is not a valid path");
            }
        }
        if (trustAnchor != null) {
            try {
                s = s.withTrustAnchorFile(Path.of(trustAnchor));
            } catch (InvalidPathException e) {
                throw new InvalidSettingsException("--trust-anchor: '" + trustAnchor + "' is not a valid path");
            }
        }
        if (timeout != null) {
            // The same derived deadline as the wizard's Settings (CheckSettings.deadlineFor).
            s = s.withProbeTimeoutAndDerivedDeadline(seconds("--timeout", timeout, CheckSettings.MAX_PROBE_TIMEOUT));
        }
        if (deadline != null) {
            s = s.withDeadline(seconds("--deadline", deadline, CheckSettings.MAX_DEADLINE));
        }
        if (httpsPort != null) {
            s = s.withHttpsPort(port("--https-port", httpsPort));
        }
        if (smtpPort != null) {
            s = s.withSmtpPort(port("--smtp-port", smtpPort));
        }
        return s;
    }

    static Duration seconds(String option, String text, Duration max) throws InvalidSettingsException {
        BigDecimal v;
        try {
            v = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSettingsException(option + " must be a number of seconds, not '" + text + "'");
        }
        if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(max.toSeconds())) > 0) {
            throw new InvalidSettingsException(
                    option + " must be more than 0 and at most " + max.toSeconds() + " seconds, not " + text);
        }
        return Duration.ofMillis(v.multiply(BigDecimal.valueOf(1000)).longValue())
                .plusMillis(0);
    }

    static int port(String option, int p) throws InvalidSettingsException {
        if (p < 1 || p > 65535) {
            throw new InvalidSettingsException(option + " must be 1 to 65535, not " + p);
        }
        return p;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    static boolean colour() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }
}
