package org.mtasts.wizard.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.core.Coverage;
import org.mtasts.wizard.core.CoverageReport;
import org.mtasts.wizard.core.Finding;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.ParseResult;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PolicyParser;
import org.mtasts.wizard.core.PublicationTypos;
import org.mtasts.wizard.core.Severity;
import org.mtasts.wizard.core.StsRecord;
import org.mtasts.wizard.core.TlsRptRecord;

/**
 * Judges what DNS and the policy host served with {@code core}'s parsers: the rules live there,
 * this class only maps their findings onto results (error: fail, warning: warn).
 */
final class RecordRules {
    private RecordRules() {}

    static CheckResult stsRecord(String domain, DnsAnswer a) {
        List<Evidence> ev = Judge.dnsEvidence(a);
        String name = a.name();
        switch (a.outcome()) {
            case ANSWER -> {
                ParseResult<StsRecord> r = StsRecord.select(DnsClient.txtStrings(a));
                String pass = r.value()
                        .map(v -> "The MTA-STS record at " + name + " is valid (id " + v.id() + ").")
                        .orElse("");
                return fromFindings(CheckId.STS_RECORD, domain, r.findings(), pass, ev);
            }
            case NXDOMAIN, NODATA -> {
                return CheckResult.of(
                        CheckId.STS_RECORD,
                        domain,
                        Status.FAIL,
                        "There is no TXT record at " + name + ", so senders see no MTA-STS policy.",
                        ev,
                        "Publish one TXT record at " + name + " such as \"" + StsRecord.format("20261128093000")
                                + "\".");
            }
            case SERVFAIL -> {
                return CheckResult.of(
                        CheckId.STS_RECORD,
                        domain,
                        Status.FAIL,
                        "Looking up " + name + " failed with SERVFAIL; senders cannot see the policy.",
                        ev,
                        "Check the zone's delegation and DNSSEC signatures.");
            }
            default -> {
                return CheckResult.of(
                        CheckId.STS_RECORD,
                        domain,
                        Status.INCONCLUSIVE,
                        name + " could not be looked up: " + a.outcome().meaning() + ".",
                        ev,
                        "");
            }
        }
    }

    static CheckResult tlsrptRecord(String domain, DnsAnswer a) {
        List<Evidence> ev = Judge.dnsEvidence(a);
        String name = a.name();
        switch (a.outcome()) {
            case ANSWER -> {
                ParseResult<TlsRptRecord> r = TlsRptRecord.select(DnsClient.txtStrings(a));
                String pass = r.value()
                        .map(v -> "The TLSRPT record at " + name + " is valid (reports go to "
                                + String.join(", ", v.rua()) + ").")
                        .orElse("");
                return fromFindings(CheckId.TLSRPT_RECORD, domain, r.findings(), pass, ev);
            }
            case NXDOMAIN, NODATA -> {
                // RFC 8461 §5 advises testing mode with TLSRPT first: without it nobody hears of failures.
                return CheckResult.of(
                        CheckId.TLSRPT_RECORD,
                        domain,
                        Status.WARN,
                        "There is no TLSRPT record at " + name + ", so you will not receive reports of failed"
                                + " TLS deliveries.",
                        ev,
                        "Publish a TXT record at " + name + " such as \""
                                + TlsRptRecord.format(List.of("mailto:tlsrpt@" + domain)) + "\".");
            }
            case SERVFAIL -> {
                return CheckResult.of(
                        CheckId.TLSRPT_RECORD,
                        domain,
                        Status.FAIL,
                        "Looking up " + name + " failed with SERVFAIL.",
                        ev,
                        "Check the zone's delegation and DNSSEC signatures.");
            }
            default -> {
                return CheckResult.of(
                        CheckId.TLSRPT_RECORD,
                        domain,
                        Status.INCONCLUSIVE,
                        name + " could not be looked up: " + a.outcome().meaning() + ".",
                        ev,
                        "");
            }
        }
    }

    /**
     * A failing or warning result with the typing mistake that explains it: the mistake becomes
     * the summary and the fix (what to do is then exact), the original summary stays as evidence.
     */
    static CheckResult withTypos(CheckResult r, List<PublicationTypos.Typo> typos) {
        if (typos.isEmpty() || r.status() == Status.PASS) {
            return r;
        }
        List<Evidence> ev = new ArrayList<>(r.evidence());
        ev.add(Evidence.of("as checked", r.summary()));
        for (PublicationTypos.Typo t : typos) {
            ev.add(Evidence.of(
                    "likely typo (" + t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")", t.message()));
        }
        PublicationTypos.Typo first = typos.get(0);
        return new CheckResult(r.id(), r.target(), r.status(), first.message(), ev, r.rule(), first.fix());
    }

