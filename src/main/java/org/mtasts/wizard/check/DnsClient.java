package org.mtasts.wizard.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;

/**
 * Asks one resolver questions, uncached, and turns the answers into {@link DnsAnswer}s whose
 * outcomes keep NXDOMAIN, NODATA, SERVFAIL, timeouts and unreachable resolvers apart.
 *
 * <p>Answers are memoised per client: one check run asks each question once even when several
 * probes need it (the policy fetch's {@code okhttp3.Dns} and the policy-host check share one A
 * lookup). Create one client per run so every run sees fresh data.
 */
final class DnsClient {
    /** RFC 1034 gives no limit; resolvers commonly stop at 8 to 16 hops. Loops end here too. */
    static final int MAX_CNAME_HOPS = 10;

    private final ResolverSpec spec;
    private final Duration timeout;
    private final Executor executor;
    private final List<DnsTransport.Pair> transports;
    private final ConcurrentHashMap<String, CompletableFuture<DnsAnswer>> memo = new ConcurrentHashMap<>();

    DnsClient(ResolverSpec spec, Duration timeout, Executor executor) {
        this.spec = spec;
        this.timeout = timeout;
        this.executor = executor;
        this.transports = DnsTransport.forSpec(spec, timeout);
    }

    ResolverSpec spec() {
        return spec;
    }

    /** Asks {@code type} at {@code name} (follows CNAMEs). Never completes exceptionally. */
    CompletableFuture<DnsAnswer> query(String name, int type) {
        String key = name.toLowerCase(Locale.ROOT) + "/" + type;
        return memo.computeIfAbsent(key, k -> resolve(name, type, new ArrayList<>(), 0, false));
    }

    private CompletableFuture<DnsAnswer> resolve(
            String original, int type, List<String> chain, int hops, boolean viaTcpSoFar) {
        String current = chain.isEmpty() ? original : chain.get(chain.size() - 1);
        Name qname;
        try {
            qname = Name.fromString(current.endsWith(".") ? current : current + ".");
        } catch (TextParseException e) {
            return CompletableFuture.completedFuture(
                    DnsAnswer.failed(original, type, DnsOutcome.NXDOMAIN, "not a valid DNS name: " + e.getMessage()));
        }
        Message query = Message.newQuery(Record.newRecord(qname, type, DClass.IN));
        return send(query, 0).thenCompose(sent -> {
            if (sent.error != null) {
                return CompletableFuture.completedFuture(DnsAnswer.failed(original, type, sent.error, sent.detail));
            }
            return answered(original, type, chain, hops, qname, sent.message, viaTcpSoFar || sent.viaTcp);
        });
    }

