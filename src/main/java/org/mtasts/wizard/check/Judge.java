package org.mtasts.wizard.check;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * Turns probe data into results. Pure functions of what the probes saw; the RFC rules themselves
 * (record and policy grammar, MX matching) come from {@code core}.
 */
final class Judge {
    private Judge() {}

    /** RFC 8461 §3.3: an unreachable policy means no protection, not no mail. */
    /** Slower than this, the policy host is called fragile (a warning, not a failure). */
    static final Duration SLOW_POLICY = Duration.ofSeconds(5);

    /** Senders do not fetch missing intermediates (no AIA chasing in MTAs), so the server must send them. */
    static final String FULL_CHAIN_FIX = "Configure the server to send the full chain: its certificate followed by"
            + " the intermediate certificate(s) (with certbot, fullchain.pem rather than cert.pem).";

    static final String NO_POLICY_CONSEQUENCE = "Until this is fixed, senders that have no cached copy treat the"
            + " domain as having no policy: mail still flows, but without MTA-STS protection.";

    static List<Evidence> dnsEvidence(DnsAnswer a) {
        List<Evidence> ev = new ArrayList<>();
        StringBuilder v = new StringBuilder(a.outcome().meaning());
        if (a.outcome() == DnsOutcome.ANSWER) {
            v = new StringBuilder();
            for (Record r : a.records()) {
                if (v.length() > 0) {
                    v.append("; ");
                }
                v.append(r.rdataToString());
            }
            v.append(" (TTL ").append(a.ttlSeconds()).append(" s)");
        } else if (!a.detail().isEmpty()) {
            v.append(": ").append(a.detail());
        }
        ev.add(Evidence.of(a.question(), v.toString()));
        if (!a.cnameChain().isEmpty()) {
            ev.add(Evidence.of("CNAME chain", a.name() + " -> " + String.join(" -> ", a.cnameChain())));
        }
        if (a.viaTcp()) {
            ev.add(Evidence.of("transport", "the UDP answer was truncated; asked again over TCP"));
        }
        return ev;
    }

    static List<String> addresses(List<DnsAnswer> answers) {
        List<String> out = new ArrayList<>();
        for (DnsAnswer a : answers) {
            for (Record r : a.records()) {
                if (r instanceof ARecord x) {
                    out.add(x.getAddress().getHostAddress());
                } else if (r instanceof AAAARecord x) {
                    out.add(x.getAddress().getHostAddress());
                }
            }
        }
        return out;
    }

    static CheckResult resolver(ResolverSpec spec, List<DnsAnswer> first, Duration timeout) {
        boolean dead = first.stream().allMatch(a -> a.outcome().isTransportFailure());
        List<Evidence> ev = new ArrayList<>();
        ev.add(Evidence.of("resolver", spec));
        for (DnsAnswer a : first) {
            ev.add(Evidence.of(a.question(), a.outcome().meaning() + (a.detail().isEmpty() ? "" : ": " + a.detail())));
        }
        if (dead) {
            DnsAnswer a = first.get(0);
            String why = a.outcome() == DnsOutcome.TIMEOUT
                    ? "no answer within " + timeout.toSeconds() + " s"
                    : a.detail().isEmpty() ? a.outcome().meaning() : a.detail();
            return CheckResult.of(
                    CheckId.RESOLVER,
                    spec.toString(),
                    Status.INCONCLUSIVE,
                    "Could not reach " + DnsClient.describe(spec) + ": " + why + ", so nothing could be checked.",
                    ev,
                    "Check the --resolver address and that this machine can reach it, or use the system resolver.");
        }
        return CheckResult.of(
                CheckId.RESOLVER,
                spec.toString(),
                Status.PASS,
                DnsClient.describe(spec).substring(0, 1).toUpperCase(Locale.ROOT)
                        + DnsClient.describe(spec).substring(1) + " answered.",
                ev,
                "");
    }

