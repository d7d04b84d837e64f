package org.mtasts.wizard.check.propagation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the answers of every authoritative server and of the resolver into one {@link RecordReport}:
 * settles the expected value, names the lagging servers, and says how long the resolver may keep an
 * old or negative answer.
 */
final class Consensus {
    private Consensus() {}

    /** One server's raw answer before judging. */
    record Raw(Authorities.Server server, Asked asked, Long serial) {}

    static RecordReport judge(
            RecordKind kind,
            String name,
            Authorities.Zone zone,
            String expectedGiven,
            Expected.Source givenSource,
            boolean required,
            List<Raw> raws,
            ResolverAnswer resolverRaw) {
        String expected = expectedGiven != null ? expectedGiven : majority(kind, raws);
        Expected.Source source = expectedGiven != null ? givenSource : Expected.Source.MAJORITY;
        List<ServerAnswer> servers = raws.stream()
                .sorted(Comparator.comparing((Raw r) -> r.server().name())
                        .thenComparing(r -> r.server().address()))
                .map(r -> answer(kind, r, expected))
                .toList();
        ResolverAnswer resolver = resolverVersus(resolverRaw, expected);
        RecordState state = state(zone, servers, resolver, expected, expectedGiven != null, required);
        String summary = Summaries.record(kind, name, zone, expected, servers, resolver, state);
        return new RecordReport(kind, name, zone.name(), expected, source, servers, resolver, state, summary);
    }

    /**
     * The value most servers serve; a tie goes to the value of the server with the newest SOA
     * serial (RFC 1982 order), as secondaries catch up with the primary's serial.
     */
    static String majority(RecordKind kind, List<Raw> raws) {
        Map<String, List<Raw>> byValue = new LinkedHashMap<>();
        for (Raw r : raws) {
            String served = r.asked().served(kind);
            if (served != null) {
                byValue.computeIfAbsent(served, k -> new ArrayList<>()).add(r);
            }
        }
        String best = null;
        int bestCount = 0;
        Long bestSerial = null;
        for (Map.Entry<String, List<Raw>> e : byValue.entrySet()) {
            int count = e.getValue().size();
            Long serial = e.getValue().stream()
                    .map(Raw::serial)
                    .filter(s -> s != null)
                    .max(Consensus::compareSerial)
                    .orElse(null);
            boolean newer = serial != null && (bestSerial == null || compareSerial(serial, bestSerial) > 0);
            if (count > bestCount || (count == bestCount && newer)) {
                best = e.getKey();
                bestCount = count;
                bestSerial = serial;
            }
        }
        return best;
    }

    /** Serial number arithmetic, RFC 1982 §3.2: a is newer than b when (a - b) mod 2^32 is in (0, 2^31). */
    static int compareSerial(Long a, Long b) {
        long d = (a - b) & 0xFFFFFFFFL;
        return d == 0 ? 0 : d < 0x80000000L ? 1 : -1;
    }

    private static ServerAnswer answer(RecordKind kind, Raw r, String expected) {
        Asked a = r.asked();
        String served = a.served(kind);
        Boolean matches = served == null || expected == null ? null : served.equals(expected);
        Long serial = r.serial() != null ? r.serial() : a.serial();
        return new ServerAnswer(
                r.server().name(),
                r.server().address(),
                a.kind(),
                a.values(),
                served,
                a.ttl(),
                a.negativeTtl(),
                serial,
                matches,
                Boolean.FALSE.equals(matches),
                a.viaTcp(),
                a.detail());
    }

    private static ResolverAnswer resolverVersus(ResolverAnswer r, String expected) {
        boolean current = r.served() != null && r.served().equals(expected);
        long expires = !current && r.served() != null && r.ttlSeconds() >= 0 ? r.ttlSeconds() : -1;
        return new ResolverAnswer(
                r.resolver(),
                r.kind(),
                r.values(),
                r.served(),
                r.ttlSeconds(),
                current,
                expires,
                r.viaTcp(),
                r.detail());
    }

    private static RecordState state(
            Authorities.Zone zone,
            List<ServerAnswer> servers,
            ResolverAnswer resolver,
            String expected,
            boolean given,
            boolean required) {
        if (zone.problem() != null || expected == null || servers.stream().noneMatch(s -> s.served() != null)) {
            return RecordState.INCONCLUSIVE;
        }
        boolean anyMatch = servers.stream().anyMatch(s -> Boolean.TRUE.equals(s.matches()));
        boolean anyLag = servers.stream().anyMatch(ServerAnswer::lagging);
        if (expected.equals(Asked.ABSENT) && !given) {
            // Nothing is served and nothing was asked for: the record is simply not there.
            return required ? RecordState.NOT_PUBLISHED : RecordState.OPTIONAL_ABSENT;
        }
        if (!anyMatch) {
            return RecordState.NOT_PUBLISHED;
        }
        if (anyLag) {
            return RecordState.PARTIAL;
        }
        if (resolver.current()) {
            return RecordState.LIVE;
        }
        return resolver.served() == null ? RecordState.INCONCLUSIVE : RecordState.WAITING_FOR_CACHE;
    }

    /** The worst record state decides, NOT_PUBLISHED first; optional absent records do not count. */
    static OverallState overall(List<RecordReport> records) {
        List<RecordState> states = records.stream()
                .map(RecordReport::state)
                .filter(s -> s != RecordState.OPTIONAL_ABSENT)
                .toList();
        if (states.contains(RecordState.NOT_PUBLISHED)) {
            return OverallState.NOT_PUBLISHED;
        }
        if (states.contains(RecordState.PARTIAL)) {
            return OverallState.PARTIAL;
        }
        if (states.contains(RecordState.INCONCLUSIVE)) {
            return OverallState.INCONCLUSIVE;
        }
        if (states.contains(RecordState.WAITING_FOR_CACHE)) {
            return OverallState.PUBLISHED_WAITING_FOR_CACHES;
        }
        return OverallState.LIVE_EVERYWHERE;
    }
}