    /**
     * Reads one response to {@code qname}: the records of the type, following the CNAME chain inside
     * the answer (a recursive resolver puts the CNAMEs before the target's records); a chain that
     * leaves the answer is asked again for its target; otherwise the RCODE says why there is none.
     */
    private CompletableFuture<DnsAnswer> answered(
            String original, int type, List<String> chain, int hops, Name qname, Message response, boolean viaTcp) {
        int rcode = response.getRcode();
        Name cur = qname;
        List<Record> answers = response.getSection(Section.ANSWER);
        for (int guard = 0; guard <= MAX_CNAME_HOPS; guard++) {
            final Name at = cur;
            List<Record> matching = answers.stream()
                    .filter(r -> r.getName().equals(at) && r.getType() == type)
                    .toList();
            if (!matching.isEmpty()) {
                long ttl = matching.stream().mapToLong(Record::getTTL).min().orElse(-1);
                return CompletableFuture.completedFuture(
                        new DnsAnswer(original, type, DnsOutcome.ANSWER, matching, chain, ttl, viaTcp, ""));
            }
            Record cname = answers.stream()
                    .filter(r -> r.getName().equals(at) && r instanceof CNAMERecord)
                    .findFirst()
                    .orElse(null);
            if (cname == null) {
                break;
            }
            cur = ((CNAMERecord) cname).getTarget();
            chain.add(stripDot(cur));
            if (chain.size() > MAX_CNAME_HOPS) {
                return CompletableFuture.completedFuture(new DnsAnswer(
                        original,
                        type,
                        DnsOutcome.SERVFAIL,
                        List.of(),
                        chain,
                        -1,
                        viaTcp,
                        "CNAME chain longer than " + MAX_CNAME_HOPS + " (a loop?)"));
            }
        }
        if (rcode == Rcode.NOERROR && !cur.equals(qname) && hops < MAX_CNAME_HOPS) {
            // The chain leaves the answer (an authoritative server answers only for its zone): ask for the target.
            return resolve(original, type, chain, hops + 1, viaTcp);
        }
        DnsOutcome outcome = switch (rcode) {
            case Rcode.NOERROR -> DnsOutcome.NODATA;
            case Rcode.NXDOMAIN -> DnsOutcome.NXDOMAIN;
            case Rcode.SERVFAIL -> DnsOutcome.SERVFAIL;
            default -> DnsOutcome.REFUSED;
        };
        String detail = outcome == DnsOutcome.REFUSED ? "RCODE " + Rcode.string(rcode) : "";
        return CompletableFuture.completedFuture(
                new DnsAnswer(original, type, outcome, List.of(), chain, -1, viaTcp, detail));
    }

    private record Sent(Message message, boolean viaTcp, DnsOutcome error, String detail) {}

    /** Sends to each configured server in turn until one answers; a truncated UDP answer is asked again over TCP. */
    private CompletableFuture<Sent> send(Message query, int index) {
        DnsTransport.Pair t = transports.get(index);
        return sendVia(t.udp(), query)
                .thenCompose(m -> {
                    if (t.tcp() != null && m.getHeader().getFlag(Flags.TC)) {
                        return sendVia(t.tcp(), query).thenApply(tm -> new Sent(tm, true, null, ""));
                    }
                    return CompletableFuture.completedFuture(new Sent(m, false, null, ""));
                })
                .handle((sent, ex) -> {
                    if (ex == null) {
                        return CompletableFuture.completedFuture(sent);
                    }
                    Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                    DnsOutcome outcome = DnsTransport.isTimeout(cause) ? DnsOutcome.TIMEOUT : DnsOutcome.UNREACHABLE;
                    if (index + 1 < transports.size()) {
                        return send(query, index + 1);
                    }
                    return CompletableFuture.completedFuture(
                            new Sent(null, false, outcome, DnsTransport.describe(cause)));
                })
                .thenCompose(f -> f);
    }

    /** A resolver that throws instead of failing its future (an unresolvable address) fails the future. */
    private CompletableFuture<Message> sendVia(Resolver r, Message query) {
        try {
            return r.sendAsync(query, executor).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static String stripDot(Name n) {
        String s = n.toString(true);
        return s.toLowerCase(Locale.ROOT);
    }

    /** For messages: "the resolver 127.0.0.1:53" or "the system resolver". */
    static String describe(ResolverSpec spec) {
        return spec instanceof ResolverSpec.System ? "the system resolver" : "the resolver " + spec;
    }

    /** Each TXT record's character-strings joined with no separator (RFC 8461 section 3.1, RFC 8460 section 3). */
    static List<String> joinedTxt(DnsAnswer answer) {
        List<String> out = new ArrayList<>();
        for (Record r : answer.records()) {
            if (r instanceof TXTRecord t) {
                out.add(String.join("", t.getStrings()));
            }
        }
        return out;
    }

    /** Each TXT record as its list of character-strings, as published. */
    static List<List<String>> txtStrings(DnsAnswer answer) {
        List<List<String>> out = new ArrayList<>();
        for (Record r : answer.records()) {
            if (r instanceof TXTRecord t) {
                out.add(List.copyOf(t.getStrings()));
            }
        }
        return out;
    }
}
