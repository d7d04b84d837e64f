package org.mtasts.wizard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.InvalidSettingsException;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.check.propagation.OverallState;
import org.mtasts.wizard.check.propagation.Propagation;
import org.mtasts.wizard.check.propagation.PropagationListener;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.check.propagation.RecordReport;
import org.mtasts.wizard.check.propagation.ResolverAnswer;
import org.mtasts.wizard.check.propagation.ServerAnswer;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.PolicyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code propagation DOMAIN}: is the setup live yet? Asks every authoritative server of the zones
 * holding {@code _mta-sts}, {@code _smtp._tls} and {@code mta-sts.DOMAIN} directly, and the
 * resolver, and names the lagging servers and the cache expiry. Exit codes: 0 live everywhere, 1
 * not yet (waiting for caches, partial or not published), 2 usage or input error, 3 nothing could
 * be settled.
 */
@Command(
        name = "propagation",
        mixinStandardHelpOptions = true,
        description = {
            "Is it live yet? Ask every authoritative server of the domain's zone directly (every IPv4 and IPv6"
                    + " address, no recursion) for the _mta-sts and _smtp._tls TXT records and the policy host's"
                    + " A/AAAA, and the resolver for what it still caches.",
            "Without --expect-id the expected values are what most authoritative servers serve (a tie goes to"
                    + " the newest SOA serial).",
            "Exit codes: 0 live everywhere, 1 not yet (waiting for caches, a server lags, or not published),"
                    + " 2 usage or input error, 3 nothing could be settled (no authoritative server answered)."
        })
public final class PropagationCommand implements Callable<Integer> {
    /** Exit code when no record's state could be settled. */
    public static final int NOTHING_SETTLED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOMAIN", description = "The mail domain, e.g. example.com.")
    String domain;

    @Option(
            names = "--expect-id",
            paramLabel = "ID",
            description = "The _mta-sts id that should be live (the one just published).")
    String expectId;

    @Option(
            names = "--resolver",
            paramLabel = "HOST[:PORT]|URL",
            description = "The resolver whose cache is reported, and through which the zone, its name servers and"
                    + " their addresses are found (default: the system's). An https:// URL uses DNS over HTTPS.")
    String resolver;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Bound on each DNS question (default: 10).")
    String timeout;

    @Option(
            names = "--deadline",
            paramLabel = "SECONDS",
            description = "Bound on the whole check (default: 45, or 4 x the timeout when that is longer).")
    String deadline;

