package org.mtasts.wizard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mtasts.wizard.core.Coverage;
import org.mtasts.wizard.core.CoverageReport;
import org.mtasts.wizard.core.Finding;
import org.mtasts.wizard.core.FindingCode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.ParseResult;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PolicyParser;
import org.mtasts.wizard.core.Severity;
import org.mtasts.wizard.core.StsRecord;
import org.mtasts.wizard.core.TlsRptRecord;
import org.mtasts.wizard.core.TxtStrings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lint}: offline validation of a policy file, the two TXT records, and MX coverage. Whatever
 * is being linted being invalid is a finding (exit 1); only a malformed command line or an unreadable
 * file is a usage error (exit 2).
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validate a policy file, the _mta-sts and _smtp._tls TXT records, and MX coverage, offline.",
            "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 bad argument or unreadable file."
        })
public final class LintCommand implements Callable<Integer> {
    /** Policies larger than this are not read in full (senders stop at 64 KiB anyway). */
    static final int READ_LIMIT = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli parent;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy file to check; '-' reads standard input.")
    String policy;

    @Option(
            names = "--sts-record",
            paramLabel = "TEXT",
            description =
                    "The _mta-sts TXT record, e.g. 'v=STSv1; id=20260101120000'. Repeat for each record at that name;"
                            + " zone-file quoting (\"a\" \"b\") is joined as senders do.")
    List<String> stsRecords = new ArrayList<>();

    @Option(
            names = "--tlsrpt-record",
            paramLabel = "TEXT",
            description =
                    "The _smtp._tls TXT record, e.g. 'v=TLSRPTv1; rua=mailto:tls@example.com'. Repeatable like --sts-record.")
    List<String> tlsRptRecords = new ArrayList<>();

    @Option(
            names = "--mx",
            paramLabel = "HOST",
            arity = "1..*",
            description = "An MX host of the domain (as in its MX records); repeat or separate with commas.")
    List<String> mxHosts = new ArrayList<>();

    @Option(
            names = "--pattern",
            paramLabel = "PATTERN",
            arity = "1..*",
            description = "An mx pattern to check the hosts against; without it, the --policy's mx lines are used.")
    List<String> patterns = new ArrayList<>();

    @Option(names = "--json", description = "Print machine-readable JSON (fields documented in README.md).")
    boolean json;