    static CheckResult policyHost(String host, List<DnsAnswer> answers) {
        List<Evidence> ev = new ArrayList<>();
        answers.forEach(a -> ev.addAll(dnsEvidence(a)));
        List<String> ips = addresses(answers);
        if (!ips.isEmpty()) {
            return CheckResult.of(
                    CheckId.POLICY_HOST,
                    host,
                    Status.PASS,
                    host + " resolves to " + String.join(", ", ips) + ".",
                    ev,
                    "");
        }
        DnsAnswer a = answers.get(0);
        DnsAnswer aaaa = answers.get(1);
        if (a.outcome().isTransportFailure() || a.outcome() == DnsOutcome.CANCELLED) {
            return CheckResult.of(
                    CheckId.POLICY_HOST,
                    host,
                    Status.INCONCLUSIVE,
                    "The address of " + host + " could not be looked up: "
                            + a.outcome().meaning() + ".",
                    ev,
                    "");
        }
        DnsOutcome worst = a.outcome() == DnsOutcome.NODATA ? aaaa.outcome() : a.outcome();
        String summary = switch (worst) {
            case NXDOMAIN -> host + " does not exist in DNS, so the policy cannot be fetched.";
            case SERVFAIL -> "Looking up " + host + " failed with SERVFAIL, so senders cannot fetch the policy.";
            default -> host + " has no A or AAAA record, so the policy cannot be fetched.";
        };
        return CheckResult.of(
                CheckId.POLICY_HOST,
                host,
                Status.FAIL,
                summary,
                ev,
                "Publish an A/AAAA record (or a CNAME to your web host) for " + host + ". " + NO_POLICY_CONSEQUENCE);
    }

    /**
     * The five policy results from one fetch; {@code syntax} is judged separately from the body. One
     * step per way the fetch ended: each says what it could check and skips what lies behind it.
     */
    static List<CheckResult> policyTransport(String host, PolicyFetch f, boolean hostResolved) {
        List<Evidence> base = new ArrayList<>();
        base.add(Evidence.of("URL", f.url()));
        base.add(Evidence.of("elapsed", f.elapsedMillis() + " ms"));
        return switch (f.outcome()) {
            case CANCELLED -> fetchStopped(host, f, base);
            case HOST_NOT_FOUND -> noPolicyHost(host, f, hostResolved, base);
            case CONNECT_FAILED -> noHttpsConnection(host, f, base);
            case TLS_FAILED -> tlsRefused(host, f, base);
            case TIMEOUT, PROTOCOL_ERROR -> noHttpAnswer(host, f, base);
            default -> {
                List<CheckResult> out = new ArrayList<>();
                out.add(tlsPass(host, f, base));
                out.addAll(response(host, f, base));
                yield out;
            }
        };
    }

    /** cancel() or the deadline stopped the fetch: nothing is known either way. */
    private static List<CheckResult> fetchStopped(String host, PolicyFetch f, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        for (CheckId id :
                List.of(CheckId.POLICY_TLS, CheckId.POLICY_STATUS, CheckId.POLICY_CONTENT_TYPE, CheckId.POLICY_SIZE)) {
            out.add(CheckResult.of(
                    id, host, Status.INCONCLUSIVE, "The policy fetch was stopped: " + f.message() + ".", base, ""));
        }
        return out;
    }

    /** The policy host has no address; {@code policy-host} already fails for it, so these are skipped. */
    private static List<CheckResult> noPolicyHost(
            String host, PolicyFetch f, boolean hostResolved, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        String why = hostResolved ? f.message() : host + " has no address";
        out.add(CheckResult.of(CheckId.POLICY_TLS, host, Status.SKIPPED, "Not checked: " + why + ".", base, ""));
        addSkipped(out, host, "Not checked: there is no policy host to connect to.", base);
        return out;
    }

