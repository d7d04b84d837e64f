package org.mtasts.wizard.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PublicationTypos;
import org.xbill.DNS.Type;

/**
 * One check in flight. Every probe starts as soon as what it needs is known: the DNS questions and
 * the policy fetch at once, each MX host's address lookups as soon as the MX answer arrives, and
 * one SMTP session per address as soon as that host's addresses arrive. Blocking probes share a
 * pool of {@link CheckSettings#parallelism()} threads; DNS is asynchronous.
 */
final class Run implements CheckRun {
    /** DNS continuations and timers are light; one shared pool serves every run. */
    static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(Checker.daemonThreads("mta-sts-dns"));

    static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(Checker.daemonThreads("mta-sts-timer"));

    private record Key(CheckId id, String target) {}

    private final DomainName name;
    private final String domain;
    private final String policyHost;
    private final CheckSettings settings;
    private final CheckListener listener;
    private final DnsClient dns;
    private final DnssecValidator dnssec;
    private final String dnssecAnchors;
    private final PolicyFetcher fetcher;
    private final StarttlsProbe starttls;
    private final MxProber prober;
    private final Cancellation cancellation = new Cancellation();
    private final ExecutorService probes;
    private final CompletableFuture<Report> report = new CompletableFuture<>();
    private final Map<Key, CheckResult> results = new LinkedHashMap<>();
    private final Object lock = new Object();
    private volatile List<MxHost> mxHosts = List.of();
    private volatile DnsAnswer stsAnswer;
    private volatile DnsAnswer rptAnswer;
    private volatile Policy livePolicy;
    private volatile boolean finished;
    private volatile boolean cancelled;
    private ScheduledFuture<?> deadlineTask;
    private long t0;

    Run(DomainName name, CheckSettings settings, TrustAnchors trust, DnssecAnchors anchors, CheckListener listener) {
        this(name, settings, trust, anchors, listener, null);
    }

    /** With {@code shared} non-null, MX hosts are probed through it (a bulk check's one-per-host cache). */
    Run(
            DomainName name,
            CheckSettings settings,
            TrustAnchors trust,
            DnssecAnchors anchors,
            CheckListener listener,
            MxProber shared) {
        this.name = name;
        this.domain = name.ascii();
        this.policyHost = name.policyHost();
        this.settings = settings;
        this.listener = listener;
        this.dns = new DnsClient(settings.resolver(), settings.probeTimeout(), CALLBACKS);
        this.dnssec = new DnssecValidator(settings.resolver(), settings.probeTimeout(), anchors, CALLBACKS);
        this.dnssecAnchors = anchors.description();
        this.fetcher = new PolicyFetcher(dns, trust, settings.probeTimeout());
        this.starttls = new StarttlsProbe(trust, settings.probeTimeout(), TIMER, cancellation);
        this.probes = Executors.newFixedThreadPool(settings.parallelism(), Checker.daemonThreads("mta-sts-probe"));
        this.prober = shared != null ? shared : this::probeOwn;
    }

    void begin() {
        t0 = System.nanoTime();
        deadlineTask = TIMER.schedule(
                () -> finish("the overall deadline of " + settings.deadline().toSeconds() + " s passed"),
                settings.deadline().toMillis(),
                TimeUnit.MILLISECONDS);
        CompletableFuture<DnsAnswer> mx = dns.query(domain, Type.MX);
        CompletableFuture<DnsAnswer> sts = dns.query(name.stsRecordName(), Type.TXT);
        CompletableFuture<DnsAnswer> rpt = dns.query(name.tlsRptRecordName(), Type.TXT);
        CompletableFuture<List<DnsAnswer>> host = ResolverDns.addresses(dns, policyHost);
        CompletableFuture<PolicyFetch> fetch =
                CompletableFuture.supplyAsync(() -> fetcher.fetch(name, settings.httpsPort()), probes);
        // Beside MTA-STS: the zone's security, validated from the trust anchors while the rest runs.
        CompletableFuture<CheckResult> zone = validateZone();

        CompletableFuture.allOf(mx, sts, rpt)
                .thenRunAsync(
                        () -> {
                            CheckResult resolver = Judge.resolver(
                                    settings.resolver(),
                                    List.of(mx.join(), sts.join(), rpt.join()),
                                    settings.probeTimeout());
                            emit(resolver);
                            if (resolver.status() == Status.INCONCLUSIVE) {
                                finishUnreachable();
                                return;
                            }
                            afterResolver(mx.join(), sts.join(), rpt.join(), host, fetch, zone);
                        },
                        CALLBACKS)
                .exceptionally(this::internalError);
    }

