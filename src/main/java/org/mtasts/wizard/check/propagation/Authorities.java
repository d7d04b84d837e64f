package org.mtasts.wizard.check.propagation;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Finds who is authoritative for a name, through the configured resolver: the zone cut (walking
 * up for the SOA, RFC 1034 §4.3.2), the zone's NS set, and every IPv4 and IPv6 address of each
 * name server. Memoised per zone and per server within one run.
 */
final class Authorities {
    /** One address of one name server; {@code socket} is null when the name has no address. */
    record Server(String name, String address, InetSocketAddress socket, String problem) {}

    /** The zone and its servers, or why they could not be found ({@code problem}, servers empty). */
    record Zone(String name, List<Server> servers, String problem) {}

    private final Wire wire;
    private final int port;
    private final ConcurrentHashMap<Name, CompletableFuture<Zone>> zones = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, CompletableFuture<Long>> serials = new ConcurrentHashMap<>();

    Authorities(Wire wire, int port) {
        this.wire = wire;
        this.port = port;
    }

    /** The zone holding {@code name} and its servers. Never completes exceptionally. */
    CompletableFuture<Zone> zoneOf(Name name) {
        return cut(name)
                .thenCompose(found -> found.problem() != null
                        ? CompletableFuture.completedFuture(found)
                        : zones.computeIfAbsent(Name.fromConstantString(found.name() + "."), this::servers));
    }

    /**
     * Walks up from {@code name} asking for its SOA. The zone is the name whose SOA comes back in
     * the answer, or the owner of the SOA a negative answer carries in its authority section (RFC
     * 2308 §3, the zone that said "no"). A CNAME at the name says nothing about its own zone (the
     * resolver followed it elsewhere), so the walk goes on at the parent.
     */
    private CompletableFuture<Zone> cut(Name name) {
        return wire.askResolver(name, Type.SOA).thenCompose(sent -> {
            if (sent.failure() != null) {
                return done(new Zone(
                        "",
                        List.of(),
                        "the resolver gave no answer for the SOA of " + name.toString(true) + ": "
                                + sent.failure().meaning() + detail(sent.detail())));
            }
            Message m = sent.message();
            boolean cname = m.getSection(Section.ANSWER).stream()
                    .anyMatch(r -> r instanceof CNAMERecord && r.getName().equals(name));
            if (!cname) {
                for (Record r : m.getSection(Section.ANSWER)) {
                    if (r instanceof SOARecord && r.getName().equals(name)) {
                        return done(new Zone(name.toString(true), List.of(), null));
                    }
                }
                for (Record r : m.getSection(Section.AUTHORITY)) {
                    if (r instanceof SOARecord && name.subdomain(r.getName())) {
                        return done(new Zone(r.getName().toString(true), List.of(), null));
                    }
                }
            }
            if (name.labels() <= 2) {
                return done(new Zone("", List.of(), "no zone holding " + name.toString(true) + " was found"));
            }
            return cut(new Name(name, 1));
        });
    }

    private CompletableFuture<Zone> servers(Name zone) {
        String z = zone.toString(true);
        return wire.askResolver(zone, Type.NS).thenCompose(sent -> {
            if (sent.failure() != null) {
                return done(new Zone(
                        z,
                        List.of(),
                        "the resolver gave no answer for the NS records of " + z + ": "
                                + sent.failure().meaning() + detail(sent.detail())));
            }
            List<Name> ns = sent.message().getSection(Section.ANSWER).stream()
                    .filter(r -> r instanceof NSRecord && r.getName().equals(zone))
                    .map(r -> ((NSRecord) r).getTarget())
                    .distinct()
                    .sorted(Comparator.comparing(n -> n.toString(true)))
                    .toList();
            if (ns.isEmpty()) {
                return done(new Zone(z, List.of(), "the resolver returned no NS records for " + z));
            }
            List<CompletableFuture<List<Server>>> each =
                    ns.stream().map(this::addresses).toList();
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                    .thenApply(v -> {
                        List<Server> all = new ArrayList<>();
                        each.forEach(f -> all.addAll(f.join()));
                        return new Zone(z, all, null);
                    });
        });
    }

    /** Every IPv4 and IPv6 address of one name server; a name without any is one entry saying so. */
    private CompletableFuture<List<Server>> addresses(Name ns) {
        CompletableFuture<Wire.Sent> a = wire.askResolver(ns, Type.A);
        CompletableFuture<Wire.Sent> aaaa = wire.askResolver(ns, Type.AAAA);
        return a.thenCombine(aaaa, (four, six) -> {
            String name = ns.toString(true);
            List<Server> out = new ArrayList<>();
            for (Wire.Sent s : List.of(four, six)) {
                if (s.message() == null) {
                    continue;
                }
                for (Record r : s.message().getSection(Section.ANSWER)) {
                    InetAddress ip = r instanceof ARecord ar
                            ? ar.getAddress()
                            : r instanceof AAAARecord ar6 ? ar6.getAddress() : null;
                    if (ip != null) {
                        out.add(new Server(name, ip.getHostAddress(), new InetSocketAddress(ip, port), null));
                    }
                }
            }
            if (out.isEmpty()) {
                String why = four.failure() != null
                        ? "its address could not be looked up: "
                                + four.failure().meaning()
                        : "it has no address (A/AAAA)";
                out.add(new Server(name, "", null, why));
            }
            return out;
        });
    }

    /** The zone's SOA serial at one server address, or null when it did not say. */
    CompletableFuture<Long> serial(String zone, Server server) {
        if (server.socket() == null) {
            return CompletableFuture.completedFuture(null);
        }
        Name z = Name.fromConstantString(zone + ".");
        return serials.computeIfAbsent(
                zone + "@" + server.address(),
                k -> wire.askServer(server.socket(), z, Type.SOA)
                        .thenApply(sent -> sent.message() == null
                                ? null
                                : sent.message().getSection(Section.ANSWER).stream()
                                        .filter(r -> r instanceof SOARecord
                                                && r.getName().equals(z))
                                        .map(r -> ((SOARecord) r).getSerial())
                                        .findFirst()
                                        .orElse(null)));
    }

    private static String detail(String d) {
        return d == null || d.isEmpty() ? "" : " (" + d + ")";
    }

    private static <T> CompletableFuture<T> done(T v) {
        return CompletableFuture.completedFuture(v);
    }
}