    @Option(
            names = "--ns-port",
            paramLabel = "PORT",
            description = "Port the authoritative servers are asked on (default: 53; tests, staging).")
    Integer nsPort;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckSettings settings;
        DomainName name;
        Expected expected;
        int port;
        try {
            settings = settings();
            name = domainName(err);
            expected = expected();
            port = nsPort == null ? Propagation.DNS_PORT : CheckCommand.port("--ns-port", nsPort);
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return Cli.USAGE;
        }
        PropagationReport report;
        try {
            report = Propagation.start(name, expected, settings, port, PropagationListener.none())
                    .report()
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return NOTHING_SETTLED;
        } catch (ExecutionException e) {
            err.println("error: " + e.getCause().getMessage());
            return NOTHING_SETTLED;
        }
        out.print(json ? JsonOutput.write(toJson(report)) + "\n" : text(report));
        out.flush();
        return switch (report.state()) {
            case LIVE_EVERYWHERE -> Cli.OK;
            case INCONCLUSIVE -> NOTHING_SETTLED;
            default -> Cli.FINDINGS;
        };
    }

    private CheckSettings settings() throws InvalidSettingsException {
        CheckSettings s = CheckSettings.defaults();
        if (resolver != null) {
            s = s.withResolver(ResolverSpec.parse(resolver));
        }
        if (timeout != null) {
            s = s.withProbeTimeoutAndDerivedDeadline(
                    CheckCommand.seconds("--timeout", timeout, CheckSettings.MAX_PROBE_TIMEOUT));
        }
        if (deadline != null) {
            s = s.withDeadline(CheckCommand.seconds("--deadline", deadline, CheckSettings.MAX_DEADLINE));
        }
        return s;
    }

    private Expected expected() throws InvalidSettingsException {
        if (expectId == null) {
            return Expected.NONE;
        }
        String id = expectId.strip();
        if (!PolicyId.isValid(id)) {
            throw new InvalidSettingsException("--expect-id: '" + expectId
                    + "' is not a policy id (1 to 32 ASCII letters or digits, RFC 8461 §3.1)");
        }
        return Expected.stsId(id);
    }

    private DomainName domainName(PrintWriter err) throws InvalidSettingsException {
        DomainName.DomainInput in = DomainName.parse(domain);
        if (in instanceof DomainName.Invalid bad) {
            throw new InvalidSettingsException("'" + domain + "' is not a domain name: " + bad.message());
        }
        DomainName.Valid ok = (DomainName.Valid) in;
        if (!ok.changes().isEmpty()) {
            err.println("note: checking " + ok.name().ascii() + " (" + String.join("; ", ok.changes()) + ")");
        }
        return ok.name();
    }

    /** One block per record: expected value, each server address, the resolver, the sentence. */
    static String text(PropagationReport report) {
        StringBuilder b = new StringBuilder();
        b.append(report.domain()).append(": ").append(headline(report)).append('\n');
        for (RecordReport r : report.records()) {
            b.append('\n')
                    .append(r.kind().typeLabel())
                    .append(' ')
                    .append(r.name())
                    .append(r.zone().isEmpty() ? "" : "  (zone " + r.zone() + ")")
                    .append("  ")
                    .append(r.state().code())
                    .append('\n');
            if (r.expected() != null) {
                b.append("  expected  ")
                        .append(r.expected())
                        .append(" (")
                        .append(r.expectedSource().code())
                        .append(")\n");
            }
            for (ServerAnswer s : r.servers()) {
                b.append("  ").append(server(s)).append('\n');
            }
            b.append("  ").append(resolverLine(r.resolver())).append('\n');
            b.append("  ").append(r.summary()).append('\n');
        }
        return b.toString();
    }

    private static String headline(PropagationReport r) {
        String s = switch (r.state()) {
            case LIVE_EVERYWHERE -> "live everywhere";
            case PUBLISHED_WAITING_FOR_CACHES ->
                "published, waiting for caches ("
                        + (r.maxRemainingSeconds() < 0
                                ? "unknown"
                                : "up to about " + ((r.maxRemainingSeconds() + 59) / 60) + " min")
                        + ")";
            case PARTIAL -> "partly published; lagging: " + String.join(", ", r.laggingServers());
            case NOT_PUBLISHED -> "not published";
            case INCONCLUSIVE -> "inconclusive";
        };
        return s + (r.cancelled() && r.state() == OverallState.INCONCLUSIVE ? " (stopped early)" : "");
    }

    private static String server(ServerAnswer s) {
        String what = s.served() != null ? shown(s.served()) : s.kind().meaning() + detail(s.detail());
        String mark = s.lagging() ? "LAGGING" : Boolean.TRUE.equals(s.matches()) ? "ok" : "";
        return String.join(
                        "  ",
                        List.of(
                                s.server(),
                                s.address().isEmpty() ? "-" : s.address(),
                                s.serial() == null ? "serial ?" : "serial " + s.serial(),
                                what + (s.viaTcp() ? " (TCP)" : ""),
                                mark))
                .strip();
    }

    private static String resolverLine(ResolverAnswer r) {
        String what = r.served() != null ? shown(r.served()) : r.kind().meaning() + detail(r.detail());
        String ttl = r.ttlSeconds() < 0 ? "" : "  ttl " + r.ttlSeconds() + " s";
        String state = r.current()
                ? "  ok"
                : r.expiresInSeconds() >= 0
                        ? "  " + (r.kind().isNegative() ? "cached " + r.kind().name() : "old value") + ", expires in "
                                + r.expiresAbout()
                        : "";
        return "resolver " + r.resolver() + "  " + what + ttl + state;
    }

    private static String shown(String served) {
        return "absent".equals(served) ? "no record" : served;
    }

    private static String detail(String d) {
        return d == null || d.isEmpty() ? "" : " (" + d + ")";
    }

    /** The JSON document: snake_case keys through {@link JsonOutput}; add fields, never rename. */
    static JsonOutput.Propagation toJson(PropagationReport r) {
        return new JsonOutput.Propagation(
                r.domain(),
                r.state().code(),
                r.maxRemainingSeconds(),
                r.elapsedMillis(),
                r.cancelled(),
                r.laggingServers(),
                r.records().stream().map(PropagationCommand::record).toList());
    }

    private static JsonOutput.PropagationRecord record(RecordReport r) {
        ResolverAnswer a = r.resolver();
        return new JsonOutput.PropagationRecord(
                r.kind().code(),
                r.name(),
                r.kind().typeLabel(),
                r.zone(),
                r.expected(),
                r.expectedSource().code(),
                r.state().code(),
                r.summary(),
                r.servers().stream()
                        .map(s -> new JsonOutput.AuthoritativeAnswer(
                                s.server(),
                                s.address(),
                                s.kind().code(),
                                s.values(),
                                s.served(),
                                s.ttlSeconds(),
                                s.negativeTtlSeconds(),
                                s.serial(),
                                s.matches(),
                                s.lagging(),
                                s.viaTcp(),
                                s.detail()))
                        .toList(),
                new JsonOutput.ResolverView(
                        a.resolver(),
                        a.kind().code(),
                        a.values(),
                        a.served(),
                        a.ttlSeconds(),
                        a.current(),
                        a.expiresInSeconds(),
                        a.expiresAbout(),
                        a.viaTcp(),
                        a.detail()));
    }
}
