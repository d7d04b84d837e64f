package org.mtasts.wizard.check;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.DohResolver;
import org.xbill.DNS.ExtendedFlags;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/**
 * Asks questions through dnsjava's {@link ValidatingResolver} and says whether each answer is
 * secure, insecure or bogus (RFC 4033 §5, RFC 4035 §4.3). The validator asks the check's resolver
 * with the CD bit set, so a validating resolver hands over even bogus data and the check itself
 * finds out why it is bogus; it fetches the DS and DNSKEY records of the chain from the trust
 * anchors down itself. One validator per run (its key cache is the run's); answers are memoised
 * like {@link DnsClient}'s.
 */
final class DnssecValidator {
    /** The security of one answer. */
    enum Security {
        /** A chain of signatures from a trust anchor proves the answer (the validator set AD). */
        SECURE,
        /** Provably unsigned: the zone, or a parent, has no DS (or no anchor covers it). */
        INSECURE,
        /** Signed, but the signatures do not verify: validating resolvers answer SERVFAIL. */
        BOGUS,
        /** No judgement: the resolver failed, timed out or could not be reached. */
        UNKNOWN
    }

    /**
     * One validated answer.
     *
     * @param name     the name asked (no trailing dot)
     * @param type     the record type asked
     * @param security how the validator judged the answer
     * @param outcome  ANSWER, NXDOMAIN or NODATA as validated; a transport outcome when UNKNOWN
     * @param records  the records of the asked type in the answer
     * @param reason   the validator's reason (why bogus, or why insecure), or the transport error;
     *                 empty when it gave none
     */
    record Validated(
            String name, int type, Security security, DnsOutcome outcome, List<Record> records, String reason) {
        Validated {
            records = List.copyOf(records);
            reason = reason == null ? "" : reason;
        }

        String question() {
            return Type.string(type) + " " + name;
        }
    }

    /**
     * A plain (unvalidated) answer as a validated one of unknown security: what the resolver
     * says when it cannot take part in validation.
     */
    static Validated unvalidated(DnsAnswer a, String reason) {
        return new Validated(a.name(), a.type(), Security.UNKNOWN, a.outcome(), a.records(), reason);
    }

    /** The validator's own SERVFAIL for data it could not classify is a resolver failure, not a bad signature. */
    private static final String UNCLASSIFIED = "Response subtype is";

    private final ValidatingResolver resolver;
    private final Resolver upstream;
    private final DnssecAnchors anchors;
    private final Executor executor;
    private volatile CompletableFuture<Boolean> passesDnssec;
    private final ConcurrentHashMap<String, CompletableFuture<Validated>> memo = new ConcurrentHashMap<>();

    DnssecValidator(ResolverSpec spec, Duration timeout, DnssecAnchors anchors, Executor executor) {
        this.resolver = new ValidatingResolver(upstream(spec, timeout));
        this.resolver.setTimeout(timeout);
        this.upstream = upstream(spec, timeout);
        this.upstream.setEDNS(0, 0, ExtendedFlags.DO);
        this.upstream.setIgnoreTruncation(false);
        this.anchors = anchors;
        this.executor = executor;
        try {
            resolver.loadTrustAnchors(anchors.open());
        } catch (IOException e) {
            // DnssecAnchors parsed the same bytes already.
            throw new IllegalStateException("trust anchors that parsed once failed to load", e);
        }
    }

    /**
     * The resolver the validator sends its questions to: the check's resolver, or the first of the
     * system's. Truncated answers (signed answers often are) are asked again over TCP.
     */
    private static Resolver upstream(ResolverSpec spec, Duration timeout) {
        Resolver r;
        if (spec instanceof ResolverSpec.Server s) {
            r = new SimpleResolver(new InetSocketAddress(s.host(), s.port()));
        } else if (spec instanceof ResolverSpec.DnsOverHttps d) {
            r = new DohResolver(d.url().toString());
        } else {
            ResolverConfig.refresh();
            List<InetSocketAddress> servers = ResolverConfig.getCurrentConfig().servers();
            r = new SimpleResolver(servers.isEmpty() ? new InetSocketAddress("127.0.0.1", 53) : servers.get(0));
        }
        r.setTimeout(timeout);
        r.setIgnoreTruncation(false);
        return r;
    }