    /** RFC 8461 §3.3: the policy is fetched over HTTPS only, so no connection means no policy. */
    private static List<CheckResult> noHttpsConnection(String host, PolicyFetch f, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        out.add(CheckResult.of(
                CheckId.POLICY_TLS,
                host,
                Status.FAIL,
                "No HTTPS connection to " + host + ": " + f.message() + ".",
                base,
                "Make the web server for " + host + " listen for HTTPS. " + NO_POLICY_CONSEQUENCE));
        addSkipped(out, host, "Not checked: no HTTPS connection.", base);
        return out;
    }

    /**
     * RFC 8461 §3.3: senders require a valid certificate for the policy host and TLS 1.2 or newer;
     * the fetch aborted as a sender's would, with the certificate as evidence when there was one.
     */
    private static List<CheckResult> tlsRefused(String host, PolicyFetch f, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        CertJudge.Verdict v = f.cert();
        List<Evidence> ev = new ArrayList<>(base);
        if (v != null) {
            ev.addAll(v.leaf().evidence());
        }
        out.add(new CheckResult(
                CheckId.POLICY_TLS,
                host,
                Status.FAIL,
                "HTTPS to " + host + " is not accepted by senders: " + f.message() + ".",
                ev,
                "RFC 8461 §3.3",
                tlsFix(v, host) + " " + NO_POLICY_CONSEQUENCE));
        addSkipped(out, host, "Not checked: the TLS connection was refused by the checker, as a sender would.", base);
        return out;
    }

    /**
     * A timeout or broken HTTP: if TLS was already up with a good certificate, TLS passes and the
     * status fails; otherwise TLS fails and the rest is skipped.
     */
    private static List<CheckResult> noHttpAnswer(String host, PolicyFetch f, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        CertJudge.Verdict v = f.cert();
        if (v == null || v.problem() != CertProblem.NONE) {
            out.add(CheckResult.of(
                    CheckId.POLICY_TLS,
                    host,
                    Status.FAIL,
                    "No TLS session with " + host + ": " + f.message() + ".",
                    base,
                    "Make sure " + host + " answers HTTPS promptly. " + NO_POLICY_CONSEQUENCE));
            addSkipped(out, host, "Not checked: no TLS session.", base);
            return out;
        }
        out.add(tlsPass(host, f, base));
        out.add(CheckResult.of(
                CheckId.POLICY_STATUS,
                host,
                Status.FAIL,
                f.outcome() == PolicyFetch.FetchOutcome.TIMEOUT
                        ? "The policy host accepted the request but sent no complete answer within the timeout."
                        : "The policy host's answer was not valid HTTP: " + f.message() + ".",
                base,
                "Fix the web server so it answers the policy URL at once. " + NO_POLICY_CONSEQUENCE));
        out.add(CheckResult.of(CheckId.POLICY_CONTENT_TYPE, host, Status.SKIPPED, "Not checked: no answer.", base, ""));
        out.add(CheckResult.of(CheckId.POLICY_SIZE, host, Status.SKIPPED, "Not checked: no answer.", base, ""));
        return out;
    }

    private static void addSkipped(List<CheckResult> out, String host, String reason, List<Evidence> base) {
        out.add(CheckResult.of(CheckId.POLICY_STATUS, host, Status.SKIPPED, reason, base, ""));
        out.add(CheckResult.of(CheckId.POLICY_CONTENT_TYPE, host, Status.SKIPPED, reason, base, ""));
        out.add(CheckResult.of(CheckId.POLICY_SIZE, host, Status.SKIPPED, reason, base, ""));
    }

    private static String tlsFix(CertJudge.Verdict v, String host) {
        if (v == null) {
            return "Enable TLS 1.2 or newer on " + host + ".";
        }
        return switch (v.problem()) {
            case EXPIRED, NOT_YET_VALID -> "Renew the certificate of " + host + " and check automatic renewal.";
            case UNTRUSTED -> "Use a certificate from a public CA (e.g. Let's Encrypt) and serve the full chain.";
            case MISSING_INTERMEDIATE -> FULL_CHAIN_FIX;
            case NAME_MISMATCH ->
                "Get a certificate whose subjectAltName includes " + host
                        + " (a hosting platform needs the custom domain added before it issues one).";
            default -> "Fix the TLS setup of " + host + ".";
        };
    }

