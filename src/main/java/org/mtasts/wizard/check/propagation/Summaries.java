package org.mtasts.wizard.check.propagation;

import java.util.List;

/** The one sentence per record: which servers lag, and how long a cached answer can live on. */
final class Summaries {
    private Summaries() {}

    static String record(
            RecordKind kind,
            String name,
            Authorities.Zone zone,
            String expected,
            List<ServerAnswer> servers,
            ResolverAnswer resolver,
            RecordState state) {
        String what = kind.typeLabel() + " " + name;
        long answered = servers.stream().filter(s -> s.served() != null).count();
        return switch (state) {
            case LIVE -> what + ": every authoritative server and the resolver serve " + shown(expected) + ".";
            case WAITING_FOR_CACHE ->
                what + ": every authoritative server serves " + shown(expected)
                        + "; the resolver still holds " + cached(resolver) + " for " + resolver.expiresAbout()
                        + " more. Senders' resolvers cache it alike, up to the same time.";
            case PARTIAL -> {
                List<ServerAnswer> lag =
                        servers.stream().filter(ServerAnswer::lagging).toList();
                long ok = servers.stream()
                        .filter(s -> Boolean.TRUE.equals(s.matches()))
                        .count();
                yield what + ": "
                        + String.join("; ", lag.stream().map(Summaries::lagging).toList())
                        + "; " + ok + " of " + answered + " answering server addresses serve " + shown(expected) + ".";
            }
            case NOT_PUBLISHED ->
                what + ": no authoritative server serves " + (Asked.ABSENT.equals(expected) ? "it" : shown(expected))
                        + " yet.";
            case OPTIONAL_ABSENT -> what + ": not published (optional).";
            case INCONCLUSIVE -> what + ": " + inconclusive(zone, servers, resolver);
        };
    }

    /** {@code ns2.example.com (192.0.2.2, serial 2026120201) still serves id=old}. */
    private static String lagging(ServerAnswer s) {
        String where = s.address().isEmpty() ? "" : s.address();
        if (s.serial() != null) {
            where += (where.isEmpty() ? "" : ", ") + "serial " + s.serial();
        }
        return s.server() + (where.isEmpty() ? "" : " (" + where + ")") + " still serves " + shown(s.served());
    }

    private static String cached(ResolverAnswer r) {
        return r.kind().isNegative() ? "a cached " + r.kind().name() : "the old value " + shown(r.served());
    }

    static String shown(String served) {
        return Asked.ABSENT.equals(served) ? "no record" : served;
    }

    private static String inconclusive(Authorities.Zone zone, List<ServerAnswer> servers, ResolverAnswer resolver) {
        if (zone.problem() != null) {
            return zone.problem() + ".";
        }
        if (servers.stream().noneMatch(s -> s.served() != null)) {
            return "no authoritative server answered (" + servers.size() + " addresses asked).";
        }
        return "the authoritative servers agree, but the resolver " + resolver.resolver() + " gave no answer: "
                + resolver.kind().meaning() + ".";
    }
}