    /** One finding and what it is about. */
    record Item(String input, Finding finding) {}

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        try {
            return run(o);
        } catch (UsageException ex) {
            e.println("error: " + ex.getMessage());
            e.flush();
            return Cli.USAGE;
        }
    }

    /** What one lint found: the findings in input order, and the values the JSON shows. */
    private static final class Linted {
        final List<Item> items = new ArrayList<>();
        ParseResult<Policy> policy;
        ParseResult<StsRecord> sts;
        ParseResult<TlsRptRecord> tlsrpt;
        CoverageReport coverage;
        String coverageNote;

        void add(String input, List<Finding> findings) {
            findings.forEach(f -> items.add(new Item(input, f)));
        }
    }

    /** Each input given is linted on its own, in a fixed order (policy, records, patterns, coverage). */
    private int run(PrintWriter o) throws UsageException {
        List<String> hosts = Args.splitCommas(mxHosts);
        List<String> patternArgs = Args.splitCommas(patterns);
        requireInput(hosts, patternArgs);
        Linted lint = new Linted();
        if (policy != null) {
            lintPolicy(lint);
        }
        if (!stsRecords.isEmpty()) {
            lint.sts = StsRecord.select(records(stsRecords));
            lint.add("sts-record", lint.sts.findings());
        }
        if (!tlsRptRecords.isEmpty()) {
            lint.tlsrpt = TlsRptRecord.select(records(tlsRptRecords));
            lint.add("tlsrpt-record", lint.tlsrpt.findings());
        }
        List<MxPattern> mxPatterns = parsePatterns(lint, patternArgs);
        if (!hosts.isEmpty()) {
            lintCoverage(lint, hosts, patternArgs, mxPatterns);
        }
        int errors = count(lint.items, Severity.ERROR);
        if (json) {
            printJson(o, lint);
        } else {
            printText(o, lint);
        }
        o.flush();
        return errors == 0 ? Cli.OK : Cli.FINDINGS;
    }

    private void requireInput(List<String> hosts, List<String> patternArgs) throws UsageException {
        if (policy == null
                && stsRecords.isEmpty()
                && tlsRptRecords.isEmpty()
                && hosts.isEmpty()
                && patternArgs.isEmpty()) {
            throw new UsageException(
                    "nothing to lint: give --policy, --sts-record, --tlsrpt-record, or --mx with --pattern");
        }
        if (!hosts.isEmpty() && patternArgs.isEmpty() && policy == null) {
            throw new UsageException("--mx needs the patterns to check against: give --pattern or --policy");
        }
    }

    /** The policy's grammar findings (on at most {@link #READ_LIMIT} bytes), then content advice. */
    private void lintPolicy(Linted lint) throws UsageException {
        byte[] bytes = readPolicy();
        lint.policy = PolicyParser.parse(bytes.length > READ_LIMIT ? Arrays.copyOf(bytes, READ_LIMIT) : bytes);
        lint.policy
                .findings()
                .forEach(f -> lint.items.add(new Item("policy", bytes.length > READ_LIMIT ? overLimit(f) : f)));
        lint.policy.value().ifPresent(p -> lint.add("policy", PolicyParser.advise(p)));
    }

    /** The valid {@code --pattern}s; each invalid one is a finding. */
    private static List<MxPattern> parsePatterns(Linted lint, List<String> patternArgs) {
        List<MxPattern> mxPatterns = new ArrayList<>();
        for (String raw : patternArgs) {
            MxPattern.MxPatternInput in = MxPattern.parse(raw);
            if (in instanceof MxPattern.Valid v) {
                mxPatterns.add(v.pattern());
            } else {
                MxPattern.Invalid inv = (MxPattern.Invalid) in;
                lint.items.add(new Item("pattern", Finding.of(inv.code(), 0, inv.message(), inv.fix())));
            }
        }
        return mxPatterns;
    }

    /**
     * The hosts against the {@code --pattern}s, or without them against the policy's mx lines; a
     * note instead when there is nothing valid to match against.
     */
    private static void lintCoverage(
            Linted lint, List<String> hosts, List<String> patternArgs, List<MxPattern> mxPatterns) {
        List<MxPattern> against = mxPatterns;
        if (patternArgs.isEmpty()) {
            against = lint.policy.value().map(Policy::mx).orElse(null);
        }
        if (against == null) {
            lint.coverageNote = "coverage: not checked, the policy could not be read";
        } else if (!patternArgs.isEmpty() && mxPatterns.isEmpty()) {
            lint.coverageNote = "coverage: not checked, no valid --pattern";
        } else {
            lint.coverage = Coverage.analyze(hosts, against);
            lint.add("coverage", lint.coverage.findings());
        }
    }

    private static void printJson(PrintWriter o, Linted lint) {
        int errors = count(lint.items, Severity.ERROR);
        o.println(JsonOutput.write(new JsonOutput.Lint(
                errors == 0,
                new JsonOutput.Summary(errors, count(lint.items, Severity.WARNING), count(lint.items, Severity.INFO)),
                lint.items.stream()
                        .map(i -> JsonOutput.JsonFinding.of(i.input(), i.finding()))
                        .toList(),
                lint.policy == null
                        ? null
                        : lint.policy.value().map(LintCommand::jsonPolicy).orElse(null),
                lint.sts == null
                        ? null
                        : lint.sts
                                .value()
                                .map(r -> new JsonOutput.JsonStsRecord(r.id()))
                                .orElse(null),
                lint.tlsrpt == null
                        ? null
                        : lint.tlsrpt
                                .value()
                                .map(r -> new JsonOutput.JsonTlsRptRecord(r.rua()))
                                .orElse(null),
                lint.coverage == null ? null : jsonCoverage(lint.coverage))));
    }

    private static void printText(PrintWriter o, Linted lint) {
        for (Item i : lint.items) {
            o.println(line(i));
        }
        if (lint.coverage != null) {
            for (CoverageReport.CoveredHost c : lint.coverage.covered()) {
                o.println("coverage: " + c.host() + " is covered by "
                        + String.join(
                                ", ",
                                c.matchedBy().stream().map(MxPattern::toString).toList()));
            }
        }
        if (lint.coverageNote != null) {
            o.println(lint.coverageNote);
        }
        int errors = count(lint.items, Severity.ERROR);
        int warnings = count(lint.items, Severity.WARNING);
        int infos = count(lint.items, Severity.INFO);
        o.println(plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + (errors == 0 ? ": OK" : ""));
    }

    /** {@code policy:3: error [RFC 8461 §3.2] policy-blank-line: message (fix: ...)}. */
    static String line(Item i) {
        Finding f = i.finding();
        return i.input() + (f.line() > 0 ? ":" + f.line() : "") + ": "
                + f.severity().label() + " [" + f.rule() + "] " + f.code().id() + ": " + f.message()
                + (f.fix().isEmpty() ? "" : " (fix: " + f.fix() + ")");
    }

    /**
     * Only the first {@link #READ_LIMIT} bytes are parsed; the size finding must not claim the file is
     * exactly that long (a 10 MB file would otherwise be reported as "1048576 bytes").
     */
    private static Finding overLimit(Finding f) {
        if (f.code() != FindingCode.POLICY_TOO_LARGE) {
            return f;
        }
        return new Finding(
                f.code(),
                f.severity(),
                f.line(),
                f.rule(),
                "the policy is more than " + READ_LIMIT + " bytes (only the first " + READ_LIMIT
                        + " were read); senders may refuse policies larger than 64 KiB",
                f.fix());
    }

    /** Up to {@link #READ_LIMIT} + 1 bytes: one more than the limit shows the input was cut off. */
    private byte[] readPolicy() throws UsageException {
        if (policy.isEmpty()) {
            throw new UsageException("--policy needs a file name, or - for standard input");
        }
        try {
            if (policy.equals("-")) {
                InputStream in = parent == null ? System.in : parent.stdin();
                return in.readNBytes(READ_LIMIT + 1);
            }
            Path p = Path.of(policy);
            if (Files.isDirectory(p)) {
                throw new UsageException("cannot read policy file '" + policy + "': it is a directory");
            }
            try (InputStream in = Files.newInputStream(p)) {
                return in.readNBytes(READ_LIMIT + 1);
            }
        } catch (IOException ex) {
            throw new UsageException("cannot read policy file '" + policy + "': " + GenerateCommand.describe(ex));
        } catch (InvalidPathException ex) {
            throw new UsageException("cannot read policy file '" + policy + "': not a valid path");
        }
    }

    private static List<List<String>> records(List<String> texts) {
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) {
            Optional<List<String>> strings = TxtStrings.fromZoneText(t);
            out.add(strings.orElse(List.of(t)));
        }
        return out;
    }

    private static int count(List<Item> items, Severity s) {
        return (int) items.stream().filter(i -> i.finding().severity() == s).count();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }

    private static JsonOutput.JsonPolicy jsonPolicy(Policy p) {
        return new JsonOutput.JsonPolicy(
                p.mode().token(), p.mx().stream().map(MxPattern::toString).toList(), p.maxAgeSeconds());
    }

    private static JsonOutput.JsonCoverage jsonCoverage(CoverageReport c) {
        return new JsonOutput.JsonCoverage(
                c.covered().stream()
                        .map(h -> new JsonOutput.JsonCovered(
                                h.host(),
                                h.matchedBy().stream().map(MxPattern::toString).toList()))
                        .toList(),
                c.uncovered(),
                c.stale().stream().map(MxPattern::toString).toList(),
                c.nullMx());
    }
}