    private static CheckResult tlsPass(String host, PolicyFetch f, List<Evidence> base) {
        List<Evidence> ev = new ArrayList<>(base);
        ev.add(Evidence.of("TLS", f.tlsVersion() + ", " + f.cipher()));
        CertJudge.Verdict v = f.cert();
        if (v != null) {
            ev.addAll(v.leaf().evidence());
            Duration left = Duration.between(Instant.now(), v.leaf().notAfter());
            if (left.compareTo(CertJudge.EXPIRY_WARNING) < 0) {
                return CheckResult.of(
                        CheckId.POLICY_TLS,
                        host,
                        Status.WARN,
                        "The certificate of " + host + " expires in " + left.toDays() + " days ("
                                + v.leaf().notAfter() + ").",
                        ev,
                        "Renew the certificate now and check that automatic renewal works.");
            }
        }
        return CheckResult.of(
                CheckId.POLICY_TLS,
                host,
                Status.PASS,
                "HTTPS with " + f.tlsVersion() + " and a trusted certificate for " + host + ".",
                ev,
                "");
    }

    /** An HTTP answer: its status, then (for a 200) the content type and the size. */
    private static List<CheckResult> response(String host, PolicyFetch f, List<Evidence> base) {
        List<CheckResult> out = new ArrayList<>();
        List<Evidence> ev = new ArrayList<>(base);
        ev.add(Evidence.of("status", f.status()));
        ev.addAll(f.headers());
        if (f.status() != 200) {
            out.add(notServed(host, f, ev));
            String skip = "Not checked: the policy was not served (HTTP " + f.status() + ").";
            out.add(CheckResult.of(CheckId.POLICY_CONTENT_TYPE, host, Status.SKIPPED, skip, ev, ""));
            out.add(CheckResult.of(CheckId.POLICY_SIZE, host, Status.SKIPPED, skip, ev, ""));
            return out;
        }
        out.add(served(host, f, ev));
        out.add(contentType(host, f));
        out.add(size(host, f));
        return out;
    }

    /** RFC 8461 §3.3: only a 200 counts, and senders do not follow redirects. */
    private static CheckResult notServed(String host, PolicyFetch f, List<Evidence> ev) {
        String summary;
        String fix;
        if (f.status() >= 300 && f.status() < 400) {
            summary = "The policy URL answers " + f.status() + " redirecting to "
                    + (f.location() == null ? "(no Location)" : f.location())
                    + "; senders do not follow redirects.";
            fix = "Serve the policy file directly at " + f.url() + " with status 200. " + NO_POLICY_CONSEQUENCE;
        } else {
            summary = "The policy URL answers HTTP " + f.status() + "; only 200 is accepted.";
            fix = "Put the policy file at /.well-known/mta-sts.txt on " + host
                    + " (static hosts may ignore dot-folders: GitHub Pages needs a .nojekyll file). "
                    + NO_POLICY_CONSEQUENCE;
        }
        return new CheckResult(CheckId.POLICY_STATUS, host, Status.FAIL, summary, ev, "RFC 8461 §3.3", fix);
    }

    /** A 200; a slow one is a warning. */
    private static CheckResult served(String host, PolicyFetch f, List<Evidence> ev) {
        if (f.httpMillis() > SLOW_POLICY.toMillis()) {
            // RFC 8461 §3.3 suggests senders give up after about a minute; seconds already make it fragile.
            return CheckResult.of(
                    CheckId.POLICY_STATUS,
                    host,
                    Status.WARN,
                    "The policy URL answers 200, but took " + f.httpMillis() + " ms; a slow policy host is"
                            + " fragile.",
                    ev,
                    "Serve the policy from a fast, static host.");
        }
        return CheckResult.of(
                CheckId.POLICY_STATUS,
                host,
                Status.PASS,
                "The policy URL answers 200 in " + f.httpMillis() + " ms.",
                ev,
                "");
    }

