package org.mtasts.wizard.check.propagation;

import java.util.List;

/**
 * One authoritative server's answer for one record, asked at one of its addresses with RD=0.
 *
 * @param server      the name server's name from the zone's NS set, e.g. {@code ns2.example.com}
 * @param address     the address asked (IPv4 or IPv6), or empty when the name has no address
 * @param kind        how the question ended
 * @param values      the records as served (TXT text, addresses, {@code CNAME target}), sorted
 * @param served      what the answer says in comparable terms ({@code id=...}, {@code rua=...},
 *                    addresses, {@code absent}), or null when the server gave no definitive answer
 * @param ttlSeconds  the TTL of the records served, or -1
 * @param negativeTtlSeconds for NXDOMAIN/NODATA: how long resolvers may cache that (RFC 2308 §5), or -1
 * @param serial      the zone's SOA serial at this server, or null when it did not say
 * @param matches     whether it serves the expected value; null when it gave no definitive answer
 * @param lagging     true when it answered but with something other than the expected value
 * @param viaTcp      true when a truncated UDP answer was asked again over TCP
 * @param detail      why there is no answer (timeout, unreachable, lame), else empty
 */
public record ServerAnswer(
        String server,
        String address,
        AnswerKind kind,
        List<String> values,
        String served,
        long ttlSeconds,
        long negativeTtlSeconds,
        Long serial,
        Boolean matches,
        boolean lagging,
        boolean viaTcp,
        String detail) {

    public ServerAnswer {
        values = List.copyOf(values);
    }

    /** {@code ns2.example.com (192.0.2.2)}. */
    public String label() {
        return address.isEmpty() ? server : server + " (" + address + ")";
    }
}
