package org.mtasts.wizard.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mtasts.wizard.core.DomainName;
import org.xbill.DNS.Type;

/**
 * The live check: turns a domain and {@link CheckSettings} into a {@link Report}, probing DNS, the
 * policy host and every address of every MX host concurrently, each under the probe timeout and
 * all under the overall deadline. Never prints.
 *
 * <pre>{@code
 * Checker checker = Checker.create(CheckSettings.defaults());
 * CheckRun run = checker.start("example.com", result -> show(result));
 * Report report = run.await();          // or run.report().thenAccept(...)
 * }</pre>
 *
 * <p>A checker holds only settings and trust anchors: reuse it for many runs, from any thread.
 */
public final class Checker {
    private final CheckSettings settings;
    private final TrustAnchors trust;
    private final DnssecAnchors dnssecAnchors;

    private Checker(CheckSettings settings, TrustAnchors trust, DnssecAnchors dnssecAnchors) {
        this.settings = settings;
        this.trust = trust;
        this.dnssecAnchors = dnssecAnchors;
    }

    /**
     * Prepares a checker; reads the CA file now so a bad path is reported before anything starts.
     *
     * @throws InvalidSettingsException when the CA file is missing, unreadable or not PEM, the trust
     *         anchor file is missing or holds no DS or DNSKEY record, or the resolver's host name
     *         does not resolve
     */
    public static Checker create(CheckSettings settings) throws InvalidSettingsException {
        if (settings.resolver() instanceof ResolverSpec.Server s) {
            // The resolver's own name is the one lookup that cannot go through it: ask the system once, now.
            try {
                InetAddress.getByName(s.host());
            } catch (UnknownHostException e) {
                throw new InvalidSettingsException("the resolver host '" + s.host() + "' cannot be resolved");
            }
        }
        return new Checker(
                settings, TrustAnchors.load(settings.caFile()), DnssecAnchors.load(settings.trustAnchorFile()));
    }

    public CheckSettings settings() {
        return settings;
    }

    /**
     * Normalises what a user typed into the domain to check (A-labels, lower case, no trailing dot).
     * A URL or e-mail address is reduced to its domain, as the wizard does.
     *
     * @throws InvalidSettingsException with a one-line message when it is not a usable domain
     */
    public static DomainName domain(String input) throws InvalidSettingsException {
        DomainName.DomainInput in = DomainName.parse(input);
        if (in instanceof DomainName.Valid v) {
            return v.name();
        }
        throw new InvalidSettingsException(((DomainName.Invalid) in).message());
    }

    /**
     * Starts a check in the background. Results reach {@code listener} as they complete.
     *
     * @throws InvalidSettingsException when {@code domain} is not a usable domain name
     */
    public CheckRun start(String domain, CheckListener listener) throws InvalidSettingsException {
        return start(domain(domain), listener);
    }

    /** Starts a check of an already normalised domain. */
    public CheckRun start(DomainName domain, CheckListener listener) {
        Run run = new Run(domain, settings, trust, dnssecAnchors, listener == null ? CheckListener.none() : listener);
        run.begin();
        return run;
    }

    /** Starts a run; a bulk check passes its shared MX prober. */
    Run newRun(DomainName domain, CheckListener listener, MxProber shared) {
        Run run = new Run(domain, settings, trust, dnssecAnchors, listener, shared);
        run.begin();
        return run;
    }

    TrustAnchors trust() {
        return trust;
    }

    /** Runs a check and waits for its report (at most the overall deadline). */
    public Report run(String domain) throws InvalidSettingsException, InterruptedException {
        return start(domain, CheckListener.none()).await();
    }

    /**
     * Looks at what is live without judging it: MX hosts (null MX detected), the two TXT records
     * and the policy text, all asked at once. Completes within the overall deadline at the latest
     * (normally within one probe timeout); never completes exceptionally.
     *
     * @throws InvalidSettingsException when {@code domain} is not a usable domain name
     */
    public CompletableFuture<Discovery> discover(String domain) throws InvalidSettingsException {
        return discover(domain(domain));
    }