    /** RFC 8461 §3.3: the media type is text/plain; parameters such as charset are fine. */
    private static CheckResult contentType(String host, PolicyFetch f) {
        String ct = f.contentType();
        String media = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (media.equals("text/plain")) {
            return CheckResult.of(
                    CheckId.POLICY_CONTENT_TYPE,
                    host,
                    Status.PASS,
                    "Served as " + ct + ".",
                    List.of(Evidence.of("Content-Type", ct)),
                    "");
        }
        return CheckResult.of(
                CheckId.POLICY_CONTENT_TYPE,
                host,
                Status.WARN,
                ct == null
                        ? "The policy is served without a Content-Type; many senders reject anything but text/plain."
                        : "The policy is served as " + ct + ", not text/plain; many senders reject it.",
                List.of(Evidence.of("Content-Type", ct == null ? "(none)" : ct)),
                "Serve /.well-known/mta-sts.txt as text/plain (charset=utf-8 is fine).");
    }

    /** RFC 8461 §3.3 suggests senders read at most 64 KiB. */
    private static CheckResult size(String host, PolicyFetch f) {
        if (f.tooLarge()) {
            return CheckResult.of(
                    CheckId.POLICY_SIZE,
                    host,
                    Status.FAIL,
                    "The policy body is larger than 64 KiB; senders stop reading there and reject it.",
                    List.of(Evidence.of("bytes read", PolicyFetcher.MAX_BODY + " and more were coming")),
                    "Serve only the policy file: a few hundred bytes.");
        }
        return CheckResult.of(
                CheckId.POLICY_SIZE,
                host,
                Status.PASS,
                "The policy body is " + f.body().length + " bytes (limit 64 KiB).",
                List.of(Evidence.of("bytes", f.body().length)),
                "");
    }

    static String bodyText(PolicyFetch f) {
        return new String(f.body(), StandardCharsets.UTF_8);
    }

    static boolean isNullMx(DnsAnswer a) {
        // RFC 7505: a single MX with preference 0 and the root as exchange.
        return a.outcome() == DnsOutcome.ANSWER
                && a.records().size() == 1
                && a.records().get(0) instanceof MXRecord mx
                && mx.getTarget().equals(Name.root);
    }

    static List<MxHost> mxHosts(DnsAnswer a) {
        if (isNullMx(a)) {
            return List.of();
        }
        List<MxHost> out = new ArrayList<>();
        for (Record r : a.records()) {
            if (r instanceof MXRecord mx && !mx.getTarget().equals(Name.root)) {
                MxHost h = new MxHost(DnsClient.stripDot(mx.getTarget()), mx.getPriority());
                if (!out.contains(h)) {
                    out.add(h);
                }
            }
        }
        out.sort(Comparator.comparingInt(MxHost::priority).thenComparing(MxHost::host));
        return out;
    }

    /** RFC 7505: a null MX says the domain takes no mail, so there is nothing for MTA-STS to protect. */
    private static CheckResult nullMx(String domain, List<Evidence> ev) {
        return new CheckResult(
                CheckId.MX_RECORDS,
                domain,
                Status.WARN,
                domain + " publishes a null MX (MX 0 .): it receives no mail, so MTA-STS protects nothing here.",
                ev,
                "RFC 7505; RFC 8461 §4",
                "If the domain should receive mail, publish real MX records;"
                        + " otherwise MTA-STS records are not needed.");
    }

    private static CheckResult mxFound(String domain, DnsAnswer a, List<Evidence> ev) {
        List<MxHost> hosts = mxHosts(a);
        return CheckResult.of(
                CheckId.MX_RECORDS,
                domain,
                Status.PASS,
                domain + " has " + hosts.size()
                        + (hosts.size() == 1 ? " MX host: " : " MX hosts: ")
                        + String.join(
                                ", ",
                                hosts.stream()
                                        .map(h -> h.priority() + " " + h.host())
                                        .toList()) + ".",
                ev,
                "");
    }