    /** Asks {@code type} at {@code name} and validates the answer. Never completes exceptionally. */
    CompletableFuture<Validated> query(String name, int type) {
        String key = name.toLowerCase(Locale.ROOT) + "/" + type;
        return memo.computeIfAbsent(key, k -> ask(name, type));
    }

    /**
     * Whether the resolver hands over DNSSEC records at all: the DNSKEY set of the first trust
     * anchor, with its RRSIG, asked with DO and CD (RFC 4035 §3.2.1, §3.2.2). Many home routers
     * and some forwarders strip them; through such a resolver every signed answer looks bogus, so
     * a bogus judgement is only trusted when this holds.
     */
    CompletableFuture<Boolean> resolverPassesDnssec() {
        CompletableFuture<Boolean> f = passesDnssec;
        if (f != null) {
            return f;
        }
        Message q = Message.newQuery(Record.newRecord(anchors.firstOwner(), Type.DNSKEY, DClass.IN));
        q.getHeader().setFlag(Flags.CD);
        try {
            f = upstream.sendAsync(q, executor)
                    .toCompletableFuture()
                    .handle((m, ex) -> ex == null
                            && m.getSection(Section.ANSWER).stream().anyMatch(r -> r.getType() == Type.DNSKEY)
                            && m.getSection(Section.ANSWER).stream().anyMatch(r -> r.getType() == Type.RRSIG));
        } catch (RuntimeException e) {
            f = CompletableFuture.completedFuture(false);
        }
        passesDnssec = f;
        return f;
    }

    private CompletableFuture<Validated> ask(String name, int type) {
        Name qname;
        try {
            qname = Name.fromString(name.endsWith(".") ? name : name + ".");
        } catch (TextParseException e) {
            return CompletableFuture.completedFuture(new Validated(
                    name, type, Security.UNKNOWN, DnsOutcome.NXDOMAIN, List.of(), "not a valid DNS name"));
        }
        Message query = Message.newQuery(Record.newRecord(qname, type, DClass.IN));
        CompletableFuture<Message> sent;
        try {
            sent = resolver.sendAsync(query, executor).toCompletableFuture();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.handle((m, ex) -> ex == null ? judge(name, type, m) : failed(name, type, ex));
    }

    private static Validated judge(String name, int type, Message m) {
        String reason = reason(m);
        int rcode = m.getHeader().getRcode();
        if (rcode == Rcode.SERVFAIL || rcode == Rcode.REFUSED) {
            boolean bogus = rcode == Rcode.SERVFAIL && !reason.isEmpty() && !reason.startsWith(UNCLASSIFIED);
            return new Validated(
                    name,
                    type,
                    bogus ? Security.BOGUS : Security.UNKNOWN,
                    rcode == Rcode.SERVFAIL ? DnsOutcome.SERVFAIL : DnsOutcome.REFUSED,
                    List.of(),
                    bogus ? reason : "the resolver answered " + Rcode.string(rcode));
        }
        List<Record> records = new ArrayList<>();
        for (Record r : m.getSection(Section.ANSWER)) {
            if (r.getType() == type) {
                records.add(r);
            }
        }
        DnsOutcome outcome = rcode == Rcode.NXDOMAIN
                ? DnsOutcome.NXDOMAIN
                : records.isEmpty() ? DnsOutcome.NODATA : DnsOutcome.ANSWER;
        Security security = m.getHeader().getFlag(Flags.AD) ? Security.SECURE : Security.INSECURE;
        return new Validated(name, type, security, outcome, records, reason);
    }

    /** The validator's reason travels as a TXT record of class 65280 in the additional section. */
    private static String reason(Message m) {
        for (Record r : m.getSection(Section.ADDITIONAL)) {
            if (r instanceof TXTRecord t && r.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS) {
                return String.join("", t.getStrings());
            }
        }
        return "";
    }

    private static Validated failed(String name, int type, Throwable ex) {
        Throwable c = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
        boolean timeout = false;
        for (Throwable t = c; t != null; t = t.getCause()) {
            timeout |= t instanceof SocketTimeoutException || t instanceof TimeoutException;
        }
        String m = c.getMessage() == null || c.getMessage().isBlank()
                ? c.getClass().getSimpleName()
                : c.getMessage();
        return new Validated(
                name,
                type,
                Security.UNKNOWN,
                timeout ? DnsOutcome.TIMEOUT : DnsOutcome.UNREACHABLE,
                List.of(),
                timeout ? "no answer within the timeout" : m);
    }
}