    /** Discovery of an already normalised domain; its record names and policy host come from it. */
    public CompletableFuture<Discovery> discover(DomainName d) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newCachedThreadPool(daemonThreads("mta-sts-discover"));
        DnsClient dns = new DnsClient(settings.resolver(), settings.probeTimeout(), pool);
        CompletableFuture<DnsAnswer> mx = dns.query(d.ascii(), Type.MX);
        CompletableFuture<DnsAnswer> sts = dns.query(d.stsRecordName(), Type.TXT);
        CompletableFuture<DnsAnswer> rpt = dns.query(d.tlsRptRecordName(), Type.TXT);
        PolicyFetcher fetcher = new PolicyFetcher(dns, trust, settings.probeTimeout());
        CompletableFuture<PolicyFetch> fetch =
                CompletableFuture.supplyAsync(() -> fetcher.fetch(d, settings.httpsPort()), pool);
        // The overall deadline bounds discovery too: what has not answered by then is reported as cancelled.
        return CompletableFuture.allOf(mx, sts, rpt, fetch)
                .completeOnTimeout(null, settings.deadline().toMillis(), TimeUnit.MILLISECONDS)
                .handle((v, e) -> {
                    fetcher.cancel();
                    pool.shutdown();
                    DnsAnswer m = mx.getNow(DnsAnswer.failed(d.ascii(), Type.MX, DnsOutcome.CANCELLED, "deadline"));
                    PolicyFetch f = fetch.getNow(null);
                    if (f == null) {
                        f = fetchNotFinished(d);
                    }
                    DnsAnswer noSts = DnsAnswer.failed(d.stsRecordName(), Type.TXT, DnsOutcome.CANCELLED, "deadline");
                    DnsAnswer noRpt =
                            DnsAnswer.failed(d.tlsRptRecordName(), Type.TXT, DnsOutcome.CANCELLED, "deadline");
                    return new Discovery(
                            d.ascii(),
                            m.outcome(),
                            Judge.mxHosts(m),
                            Judge.isNullMx(m),
                            txt(sts.getNow(noSts)),
                            txt(rpt.getNow(noRpt)),
                            servedPolicy(f) ? new String(f.body(), StandardCharsets.UTF_8) : null,
                            policyNote(f),
                            (System.nanoTime() - t0) / 1_000_000);
                });
    }

    /** What discovery reports for a fetch the deadline cut off. */
    private PolicyFetch fetchNotFinished(DomainName d) {
        return new PolicyFetch(
                PolicyFetcher.url(d, settings.httpsPort()),
                PolicyFetch.FetchOutcome.CANCELLED,
                "the policy fetch did not finish before the deadline",
                -1,
                null,
                null,
                new byte[0],
                false,
                null,
                null,
                null,
                List.of(),
                0,
                0);
    }

    /** A policy body senders would read: a 200 of at most 64 KiB (RFC 8461 §3.3). */
    private static boolean servedPolicy(PolicyFetch f) {
        return f.outcome() == PolicyFetch.FetchOutcome.RESPONSE && f.status() == 200 && !f.tooLarge();
    }

    /** Why there is no policy text, in one sentence; empty when there is. */
    private static String policyNote(PolicyFetch f) {
        if (servedPolicy(f)) {
            return "";
        }
        if (f.outcome() == PolicyFetch.FetchOutcome.RESPONSE) {
            return f.tooLarge()
                    ? "The policy is larger than 64 KiB."
                    : "The policy URL answered HTTP " + f.status() + ".";
        }
        return RecordRules.sentence(f.message());
    }

    private static TxtLookup txt(DnsAnswer a) {
        String msg = a.outcome() == DnsOutcome.ANSWER
                ? a.records().size() + " TXT record(s)"
                : a.outcome().meaning();
        return new TxtLookup(a.name(), a.outcome(), DnsClient.joinedTxt(a), a.cnameChain(), a.ttlSeconds(), msg);
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static List<CheckId> domainLevelIds() {
        return List.of(
                CheckId.RESOLVER,
                CheckId.STS_RECORD,
                CheckId.POLICY_HOST,
                CheckId.POLICY_TLS,
                CheckId.POLICY_STATUS,
                CheckId.POLICY_CONTENT_TYPE,
                CheckId.POLICY_SIZE,
                CheckId.POLICY_SYNTAX,
                CheckId.MX_RECORDS,
                CheckId.MX_COVERAGE,
                CheckId.TLSRPT_RECORD,
                CheckId.DNSSEC);
    }
}
