package org.mtasts.wizard.check.propagation;

import java.util.List;

/**
 * One record at every authoritative server and at the resolver.
 *
 * @param kind           which record
 * @param name           its owner name, e.g. {@code _mta-sts.example.com}
 * @param zone           the zone holding it (found by walking up for the SOA), or empty when not found
 * @param expected       the expected value in comparable form ({@code id=...}, {@code rua=...},
 *                       addresses, {@code absent}), or null when nothing could be settled
 * @param expectedSource where {@code expected} came from
 * @param servers        each authoritative server address's answer, by server name then address
 * @param resolver       the configured resolver's answer
 * @param state          where the record stands
 * @param summary        one sentence saying so, naming lagging servers and the cache expiry
 */
public record RecordReport(
        RecordKind kind,
        String name,
        String zone,
        String expected,
        Expected.Source expectedSource,
        List<ServerAnswer> servers,
        ResolverAnswer resolver,
        RecordState state,
        String summary) {

    public RecordReport {
        servers = List.copyOf(servers);
    }

    /** The servers that answered with something other than the expected value. */
    public List<ServerAnswer> lagging() {
        return servers.stream().filter(ServerAnswer::lagging).toList();
    }
}
