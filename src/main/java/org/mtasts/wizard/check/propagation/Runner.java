package org.mtasts.wizard.check.propagation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.TlsRptRecord;
import org.xbill.DNS.Name;

/**
 * One propagation check: every record at once, each through zone cut, NS set, addresses, then
 * every address and the resolver in parallel. DNS is asynchronous, so no thread waits; the
 * deadline and {@link #cancel()} complete every pending question with {@code cancelled}.
 */
final class Runner implements PropagationRun {
    private final DomainName domain;
    private final Expected expected;
    private final CheckSettings settings;
    private final PropagationListener listener;
    private final CompletableFuture<String> cancelSignal = new CompletableFuture<>();
    private final Wire wire;
    private final Authorities authorities;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<PropagationReport> report;

    Runner(
            DomainName domain,
            Expected expected,
            CheckSettings settings,
            int nameServerPort,
            PropagationListener listener) {
        this.domain = domain;
        this.expected = expected;
        this.settings = settings;
        this.listener = listener;
        this.wire = new Wire(settings.resolver(), settings.probeTimeout(), ForkJoinPool.commonPool(), cancelSignal);
        this.authorities = new Authorities(wire, nameServerPort);
        List<CompletableFuture<RecordReport>> each =
                List.of(RecordKind.values()).stream().map(this::record).toList();
        this.report = CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(
                        v -> finish(each.stream().map(CompletableFuture::join).toList()));
        CompletableFuture.delayedExecutor(settings.deadline().toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> cancelSignal.complete(
                        "the deadline of " + settings.deadline().toSeconds() + " s passed"));
        report.whenComplete((r, ex) -> cancelSignal.complete("finished"));
    }

    @Override
    public CompletableFuture<PropagationReport> report() {
        return report;
    }

    @Override
    public void cancel() {
        cancelSignal.complete("cancelled");
    }

    private CompletableFuture<RecordReport> record(RecordKind kind) {
        String owner = kind.nameFor(domain);
        Name name = Name.fromConstantString(owner + ".");
        CompletableFuture<ResolverAnswer> resolver = askResolver(kind, name);
        return authorities.zoneOf(name).thenCompose(zone -> {
            List<CompletableFuture<Consensus.Raw>> raws = zone.servers().stream()
                    .map(s -> askServer(kind, name, zone, s))
                    .toList();
            CompletableFuture<Void> all = CompletableFuture.allOf(raws.toArray(CompletableFuture[]::new));
            return all.thenCombine(
                    resolver,
                    (v, res) -> tell(Consensus.judge(
                            kind,
                            owner,
                            zone,
                            expectedFor(kind),
                            expected.source(),
                            kind != RecordKind.TLSRPT_TXT,
                            raws.stream().map(CompletableFuture::join).toList(),
                            res)));
        });
    }

    /** The comparable expected value for {@code kind}, or null to take the majority's. */
    private String expectedFor(RecordKind kind) {
        return switch (kind) {
            case STS_TXT -> expected.stsId() == null ? null : Asked.stsKey(expected.stsId());
            // Read back through core's parser, so the draft's URIs compare as served ones are read.
            case TLSRPT_TXT ->
                expected.ruaUris().isEmpty()
                        ? null
                        : TlsRptRecord.parse(TlsRptRecord.format(expected.ruaUris()))
                                .value()
                                .map(r -> Asked.ruaKey(r.rua()))
                                .orElse(null);
            case POLICY_HOST -> null;
        };
    }

    private CompletableFuture<Consensus.Raw> askServer(
            RecordKind kind, Name name, Authorities.Zone zone, Authorities.Server server) {
        if (server.socket() == null) {
            return CompletableFuture.completedFuture(
                    new Consensus.Raw(server, Asked.failed(AnswerKind.UNREACHABLE, server.problem()), null));
        }
        List<CompletableFuture<Asked>> parts = kind.types().stream()
                .map(t -> wire.askServer(server.socket(), name, t).thenApply(s -> Asked.read(s, name, t, true)))
                .toList();
        CompletableFuture<Long> serial = authorities.serial(zone.name(), server);
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenCombine(
                        serial,
                        (v, sn) -> new Consensus.Raw(
                                server,
                                Asked.merge(parts.stream()
                                        .map(CompletableFuture::join)
                                        .toList()),
                                sn));
    }

    private CompletableFuture<ResolverAnswer> askResolver(RecordKind kind, Name name) {
        List<CompletableFuture<Asked>> parts = kind.types().stream()
                .map(t -> wire.askResolver(name, t).thenApply(s -> Asked.read(s, name, t, false)))
                .toList();
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(v -> {
            Asked a = Asked.merge(parts.stream().map(CompletableFuture::join).toList());
            long ttl = a.kind().isNegative() ? a.negativeTtl() : a.ttl();
            return new ResolverAnswer(
                    settings.resolver().toString(),
                    a.kind(),
                    a.values(),
                    a.served(kind),
                    ttl,
                    false,
                    -1,
                    a.viaTcp(),
                    a.detail());
        });
    }

    /** Hands one record to the listener, serialised; a failing listener does not stop the run. */
    private RecordReport tell(RecordReport r) {
        synchronized (listener) {
            try {
                listener.record(r);
            } catch (RuntimeException e) {
                // the listener's own problem; the report still completes
            }
        }
        return r;
    }

    private PropagationReport finish(List<RecordReport> records) {
        long maxRemaining = records.stream()
                .filter(r -> r.state() != RecordState.OPTIONAL_ABSENT)
                .mapToLong(r -> r.resolver().expiresInSeconds())
                .max()
                .orElse(-1);
        boolean cancelled = cancelSignal.isDone();
        return new PropagationReport(
                domain.ascii(),
                Consensus.overall(records),
                records,
                maxRemaining,
                (System.nanoTime() - startNanos) / 1_000_000,
                cancelled);
    }
}
