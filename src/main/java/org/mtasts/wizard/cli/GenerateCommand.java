package org.mtasts.wizard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mtasts.wizard.core.DnsRecord;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.Finding;
import org.mtasts.wizard.core.HostedFile;
import org.mtasts.wizard.core.HostingBundle;
import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PolicyId;
import org.mtasts.wizard.core.RuaUri;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.core.SetupRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: the policy, the DNS records and the hosting files for one domain. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the MTA-STS policy and the DNS records for a domain; with --out, write them and the hosting files.",
            "Exit codes: 0 done, 2 bad argument or file not writable."
        })
public final class GenerateCommand implements Callable<Integer> {

    /** File names under --out. */
    static final String POLICY_FILE = "mta-sts.txt";

    static final String ZONE_FILE = "dns-records.zone";
    static final String HOSTING_DIR = "hosting";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--domain",
            required = true,
            paramLabel = "DOMAIN",
            description = "Your mail domain (the part after @). Unicode names are converted to A-labels.")
    String domain;

    @Option(
            names = "--mx",
            paramLabel = "PATTERN",
            arity = "1..*",
            description =
                    "An MX host or *.wildcard the policy allows; repeat or separate with commas. Required unless --mode none.")
    List<String> mx = new ArrayList<>();

    @Option(names = "--mode", required = true, paramLabel = "MODE", description = "testing, enforce or none.")
    String mode;

    @Option(
            names = "--max-age",
            required = true,
            paramLabel = "SECONDS",
            description = "How long senders cache the policy, 0 to " + Policy.MAX_AGE_LIMIT + " (one week: "
                    + MaxAge.ONE_WEEK + ").")
    String maxAge;

    @Option(
            names = "--rua",
            paramLabel = "URI",
            arity = "1..*",
            description = "Where TLS reports go: mailto:address or an https: URL. Repeatable.")
    List<String> rua = new ArrayList<>();

    @Option(
            names = "--id",
            paramLabel = "ID",
            description =
                    "Policy id for the _mta-sts record (1-32 letters or digits). Default: the current UTC time, yyyyMMddHHmmss.")
    String id;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write " + POLICY_FILE + ", " + ZONE_FILE + " and " + HOSTING_DIR + "/<target>/... into DIR.")
    Path out;

    @Option(names = "--force", description = "Overwrite existing files under --out.")
    boolean force;

    @Option(names = "--json", description = "Print machine-readable JSON (fields documented in README.md).")
    boolean json;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter e = spec.commandLine().getErr();
        try {
            List<String> notes = new ArrayList<>();
            SetupRequest request = buildRequest(notes);
            String policyId = id == null ? PolicyId.generate(clock) : id;
            if (!PolicyId.isValid(policyId)) {
                throw new UsageException("--id '" + id + "' must be 1 to 32 ASCII letters or digits");
            }
            SetupArtifacts art = SetupArtifacts.generate(request, policyId);
            List<String> written = out == null ? List.of() : writeFiles(art);
            if (json) {
                o.println(JsonOutput.write(toJson(art, notes, written)));
            } else {
                printText(o, art, notes, written);
            }
            o.flush();
            return Cli.OK;
        } catch (UsageException ex) {
            e.println("error: " + ex.getMessage());
            e.flush();
            return Cli.USAGE;
        }
    }

    private SetupRequest buildRequest(List<String> notes) throws UsageException {
        Args.requireDecodable("--domain", domain);
        DomainName name;
        DomainName.DomainInput d = DomainName.parse(domain);
        if (d instanceof DomainName.Valid valid) {
            name = valid.name();
            valid.changes().forEach(c -> notes.add("domain: " + c));
        } else {
            throw new UsageException("--domain '" + domain.strip() + "': " + ((DomainName.Invalid) d).message());
        }
        Mode m = Mode.fromToken(mode.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsageException("--mode must be testing, enforce or none, not '" + mode + "'"));
        long age = parseMaxAge(maxAge);
        List<MxPattern> patterns = new ArrayList<>();
        for (String raw : Args.splitCommas(mx)) {
            Args.requireDecodable("--mx", raw);
            MxPattern.MxPatternInput in = MxPattern.parseUserInput(raw);
            if (in instanceof MxPattern.Valid v) {
                if (!patterns.contains(v.pattern())) {
                    patterns.add(v.pattern());
                }
                v.changes().forEach(c -> notes.add("mx " + raw + ": " + c));
            } else {
                MxPattern.Invalid inv = (MxPattern.Invalid) in;
                // Most messages quote the pattern themselves; the others (such as "the mx pattern is empty")
                // get the quoted argument in front, as --domain does, so the line still reads as a sentence.
                String what = inv.message().startsWith("'") ? inv.message() : "'" + raw.strip() + "': " + inv.message();
                throw new UsageException("--mx " + what + "; " + inv.fix());
            }
        }
        if (patterns.isEmpty() && m != Mode.NONE) {
            throw new UsageException("--mx is required in mode " + m + ": give each MX host of " + name.ascii()
                    + ", e.g. --mx mail." + name.ascii());
        }
        List<String> uris = new ArrayList<>();
        for (String raw : rua) {
            Args.requireDecodable("--rua", raw);
            RuaUri.RuaInput in = RuaUri.parse(raw);
            if (in instanceof RuaUri.Valid v) {
                uris.add(v.uri());
                v.changes().forEach(c -> notes.add("rua " + raw + ": " + c));
            } else {
                throw new UsageException("--rua '" + raw + "': " + ((RuaUri.Invalid) in).message());
            }
        }
        return new SetupRequest(name, patterns, m, age, uris);
    }

    /** The wizard's Policy screen reads its custom max_age through the same {@link MaxAge#parse}. */
    static long parseMaxAge(String raw) throws UsageException {
        MaxAge.MaxAgeInput in = MaxAge.parse(raw);
        if (in instanceof MaxAge.Invalid invalid) {
            throw new UsageException("--max-age '" + raw.strip() + "': " + invalid.message());
        }
        return ((MaxAge.Valid) in).seconds();
    }

    /** Every file to write, relative to --out, in a stable order. */
    static Map<String, String> files(SetupArtifacts art) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(POLICY_FILE, art.policyText());
        files.put(ZONE_FILE, art.zoneSnippet());
        for (HostingBundle b : art.hosting()) {
            for (HostedFile f : b.files()) {
                files.put(HOSTING_DIR + "/" + b.target().slug() + "/" + f.path(), f.content());
            }
            files.put(HOSTING_DIR + "/" + b.target().slug() + "/" + HostingBundle.STEPS_FILE, b.stepsText());
        }
        return files;
    }

    private List<String> writeFiles(SetupArtifacts art) throws UsageException {
        Map<String, String> files = files(art);
        if (out.toString().isEmpty()) {
            // An empty argument (e.g. an unset shell variable) is almost never meant as "here".
            throw new UsageException("--out needs a directory name; use --out . for the current directory");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " exists and is not a directory");
        }
        // Check every target first so that a refusal leaves nothing half-written.
        if (!force) {
            for (String rel : files.keySet()) {
                Path p = out.resolve(rel);
                if (Files.exists(p)) {
                    throw new UsageException(p + " already exists; use --force to overwrite");
                }
            }
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = out.resolve(f.getKey());
            try {
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue().getBytes(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new UsageException("cannot write " + p + ": " + describe(ex));
            }
            written.add(p.toString());
        }
        return written;
    }

    static String describe(IOException ex) {
        String kind = ex.getClass().getSimpleName();
        return switch (kind) {
            case "NoSuchFileException" -> "no such file or directory";
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException" -> "a file is in the way";
            case "NotDirectoryException" -> "not a directory";
            default -> ex.getMessage() == null ? kind : ex.getMessage();
        };
    }

    private static void printText(PrintWriter o, SetupArtifacts art, List<String> notes, List<String> written) {
        DomainName d = art.request().domain();
        o.println("Domain: " + d.display());
        for (String n : notes) {
            o.println("note: " + n);
        }
        for (Finding f : art.advice()) {
            o.println(f.severity().label() + ": " + f.message() + (f.fix().isEmpty() ? "" : " (fix: " + f.fix() + ")"));
        }
        o.println();
        o.println("Policy file (CRLF line endings), to serve at " + d.policyUrl() + " as text/plain:");
        o.print(art.policyText());
        o.println();
        o.println("DNS records:");
        int w = art.records().stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (DnsRecord r : art.records()) {
            o.println(String.format("%-" + w + "s  %s  %d  %s", r.name(), r.type(), r.ttl(), r.value()));
        }
        o.println("  and for mta-sts." + d.ascii()
                + ": an A/AAAA or CNAME record pointing at the web host (see the hosting steps).");
        o.println();
        o.println("Zone file snippet:");
        o.print(art.zoneSnippet());
        o.println();
        if (written.isEmpty()) {
            o.println(
                    "Hosting files for GitHub Pages, Netlify, Cloudflare Pages, nginx, Apache and Caddy: run again with --out DIR.");
        } else {
            o.println("Wrote " + written.size() + " files:");
            written.forEach(p -> o.println("  " + p));
        }
    }

    private static JsonOutput.Generate toJson(SetupArtifacts art, List<String> notes, List<String> written) {
        DomainName d = art.request().domain();
        return new JsonOutput.Generate(
                new JsonOutput.JsonDomain(d.ascii(), d.unicode()),
                notes,
                art.policyId(),
                d.policyUrl(),
                art.policyText(),
                art.records().stream()
                        .map(r -> new JsonOutput.JsonRecord(r.name(), r.type(), r.value(), r.ttl()))
                        .toList(),
                art.zoneSnippet(),
                art.hosting().stream()
                        .map(b -> new JsonOutput.JsonHosting(
                                b.target().slug(),
                                b.target().displayName(),
                                b.files().stream()
                                        .map(f -> new JsonOutput.JsonFile(f.path(), f.content()))
                                        .toList(),
                                b.steps()))
                        .toList(),
                art.advice().stream()
                        .map(f -> JsonOutput.JsonFinding.of("request", f))
                        .toList(),
                written);
    }
}