    /**
     * Everything after a working resolver, as strands that run at once: the two TXT records, the
     * policy host's addresses, the policy fetch and its syntax, the MX hosts' sessions, coverage
     * (which waits for the policy) and, beside MTA-STS, the zone's DNSSEC. The run finishes when
     * all have.
     */
    private void afterResolver(
            DnsAnswer mx,
            DnsAnswer sts,
            DnsAnswer rpt,
            CompletableFuture<List<DnsAnswer>> host,
            CompletableFuture<PolicyFetch> fetch,
            CompletableFuture<CheckResult> zone) {
        stsAnswer = sts;
        rptAnswer = rpt;
        CompletableFuture<Void> stsDone =
                emitTxtRecord(RecordRules.stsRecord(domain, sts), "v=STSv1", name.stsRecordName(), sts);
        CompletableFuture<Void> rptDone =
                emitTxtRecord(RecordRules.tlsrptRecord(domain, rpt), "v=TLSRPTv1", name.tlsRptRecordName(), rpt);
        emit(Judge.mxRecords(domain, mx));

        CompletableFuture<Boolean> hostDone = host.thenCompose(this::emitPolicyHost);
        CompletableFuture<Policy> policy = fetch.thenCombine(hostDone, this::judgePolicy);
        List<MxHost> hosts = announceMxHosts(mx);
        CompletableFuture<Void> mxDone = probeMxHosts(hosts);
        CompletableFuture<Void> coverage = policy.thenAccept(p -> emit(coverage(mx, p, hosts)));
        CompletableFuture<Void> zoneDone = zone.thenAccept(this::emit);

        CompletableFuture.allOf(stsDone, rptDone, hostDone, policy, mxDone, coverage, zoneDone)
                .whenComplete((v, e) -> {
                    if (e != null) {
                        internalError(e);
                    } else {
                        finish(null);
                    }
                });
    }