    static CheckResult mxRecords(String domain, DnsAnswer a) {
        List<Evidence> ev = dnsEvidence(a);
        if (isNullMx(a)) {
            return nullMx(domain, ev);
        }
        return switch (a.outcome()) {
            case ANSWER -> mxFound(domain, a, ev);
            case NODATA ->
                CheckResult.of(
                        CheckId.MX_RECORDS,
                        domain,
                        Status.WARN,
                        domain + " has no MX records; senders fall back to its own address records (RFC 5321 §5.1)"
                                + " and MTA-STS has no MX host to protect.",
                        ev,
                        "Publish MX records for the hosts that receive mail for " + domain + ".");
            case NXDOMAIN ->
                CheckResult.of(
                        CheckId.MX_RECORDS,
                        domain,
                        Status.FAIL,
                        domain + " does not exist in DNS (NXDOMAIN).",
                        ev,
                        "Check the spelling of the domain.");
            case SERVFAIL ->
                CheckResult.of(
                        CheckId.MX_RECORDS,
                        domain,
                        Status.FAIL,
                        "Looking up the MX records of " + domain
                                + " failed with SERVFAIL; senders cannot find the mail servers.",
                        ev,
                        "Check the domain's delegation and DNSSEC signatures (e.g. with a DNSSEC debugger).");
            case REFUSED ->
                CheckResult.of(
                        CheckId.MX_RECORDS,
                        domain,
                        Status.INCONCLUSIVE,
                        "The resolver refused to look up the MX records of " + domain + ".",
                        ev,
                        "Use a resolver that answers this machine's questions.");
            default ->
                CheckResult.of(
                        CheckId.MX_RECORDS,
                        domain,
                        Status.INCONCLUSIVE,
                        "The MX records of " + domain + " could not be looked up: "
                                + a.outcome().meaning() + ".",
                        ev,
                        "");
        };
    }

    /** The per-host pair; {@code onlyConnectFailures} marks a host never reached over TCP. */
    record HostResults(CheckResult starttls, CheckResult cert, boolean onlyConnectFailures) {}

    static HostResults mxHost(String host, List<DnsAnswer> addressAnswers, List<SmtpProbe> probes, int port) {
        List<Evidence> ev = new ArrayList<>();
        addressAnswers.forEach(a -> ev.addAll(dnsEvidence(a)));
        if (probes.isEmpty()) {
            return noAddress(host, addressAnswers, ev);
        }
        for (SmtpProbe p : probes) {
            StringBuilder v = new StringBuilder(p.message());
            if (!p.banner().isEmpty()) {
                v.append(" | greeting: ").append(String.join(" / ", p.banner()));
            }
            ev.add(Evidence.of("SMTP " + p.address(), v.toString()));
        }
        boolean allConnect = probes.stream().allMatch(p -> p.outcome().isConnectFailure());
        return new HostResults(starttls(host, probes, ev, port), mxCert(host, probes), allConnect);
    }

    /**
     * No address to connect to: inconclusive when the lookups themselves failed (or were stopped),
     * a failure when DNS answered that there is none.
     */
    private static HostResults noAddress(String host, List<DnsAnswer> addressAnswers, List<Evidence> ev) {
        boolean transport = addressAnswers.stream()
                        .allMatch(a -> a.outcome().isTransportFailure()
                                || a.outcome() == DnsOutcome.CANCELLED
                                || a.outcome() == DnsOutcome.NODATA)
                && addressAnswers.stream()
                        .anyMatch(a -> a.outcome().isTransportFailure() || a.outcome() == DnsOutcome.CANCELLED);
        CheckResult st = transport
                ? CheckResult.of(
                        CheckId.MX_STARTTLS,
                        host,
                        Status.INCONCLUSIVE,
                        "The addresses of " + host + " could not be looked up.",
                        ev,
                        "")
                : CheckResult.of(
                        CheckId.MX_STARTTLS,
                        host,
                        Status.FAIL,
                        noAddressSummary(host, addressAnswers),
                        ev,
                        "Publish address records for " + host + " or remove it from the MX records.");
        return new HostResults(
                st,
                CheckResult.of(
                        CheckId.MX_CERT,
                        host,
                        Status.SKIPPED,
                        "Not checked: " + host + " has no address to connect to.",
                        ev,
                        ""),
                false);
    }