    /** The parsed policy (when it parsed) and its result. */
    record PolicySyntax(CheckResult result, Policy policy) {}

    static PolicySyntax policySyntax(String host, byte[] body) {
        ParseResult<Policy> r = PolicyParser.parse(body);
        List<Finding> all = new ArrayList<>(r.findings());
        r.value().ifPresent(p -> all.addAll(PolicyParser.advise(p)));
        List<Evidence> ev = new ArrayList<>();
        String text = new String(body, StandardCharsets.UTF_8);
        ev.add(Evidence.of("policy", text.length() > 600 ? text.substring(0, 600) + "..." : text));
        String pass = r.value()
                .map(p -> "The policy is valid: mode " + p.mode().toString().toLowerCase(Locale.ROOT)
                        + ", max_age " + p.maxAgeSeconds() + " s"
                        // mode none may list no mx at all (RFC 8461 §3.2): say so rather than "mx ."
                        + (p.mx().isEmpty()
                                ? ", no mx patterns."
                                : ", mx "
                                        + String.join(
                                                ", ",
                                                p.mx().stream()
                                                        .map(Object::toString)
                                                        .toList()) + "."))
                .orElse("");
        return new PolicySyntax(
                fromFindings(CheckId.POLICY_SYNTAX, host, all, pass, ev),
                r.value().orElse(null));
    }

    static CheckResult coverage(String domain, Policy policy, List<MxHost> hosts) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(Evidence.of(
                "policy mx",
                String.join(", ", policy.mx().stream().map(Object::toString).toList())));
        ev.add(Evidence.of(
                "MX hosts", String.join(", ", hosts.stream().map(MxHost::host).toList())));
        if (policy.mode() == Mode.NONE) {
            return CheckResult.of(
                    CheckId.MX_COVERAGE,
                    domain,
                    Status.SKIPPED,
                    "Not checked: the policy's mode is none (MTA-STS withdrawn).",
                    ev,
                    "");
        }
        CoverageReport c = Coverage.analyze(hosts.stream().map(MxHost::host).toList(), policy.mx());
        String pass = "Every MX host matches a policy mx pattern.";
        CheckResult r = fromFindings(CheckId.MX_COVERAGE, domain, c.findings(), pass, ev);
        if (!c.uncovered().isEmpty() && r.status() == Status.FAIL && policy.mode() == Mode.TESTING) {
            // In testing mode senders still deliver; they only report the mismatch.
            return new CheckResult(
                    r.id(),
                    r.target(),
                    Status.FAIL,
                    r.summary() + " In testing mode mail still flows, but enforce mode would refuse it.",
                    r.evidence(),
                    r.rule(),
                    r.fix());
        }
        return r;
    }

    /** Errors fail, warnings warn, infos become evidence; the first error or warning is the summary. */
    static CheckResult fromFindings(
            CheckId id, String target, List<Finding> findings, String passSummary, List<Evidence> baseEvidence) {
        List<Evidence> ev = new ArrayList<>(baseEvidence);
        Finding first = null;
        for (Finding f : findings) {
            ev.add(Evidence.of(
                    f.severity().label() + (f.line() > 0 ? " (line " + f.line() + ")" : ""),
                    f.message() + " [" + f.code().name().toLowerCase(Locale.ROOT) + "]"));
            if (f.severity() == Severity.ERROR && (first == null || first.severity() != Severity.ERROR)) {
                first = f;
            } else if (f.severity() == Severity.WARNING && first == null) {
                first = f;
            }
        }
        if (first == null) {
            return CheckResult.of(id, target, Status.PASS, passSummary, ev, "");
        }
        long more = findings.stream().filter(f -> f.severity() != Severity.INFO).count() - 1;
        String summary = sentence(first.message())
                + (more > 0
                        ? " (" + more + (more == 1 ? " more finding" : " more findings") + " in the evidence)"
                        : "");
        Status status = first.severity() == Severity.ERROR ? Status.FAIL : Status.WARN;
        return new CheckResult(
                id, target, status, summary, ev, first.rule(), first.fix().isEmpty() ? "" : sentence(first.fix()));
    }

    static String sentence(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String firstWord = s.split("[ ,;]", 2)[0];
        // A sentence may start with a host name or a quoted value: those keep their case.
        boolean name = firstWord.contains(".")
                || firstWord.contains("'")
                || firstWord.contains(":")
                || firstWord.contains("=");
        String t = name ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