    /**
     * Emits a TXT record's result; when the record is missing or not valid, first looks where the
     * usual typing mistakes put it (at the domain itself, at the name with the domain typed twice)
     * and whether its value holds quotes, so the result can say exactly what went wrong.
     */
    private CompletableFuture<Void> emitTxtRecord(CheckResult r, String prefix, String recordName, DnsAnswer answer) {
        if (r.status() == Status.PASS || r.status() == Status.INCONCLUSIVE) {
            emit(r);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<DnsAnswer> apex = dns.query(domain, Type.TXT);
        CompletableFuture<DnsAnswer> doubled = dns.query(recordName + "." + domain, Type.TXT);
        return apex.thenCombine(doubled, (ap, db) -> {
            List<PublicationTypos.Typo> typos =
                    PublicationTypos.txt(prefix, recordName, domain, joined(answer), joined(ap), joined(db));
            emit(RecordRules.withTypos(r, typos));
            return null;
        });
    }

    /**
     * Emits the policy host's result; when it has no address, first asks whether the name with
     * the domain typed twice has one. Completes with whether the host resolved.
     */
    private CompletableFuture<Boolean> emitPolicyHost(List<DnsAnswer> answers) {
        CheckResult r = Judge.policyHost(policyHost, answers);
        if (r.status() != Status.FAIL) {
            emit(r);
            return CompletableFuture.completedFuture(r.status() == Status.PASS);
        }
        return ResolverDns.addresses(dns, policyHost + "." + domain).thenApply(doubled -> {
            boolean resolves = !Judge.addresses(doubled).isEmpty();
            emit(RecordRules.withTypos(r, PublicationTypos.policyHost(policyHost, domain, resolves)));
            return false;
        });
    }

    /** Each TXT record of an answer as one string, its character-strings joined as senders read them. */
    private static List<String> joined(DnsAnswer a) {
        if (a == null || a.outcome() != DnsOutcome.ANSWER) {
            return List.of();
        }
        return DnsClient.txtStrings(a).stream().map(l -> String.join("", l)).toList();
    }

    /**
     * The {@code dnssec} row: the domain's SOA and MX as validated (RFC 4035 §4.3); a bogus answer
     * counts only when the resolver passes DNSSEC records at all.
     */
    private CompletableFuture<CheckResult> validateZone() {
        CompletableFuture<DnssecValidator.Validated> soa = dnssec.query(domain, Type.SOA);
        CompletableFuture<DnssecValidator.Validated> mx = dnssec.query(domain, Type.MX);
        return soa.thenCombine(mx, List::of).thenCompose(answers -> {
            boolean bogus = answers.stream().anyMatch(v -> v.security() == DnssecValidator.Security.BOGUS);
            CompletableFuture<Boolean> passes =
                    bogus ? dnssec.resolverPassesDnssec() : CompletableFuture.completedFuture(true);
            return passes.thenApply(ok -> DnssecJudge.dnssec(domain, answers, ok, dnssecAnchors));
        });
    }

    /**
     * The transport results of the fetch, then the syntax of a body that was served (200 and at
     * most 64 KiB, RFC 8461 §3.3); returns the policy senders would use, or null.
     */
    private Policy judgePolicy(PolicyFetch f, boolean hostResolved) {
        Judge.policyTransport(policyHost, f, hostResolved).forEach(this::emit);
        if (f.outcome() == PolicyFetch.FetchOutcome.RESPONSE && f.status() == 200 && !f.tooLarge()) {
            RecordRules.PolicySyntax s = RecordRules.policySyntax(policyHost, f.body());
            emit(s.result());
            livePolicy = s.policy();
            return s.policy();
        }
        String why = f.outcome() == PolicyFetch.FetchOutcome.RESPONSE
                ? (f.tooLarge()
                        ? "Not checked: the policy is larger than 64 KiB."
                        : "Not checked: the policy was not served (HTTP " + f.status() + ").")
                : "Not checked: the policy could not be fetched.";
        emit(CheckResult.of(
                CheckId.POLICY_SYNTAX,
                policyHost,
                f.outcome() == PolicyFetch.FetchOutcome.CANCELLED ? Status.INCONCLUSIVE : Status.SKIPPED,
                why,
                List.of(),
                ""));
        return null;
    }

    /** The MX hosts in priority order, kept for the facts and told to the listener before any probe. */
    private List<MxHost> announceMxHosts(DnsAnswer mx) {
        List<MxHost> hosts = Judge.mxHosts(mx);
        mxHosts = hosts;
        if (!hosts.isEmpty()) {
            try {
                listener.onMxHosts(hosts);
            } catch (RuntimeException e) {
                // a listener must not break the run
            }
        }
        return hosts;
    }

    /**
     * One probe per MX host at once; a host reached over TCP is emitted as soon as it is judged
     * ({@link #probeHost}), the ones only refused or timed out at connect wait for all the others.
     */
    private CompletableFuture<Void> probeMxHosts(List<MxHost> hosts) {
        List<CompletableFuture<Judge.HostResults>> perHost = new ArrayList<>();
        for (MxHost h : hosts) {
            perHost.add(probeHost(h.host()));
        }
        return CompletableFuture.allOf(perHost.toArray(CompletableFuture[]::new))
                .thenRun(() -> emitUnreached(
                        perHost.stream().map(CompletableFuture::join).toList()));
    }

    /**
     * Hosts never reached over TCP: if no host was, port 25 is most likely blocked on this network,
     * so each is inconclusive (its certificate skipped); otherwise the host itself is at fault.
     */
    private void emitUnreached(List<Judge.HostResults> all) {
        boolean blockedEverywhere = !all.isEmpty() && all.stream().allMatch(Judge.HostResults::onlyConnectFailures);
        for (Judge.HostResults r : all) {
            if (!r.onlyConnectFailures()) {
                continue;
            }
            if (blockedEverywhere) {
                emit(Judge.portBlocked(r.starttls().target(), r.starttls(), settings.smtpPort()));
                emit(CheckResult.of(
                        CheckId.MX_CERT,
                        r.cert().target(),
                        Status.SKIPPED,
                        "Not checked: port " + settings.smtpPort() + " could not be reached.",
                        r.cert().evidence(),
                        ""));
            } else {
                // Other MX hosts were reachable, so this network does not block port 25.
                emit(r.starttls());
                emit(r.cert());
            }
        }
    }

    /** RFC 8461 §4.1: every MX host must match a pattern of the policy; skipped when there is nothing to match. */
    private CheckResult coverage(DnsAnswer mx, Policy p, List<MxHost> hosts) {
        if (Judge.isNullMx(mx)) {
            return CheckResult.of(
                    CheckId.MX_COVERAGE,
                    domain,
                    Status.SKIPPED,
                    "Not checked: the domain has a null MX and receives no mail.",
                    List.of(),
                    "");
        }
        if (p == null) {
            return CheckResult.of(
                    CheckId.MX_COVERAGE,
                    domain,
                    Status.SKIPPED,
                    "Not checked: there is no valid policy to compare the MX hosts with.",
                    List.of(),
                    "");
        }
        if (hosts.isEmpty()) {
            return CheckResult.of(
                    CheckId.MX_COVERAGE,
                    domain,
                    Status.SKIPPED,
                    "Not checked: no MX hosts were found.",
                    Judge.dnsEvidence(mx),
                    "");
        }
        return RecordRules.coverage(domain, p, hosts);
    }

    /**
     * One MX host: its STARTTLS sessions judged, and beside them its DANE TLSA records (asked
     * while the sessions run) matched against the chains the sessions saw.
     */
    private CompletableFuture<Judge.HostResults> probeHost(String host) {
        CompletableFuture<DnssecValidator.Validated> tlsa = tlsa(VerifyCommands.daneName(host, settings.smtpPort()));
        return prober.probe(host).thenCombine(tlsa, (p, t) -> {
            Judge.HostResults r = Judge.mxHost(host, p.addresses(), p.sessions(), settings.smtpPort());
            if (!r.onlyConnectFailures()) {
                emit(r.starttls());
                emit(r.cert());
            }
            emit(DaneJudge.mxDane(host, t, p.sessions()));
            return r;
        });
    }

    /**
     * The TLSA records at {@code name}, validated; through a resolver that strips DNSSEC records
     * (every answer then looks bogus) they are asked plainly instead, so that their absence, by
     * far the common case, is still known.
     */
    private CompletableFuture<DnssecValidator.Validated> tlsa(String name) {
        return dnssec.query(name, Type.TLSA).thenCompose(v -> {
            if (v.security() != DnssecValidator.Security.BOGUS) {
                return CompletableFuture.completedFuture(v);
            }
            return dnssec.resolverPassesDnssec()
                    .thenCompose(passes -> passes
                            ? CompletableFuture.completedFuture(v)
                            : dns.query(name, Type.TLSA)
                                    .thenApply(a -> DnssecValidator.unvalidated(
                                            a, "not validated: the resolver does not return DNSSEC records")));
        });
    }

    private CompletableFuture<MxProber.HostProbe> probeOwn(String host) {
        return ResolverDns.addresses(dns, host).thenCompose(answers -> {
            List<InetAddress> ips = ResolverDns.ips(answers);
            List<CompletableFuture<SmtpProbe>> sessions = new ArrayList<>();
            for (InetAddress ip : ips) {
                sessions.add(
                        CompletableFuture.supplyAsync(() -> starttls.probe(host, ip, settings.smtpPort()), probes));
            }
            return CompletableFuture.allOf(sessions.toArray(CompletableFuture[]::new))
                    .thenApply(v -> new MxProber.HostProbe(
                            answers,
                            sessions.stream().map(CompletableFuture::join).toList()));
        });
    }

    private Void internalError(Throwable e) {
        Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        finish("an internal error stopped the check (" + c + ")");
        return null;
    }

    /** Publishes a result once, with the commands that reproduce it; late results after the end are dropped. */
    private void emit(CheckResult result) {
        CheckResult r = result.commands().isEmpty()
                ? result.withCommands(VerifyCommands.forResult(result, name, settings))
                : result;
        synchronized (lock) {
            if (finished) {
                return;
            }
            Key k = new Key(r.id(), r.target());
            if (results.containsKey(k)) {
                return;
            }
            results.put(k, r);
            try {
                listener.onResult(r);
            } catch (RuntimeException e) {
                // a listener must not break the run
            }
        }
    }

    private void finishUnreachable() {
        synchronized (lock) {
            for (CheckId id : Checker.domainLevelIds()) {
                if (id != CheckId.RESOLVER) {
                    emit(CheckResult.of(
                            id,
                            targetOf(id),
                            Status.SKIPPED,
                            "Not checked: the DNS resolver could not be reached.",
                            List.of(),
                            ""));
                }
            }
        }
        finish("the DNS resolver could not be reached");
    }

    private String targetOf(CheckId id) {
        return switch (id) {
            case RESOLVER -> settings.resolver().toString();
            case POLICY_HOST, POLICY_TLS, POLICY_STATUS, POLICY_CONTENT_TYPE, POLICY_SIZE, POLICY_SYNTAX -> policyHost;
            default -> domain;
        };
    }

    /** Ends the run: stops what is still going, fills in what never came, completes the report. */
    private void finish(String reason) {
        List<CheckResult> snapshot;
        synchronized (lock) {
            if (finished) {
                return;
            }
            String why = reason == null ? "the check ended before this step ran" : reason;
            Status missing = reason == null ? Status.SKIPPED : Status.INCONCLUSIVE;
            for (CheckId id : Checker.domainLevelIds()) {
                emit(CheckResult.of(id, targetOf(id), missing, "Not finished: " + why + ".", List.of(), ""));
            }
            for (MxHost h : mxHosts) {
                emit(CheckResult.of(
                        CheckId.MX_STARTTLS, h.host(), missing, "Not finished: " + why + ".", List.of(), ""));
                emit(CheckResult.of(CheckId.MX_CERT, h.host(), missing, "Not finished: " + why + ".", List.of(), ""));
                emit(CheckResult.of(CheckId.MX_DANE, h.host(), missing, "Not finished: " + why + ".", List.of(), ""));
            }
            finished = true;
            snapshot = new ArrayList<>(results.values());
        }
        if (deadlineTask != null) {
            deadlineTask.cancel(false);
        }
        if (reason != null) {
            cancellation.cancel(reason);
            fetcher.cancel();
        }
        if (reason != null) {
            // Queued probes never start; running ones return as their sockets were just closed.
            probes.shutdownNow();
        } else {
            probes.shutdown();
        }
        List<String> order = mxHosts.stream().map(MxHost::host).toList();
        snapshot.sort(Comparator.comparing(CheckResult::id).thenComparingInt(r -> order.indexOf(r.target())));
        Facts facts = Facts.of(stsAnswer, rptAnswer, livePolicy, mxHosts);
        report.complete(Report.of(domain, snapshot, (System.nanoTime() - t0) / 1_000_000, facts));
    }

    @Override
    public CompletableFuture<Report> report() {
        return report;
    }

    @Override
    public void cancel() {
        cancelled = true;
        finish("the check was cancelled");
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
