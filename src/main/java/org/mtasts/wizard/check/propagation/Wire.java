package org.mtasts.wizard.check.propagation;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.mtasts.wizard.check.DnsTransport;
import org.mtasts.wizard.check.ResolverSpec;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;

/**
 * Sends one question and returns the raw response, or why there is none, as a value. Two ways: to
 * an authoritative server's address with RD=0 (it must answer from its own data, RFC 1034 §4.3.1),
 * and to the configured resolver with RD=1. UDP first; a truncated answer is asked again over TCP
 * (RFC 7766 §5). A cancelled run completes every pending question at once with {@code CANCELLED}.
 */
final class Wire {
    /** The response, or the failure with its detail. */
    record Sent(Message message, boolean viaTcp, AnswerKind failure, String detail) {
        static Sent failed(AnswerKind kind, String detail) {
            return new Sent(null, false, kind, detail);
        }
    }

    private final Duration timeout;
    private final Executor executor;
    private final CompletableFuture<Sent> cancelled;
    private final List<DnsTransport.Pair> resolverTransports;

    Wire(ResolverSpec resolver, Duration timeout, Executor executor, CompletableFuture<String> cancelSignal) {
        this.timeout = timeout;
        this.executor = executor;
        this.cancelled = cancelSignal.thenApply(why -> Sent.failed(AnswerKind.CANCELLED, why));
        this.resolverTransports = DnsTransport.forSpec(resolver, timeout);
    }

    /** Asks an authoritative server directly, without recursion. */
    CompletableFuture<Sent> askServer(InetSocketAddress server, Name name, int type) {
        Message q = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        q.getHeader().unsetFlag(Flags.RD);
        return cancellable(send(DnsTransport.server(server, timeout), q));
    }

    /** Asks the configured resolver (recursion desired), trying its servers in turn. */
    CompletableFuture<Sent> askResolver(Name name, int type) {
        Message q = Message.newQuery(Record.newRecord(name, type, DClass.IN));
        return cancellable(sendFrom(q, 0));
    }

    private CompletableFuture<Sent> cancellable(CompletableFuture<Sent> f) {
        return f.applyToEither(cancelled, s -> s);
    }

    private CompletableFuture<Sent> sendFrom(Message q, int index) {
        return send(resolverTransports.get(index), q).thenCompose(s -> {
            if (s.failure() != null && s.failure() != AnswerKind.CANCELLED && index + 1 < resolverTransports.size()) {
                return sendFrom(q, index + 1);
            }
            return CompletableFuture.completedFuture(s);
        });
    }

    private CompletableFuture<Sent> send(DnsTransport.Pair t, Message q) {
        return via(t.udp(), q)
                .thenCompose(m -> {
                    if (t.tcp() != null && m.getHeader().getFlag(Flags.TC)) {
                        return via(t.tcp(), q).thenApply(tm -> new Sent(tm, true, null, ""));
                    }
                    return CompletableFuture.completedFuture(new Sent(m, false, null, ""));
                })
                .exceptionally(ex -> {
                    Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                    return Sent.failed(
                            DnsTransport.isTimeout(cause) ? AnswerKind.TIMEOUT : AnswerKind.UNREACHABLE,
                            DnsTransport.describe(cause));
                });
    }

    /** A resolver that throws instead of failing its future (an unusable address) fails the future. */
    private CompletableFuture<Message> via(Resolver r, Message q) {
        try {
            return r.sendAsync(q, executor).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