    /**
     * RFC 8461 §4.2 and RFC 3207: every address must offer STARTTLS and complete TLS; the first
     * address that did not decides the failure. A stopped probe with no failure is inconclusive.
     */
    private static CheckResult starttls(String host, List<SmtpProbe> probes, List<Evidence> ev, int port) {
        boolean cancelled = probes.stream().anyMatch(p -> p.outcome() == SmtpProbe.Outcome.CANCELLED);
        SmtpProbe bad = probes.stream()
                .filter(p -> p.outcome() != SmtpProbe.Outcome.TLS_OK && p.outcome() != SmtpProbe.Outcome.CANCELLED)
                .findFirst()
                .orElse(null);
        if (bad != null) {
            return new CheckResult(
                    CheckId.MX_STARTTLS,
                    host,
                    Status.FAIL,
                    starttlsSummary(host, bad, port),
                    ev,
                    "RFC 8461 §4.2; RFC 3207",
                    starttlsFix(host, bad));
        }
        if (cancelled) {
            return CheckResult.of(
                    CheckId.MX_STARTTLS,
                    host,
                    Status.INCONCLUSIVE,
                    "The STARTTLS test of " + host + " was stopped before it finished.",
                    ev,
                    "");
        }
        SmtpProbe ok = probes.get(0);
        return CheckResult.of(
                CheckId.MX_STARTTLS,
                host,
                Status.PASS,
                host + " offers STARTTLS with " + ok.tlsVersion() + " on " + probes.size()
                        + (probes.size() == 1 ? " address." : " addresses."),
                ev,
                "");
    }

    private static String noAddressSummary(String host, List<DnsAnswer> answers) {
        if (answers.stream().anyMatch(a -> a.outcome() == DnsOutcome.SERVFAIL)) {
            return "Looking up the addresses of MX host " + host
                    + " failed with SERVFAIL; senders cannot connect to it.";
        }
        if (answers.stream().anyMatch(a -> a.outcome() == DnsOutcome.NXDOMAIN)) {
            return "MX host " + host + " does not exist in DNS (NXDOMAIN); senders cannot connect to it.";
        }
        return "MX host " + host + " has no A or AAAA record; senders cannot connect to it.";
    }

    private static String starttlsSummary(String host, SmtpProbe p, int port) {
        return switch (p.outcome()) {
            case CONNECT_REFUSED -> host + " (" + p.address() + ") refused the connection on port " + port + ".";
            case CONNECT_UNREACHABLE -> host + " (" + p.address() + ") could not be reached on port " + port + ".";
            case NO_BANNER -> host + ": " + p.message() + ".";
            case BANNER_REJECTED -> host + " (" + p.address() + "): " + p.message() + ".";
            case EHLO_REJECTED -> host + " (" + p.address() + "): " + p.message() + ".";
            case NO_STARTTLS ->
                host + " (" + p.address() + ") does not offer STARTTLS; senders in enforce mode"
                        + " will not deliver to it.";
            case STARTTLS_REFUSED ->
                host + " (" + p.address() + ") offers STARTTLS but refused it: "
                        + p.message().replaceFirst("^STARTTLS was refused: ", "") + ".";
            case HANDSHAKE_FAILED -> host + " (" + p.address() + "): " + p.message() + ".";
            case TIMEOUT -> host + " (" + p.address() + "): " + p.message() + ".";
            default -> host + " (" + p.address() + "): " + p.message() + ".";
        };
    }

