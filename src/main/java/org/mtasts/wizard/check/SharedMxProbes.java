package org.mtasts.wizard.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The MX probes of a bulk check: each MX host's addresses are looked up and each address gets one
 * STARTTLS session per bulk run, however many domains name the host; every domain judges the same
 * sessions (and reports them as its own results). Sessions with one address are limited by a
 * {@link HostLimiter}. Cancelling closes every open session; the per-domain runs never close
 * these sockets, since another domain may still be waiting for them.
 */
final class SharedMxProbes implements MxProber {
    private final CheckSettings settings;
    private final DnsClient dns;
    private final StarttlsProbe starttls;
    private final Cancellation cancellation = new Cancellation();
    private final ExecutorService pool;
    private final HostLimiter limiter;
    private final ConcurrentHashMap<String, CompletableFuture<HostProbe>> byHost = new ConcurrentHashMap<>();
    private final AtomicInteger sessions = new AtomicInteger();

    SharedMxProbes(CheckSettings settings, TrustAnchors trust, int perHostLimit) {
        this.settings = settings;
        this.pool = Executors.newCachedThreadPool(Checker.daemonThreads("mta-sts-bulk-smtp"));
        this.dns = new DnsClient(settings.resolver(), settings.probeTimeout(), Run.CALLBACKS);
        this.starttls = new StarttlsProbe(trust, settings.probeTimeout(), Run.TIMER, cancellation);
        this.limiter = new HostLimiter(perHostLimit, pool);
    }

    @Override
    public CompletableFuture<HostProbe> probe(String host) {
        return byHost.computeIfAbsent(host, this::start);
    }

    private CompletableFuture<HostProbe> start(String host) {
        int port = settings.smtpPort();
        return ResolverDns.addresses(dns, host).thenCompose(answers -> {
            List<CompletableFuture<SmtpProbe>> each = new ArrayList<>();
            for (InetAddress ip : ResolverDns.ips(answers)) {
                sessions.incrementAndGet();
                // Refused only after cancel(): the cancelled probe then returns at once, its socket closed.
                each.add(limiter.submit(
                        ip.getHostAddress(),
                        () -> starttls.probe(host, ip, port),
                        () -> starttls.probe(host, ip, port)));
            }
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                    .thenApply(v -> new HostProbe(
                            answers, each.stream().map(CompletableFuture::join).toList()));
        });
    }

    /** MX hosts asked for so far. */
    int hosts() {
        return byHost.size();
    }

    /** STARTTLS sessions started so far (one per address of each host). */
    int sessions() {
        return sessions.get();
    }

    /** Closes every open session; what is queued returns at once as cancelled. */
    void cancel(String why) {
        cancellation.cancel(why);
        pool.shutdownNow();
    }

    /** Lets the pool's threads end once the last session returns. */
    void close() {
        pool.shutdown();
    }
}
