package org.mtasts.wizard.check;

import java.util.List;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The end of one DNS question, after following CNAMEs.
 *
 * @param name       the name asked (no trailing dot)
 * @param type       the dnsjava record type asked ({@code Type.TXT}, ...)
 * @param outcome    how it ended
 * @param records    the records of the asked type at the end of the chain
 * @param cnameChain the CNAME targets followed, in order
 * @param ttlSeconds smallest TTL of {@code records}, or -1
 * @param viaTcp     true when a truncated UDP answer made the client ask again over TCP
 * @param detail     the transport error text for TIMEOUT/UNREACHABLE, else empty
 */
record DnsAnswer(
        String name,
        int type,
        DnsOutcome outcome,
        List<Record> records,
        List<String> cnameChain,
        long ttlSeconds,
        boolean viaTcp,
        String detail) {

    DnsAnswer {
        records = List.copyOf(records);
        cnameChain = List.copyOf(cnameChain);
    }

    static DnsAnswer failed(String name, int type, DnsOutcome outcome, String detail) {
        return new DnsAnswer(name, type, outcome, List.of(), List.of(), -1, false, detail);
    }

    /** The question in the usual notation, e.g. {@code TXT _mta-sts.example.com}. */
    String question() {
        return Type.string(type) + " " + name;
    }
}