    private static String starttlsFix(String host, SmtpProbe p) {
        return switch (p.outcome()) {
            case NO_STARTTLS, STARTTLS_REFUSED ->
                "Enable STARTTLS on " + host
                        + " with a certificate for its name (e.g. Postfix smtpd_tls_security_level = may and"
                        + " smtpd_tls_chain_files).";
            case HANDSHAKE_FAILED -> "Enable TLS 1.2 or newer with a modern cipher suite on " + host + ".";
            case CONNECT_REFUSED, CONNECT_UNREACHABLE ->
                "Make " + host + " accept connections on port 25 or remove it from the MX records.";
            default -> "Make " + host + " answer SMTP promptly on port 25.";
        };
    }

    static CheckResult mxCert(String host, List<SmtpProbe> probes) {
        List<Evidence> ev = new ArrayList<>();
        CertJudge.Verdict worst = null;
        SmtpProbe worstProbe = null;
        for (SmtpProbe p : probes) {
            if (p.cert() == null) {
                continue;
            }
            if (ev.isEmpty()) {
                ev.addAll(p.cert().leaf().evidence());
            }
            if (p.tlsVersion() != null) {
                ev.add(Evidence.of("TLS " + p.address(), p.tlsVersion() + ", " + p.cipher()));
            }
            if (worst == null
                    || (worst.problem() == CertProblem.NONE && p.cert().problem() != CertProblem.NONE)) {
                worst = p.cert();
                worstProbe = p;
            }
        }
        if (worst == null) {
            return CheckResult.of(
                    CheckId.MX_CERT, host, Status.SKIPPED, "Not checked: no TLS session with " + host + ".", ev, "");
        }
        if (worst.problem() != CertProblem.NONE) {
            return new CheckResult(
                    CheckId.MX_CERT,
                    host,
                    Status.FAIL,
                    host + " (" + worstProbe.address() + "): " + worst.message() + ".",
                    ev,
                    "RFC 8461 §4.2",
                    mxCertFix(host, worst.problem()));
        }
        Duration left = Duration.between(Instant.now(), worst.leaf().notAfter());
        if (left.compareTo(CertJudge.EXPIRY_WARNING) < 0) {
            return CheckResult.of(
                    CheckId.MX_CERT,
                    host,
                    Status.WARN,
                    "The certificate of " + host + " expires in " + left.toDays() + " days ("
                            + worst.leaf().notAfter() + ").",
                    ev,
                    "Renew the certificate now and check that automatic renewal works.");
        }
        return CheckResult.of(
                CheckId.MX_CERT,
                host,
                Status.PASS,
                "The certificate of " + host + " is trusted, unexpired and names the host.",
                ev,
                "");
    }

    private static String mxCertFix(String host, CertProblem problem) {
        return switch (problem) {
            case EXPIRED, NOT_YET_VALID -> "Renew the certificate of " + host + " and check automatic renewal.";
            case MISSING_INTERMEDIATE -> FULL_CHAIN_FIX;
            case UNTRUSTED ->
                "Use a certificate from a public CA for " + host
                        + " and send the full chain; self-signed certificates fail in enforce mode.";
            case NAME_MISMATCH ->
                "Get a certificate whose subjectAltName includes " + host + " (the MX host name, not the domain).";
            default -> "Fix the TLS certificate of " + host + ".";
        };
    }

    /** Port 25 unreachable everywhere says more about this network than about the servers (item 28). */
    static CheckResult portBlocked(String host, CheckResult original, int port) {
        return new CheckResult(
                CheckId.MX_STARTTLS,
                host,
                Status.INCONCLUSIVE,
                "Port " + port + " could not be reached on any MX host from here; many home and office networks"
                        + " block outbound port 25, so this says nothing about " + host + ".",
                original.evidence(),
                original.rule(),
                "Run the check from a machine that can send mail directly (e.g. a server).");
    }
}
