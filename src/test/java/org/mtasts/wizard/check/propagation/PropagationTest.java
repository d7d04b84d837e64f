package org.mtasts.wizard.check.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.fixtures.DnsFixture;

/**
 * Two authoritative servers of {@code propagation.test} on 127.0.0.2 and 127.0.0.3 (one port), and
 * a "resolver" on 127.0.0.1 that hands out what a cache would: old records with their remaining
 * TTL, or a cached NXDOMAIN with its SOA.
 */
class PropagationTest {
    private static final String ZONE = "propagation.test";
    private static final String STS = "_mta-sts." + ZONE;
    private static final String TLSRPT = "_smtp._tls." + ZONE;
    private static final String HOST = "mta-sts." + ZONE;
    private static final String RUA = "mailto:tls@propagation.test";
    private static final Expected DRAFT = new Expected("new1", List.of(RUA), Expected.Source.DRAFT);

    private DnsFixture ns1;
    private DnsFixture ns2;
    private DnsFixture resolver;

    @BeforeEach
    void start() throws Exception {
        List<DnsFixture> servers = DnsFixture.startOnOnePort("127.0.0.2", "127.0.0.3");
        ns1 = servers.get(0);
        ns2 = servers.get(1);
        resolver = new DnsFixture().start();
    }

    @AfterEach
    void stop() {
        ns1.close();
        ns2.close();
        resolver.close();
    }

    /** The zone's apex, NS set and name server addresses, as every copy and the resolver have them. */
    private static DnsFixture apex(DnsFixture f, long serial, String... extraNs) {
        f.soa(ZONE, serial, 300).ns(ZONE, "ns1." + ZONE).ns(ZONE, "ns2." + ZONE);
        f.a("ns1." + ZONE, "127.0.0.2").a("ns2." + ZONE, "127.0.0.3");
        for (String ns : extraNs) {
            f.ns(ZONE, ns);
        }
        return f;
    }

    private static DnsFixture newCopy(DnsFixture f) {
        return apex(f, 2026120202)
                .txt(STS, "v=STSv1; id=new1;")
                .txt(TLSRPT, "v=TLSRPTv1; rua=" + RUA)
                .a(HOST, "127.0.1.1");
    }

    private static DnsFixture oldCopy(DnsFixture f) {
        return apex(f, 2026120201).txt(STS, "v=STSv1; id=old1;").a(HOST, "127.0.1.1");
    }

    private PropagationReport run(Expected expected) throws Exception {
        return runWith(expected, Duration.ofSeconds(3));
    }

    private PropagationReport runWith(Expected expected, Duration timeout) throws Exception {
        CheckSettings settings = CheckSettings.defaults()
                .withResolver(ResolverSpec.parse(resolver.address()))
                .withProbeTimeoutAndDerivedDeadline(timeout);
        return Propagation.start(DomainName.of(ZONE), expected, settings, ns1.port(), PropagationListener.none())
                .report()
                .get(30, TimeUnit.SECONDS);
    }

    private static RecordReport record(PropagationReport r, RecordKind kind) {
        return r.records().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    }

    private static ServerAnswer at(RecordReport r, String address) {
        return r.servers().stream()
                .filter(s -> s.address().equals(address))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void laggingServerIsNamedWithItsOldSerialAndValue() throws Exception {
        newCopy(ns1);
        oldCopy(ns2);
        newCopy(resolver);

        PropagationReport report = run(DRAFT);

        assertEquals(OverallState.PARTIAL, report.state());
        RecordReport sts = record(report, RecordKind.STS_TXT);
        assertEquals(RecordState.PARTIAL, sts.state());
        assertEquals(ZONE, sts.zone());
        assertEquals("id=new1", sts.expected());
        ServerAnswer lag = sts.lagging().get(0);
        assertEquals(1, sts.lagging().size());
        assertEquals("ns2.propagation.test", lag.server());
        assertEquals("127.0.0.3", lag.address());
        assertEquals("id=old1", lag.served());
        assertEquals(2026120201L, lag.serial());
        ServerAnswer good = at(sts, "127.0.0.2");
        assertEquals(Boolean.TRUE, good.matches());
        assertEquals(2026120202L, good.serial());
        assertTrue(
                sts.summary()
                        .contains(
                                "ns2.propagation.test (127.0.0.3, serial 2026120201) still serves id=old1; 1 of 2 answering"),
                sts.summary());
        // The TLSRPT record is missing from the old copy: NXDOMAIN there is lagging too.
        RecordReport tlsrpt = record(report, RecordKind.TLSRPT_TXT);
        assertEquals(AnswerKind.NXDOMAIN, at(tlsrpt, "127.0.0.3").kind());
        assertTrue(at(tlsrpt, "127.0.0.3").lagging());
        assertEquals(List.of("ns2.propagation.test (127.0.0.3)"), report.laggingServers());
        assertEquals(RecordState.LIVE, record(report, RecordKind.POLICY_HOST).state());
    }

    @Test
    void authoritativeServersAreAskedWithoutRecursionDesired() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        newCopy(resolver);

        PropagationReport report = run(DRAFT);

        assertEquals(OverallState.LIVE_EVERYWHERE, report.state(), report.toString());
        assertEquals(-1, report.maxRemainingSeconds());
        assertEquals(0, ns1.recursionDesiredQueries(), ns1.log().toString());
        assertEquals(0, ns2.recursionDesiredQueries(), ns2.log().toString());
        assertTrue(resolver.recursionDesiredQueries() > 0);
        assertTrue(
                ns1.log().contains("UDP TXT _mta-sts.propagation.test."),
                ns1.log().toString());
        assertTrue(
                ns1.log().contains("UDP AAAA mta-sts.propagation.test."),
                ns1.log().toString());
    }

    @Test
    void resolverStillCachingTheOldValueSaysWhenItExpires() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        // The resolver's cache: the old record with 120 s left.
        apex(resolver, 2026120201).a(HOST, "127.0.1.1").txt(TLSRPT, "v=TLSRPTv1; rua=" + RUA);
        resolver.ttl(120).txt(STS, "v=STSv1; id=old1;");

        PropagationReport report = run(DRAFT);

        assertEquals(OverallState.PUBLISHED_WAITING_FOR_CACHES, report.state());
        RecordReport sts = record(report, RecordKind.STS_TXT);
        assertEquals(RecordState.WAITING_FOR_CACHE, sts.state());
        assertTrue(sts.lagging().isEmpty());
        assertEquals("id=old1", sts.resolver().served());
        assertFalse(sts.resolver().current());
        assertEquals(120, sts.resolver().expiresInSeconds());
        assertEquals("about 2 min", sts.resolver().expiresAbout());
        assertEquals(120, report.maxRemainingSeconds());
        assertTrue(sts.summary().contains("the old value id=old1 for about 2 min more"), sts.summary());
        assertEquals(
                Duration.ofSeconds(121), Propagation.recheckAfter(report, 0).orElseThrow());
    }

    @Test
    void cachedNxdomainExpiresAfterTheSoaMinimum() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        // A cached NXDOMAIN for _smtp._tls: the SOA comes with TTL 240 and MINIMUM 90, so it lives 90 s.
        resolver.ttl(240).soa(ZONE, 2026120201, 90).ttl(300);
        resolver.ns(ZONE, "ns1." + ZONE).ns(ZONE, "ns2." + ZONE);
        resolver.a("ns1." + ZONE, "127.0.0.2").a("ns2." + ZONE, "127.0.0.3");
        resolver.txt(STS, "v=STSv1; id=new1;").a(HOST, "127.0.1.1");

        PropagationReport report = run(DRAFT);

        RecordReport tlsrpt = record(report, RecordKind.TLSRPT_TXT);
        assertEquals(RecordState.WAITING_FOR_CACHE, tlsrpt.state());
        assertEquals(AnswerKind.NXDOMAIN, tlsrpt.resolver().kind());
        assertEquals(90, tlsrpt.resolver().ttlSeconds());
        assertEquals(90, tlsrpt.resolver().expiresInSeconds());
        assertTrue(tlsrpt.summary().contains("a cached NXDOMAIN for about 2 min more"), tlsrpt.summary());
        assertTrue(tlsrpt.summary().contains("Senders' resolvers cache it alike"), tlsrpt.summary());
        assertEquals(OverallState.PUBLISHED_WAITING_FOR_CACHES, report.state());
    }

    @Test
    void negativeCacheTimeIsTheSoaTtlWhenThatIsSmallerThanItsMinimum() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        // RFC 2308 §5: min(SOA TTL, MINIMUM); here the SOA's own TTL (45 s left in the cache) is smaller.
        resolver.ttl(45).soa(ZONE, 2026120201, 900).ttl(300);
        resolver.ns(ZONE, "ns1." + ZONE).ns(ZONE, "ns2." + ZONE);
        resolver.a("ns1." + ZONE, "127.0.0.2").a("ns2." + ZONE, "127.0.0.3");
        resolver.txt(STS, "v=STSv1; id=new1;").txt("x." + TLSRPT, "unrelated").a(HOST, "127.0.1.1");

        RecordReport tlsrpt = record(run(DRAFT), RecordKind.TLSRPT_TXT);

        // _smtp._tls exists as an empty non-terminal in this cache: NODATA, cached alike.
        assertEquals(AnswerKind.NODATA, tlsrpt.resolver().kind());
        assertEquals(45, tlsrpt.resolver().expiresInSeconds());
    }

    @Test
    void truncatedAnswerFromAnAuthoritativeServerIsAskedAgainOverTcp() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        newCopy(resolver);
        String pad = "x".repeat(250);
        // Unrelated TXT records at the same name make ns1's answer too big for UDP (1280 octets with EDNS).
        ns1.txt(STS, pad, pad, pad, pad, pad, pad);

        PropagationReport report = run(DRAFT);

        ServerAnswer big = at(record(report, RecordKind.STS_TXT), "127.0.0.2");
        assertTrue(big.viaTcp());
        assertEquals(AnswerKind.VALUE, big.kind());
        assertEquals("id=new1", big.served());
        assertEquals(2, big.values().size());
        assertTrue(ns1.tcpQueries() >= 1);
        assertFalse(at(record(report, RecordKind.STS_TXT), "127.0.0.3").viaTcp());
    }

    @Test
    void unreachableNameServerIsReportedNotThrown() throws Exception {
        // ns3 is in the NS set but nothing answers at its address.
        for (DnsFixture f : List.of(ns1, ns2, resolver)) {
            newCopy(f).ns(ZONE, "ns3." + ZONE).a("ns3." + ZONE, "127.0.0.9");
        }

        long t0 = System.nanoTime();
        PropagationReport report = runWith(DRAFT, Duration.ofSeconds(1));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        RecordReport sts = record(report, RecordKind.STS_TXT);
        ServerAnswer down = at(sts, "127.0.0.9");
        assertEquals("ns3.propagation.test", down.server());
        assertTrue(down.kind() == AnswerKind.UNREACHABLE || down.kind() == AnswerKind.TIMEOUT, down.toString());
        assertNull(down.matches());
        assertFalse(down.lagging());
        assertEquals(3, sts.servers().size());
        // The two servers that answered agree with the draft and the resolver: nothing lags.
        assertEquals(RecordState.LIVE, sts.state());
        assertTrue(ms < 10_000, ms + " ms");
    }

    @Test
    void nameServerWithoutAnAddressIsReportedAsSuch() throws Exception {
        newCopy(ns1).ns(ZONE, "ns9.nowhere.test");
        newCopy(ns2).ns(ZONE, "ns9.nowhere.test");
        newCopy(resolver).ns(ZONE, "ns9.nowhere.test");

        RecordReport sts = record(run(DRAFT), RecordKind.STS_TXT);

        ServerAnswer none = sts.servers().stream()
                .filter(s -> s.server().equals("ns9.nowhere.test"))
                .findFirst()
                .orElseThrow();
        assertEquals("", none.address());
        assertEquals(AnswerKind.UNREACHABLE, none.kind());
        assertTrue(
                none.detail().contains("could not be looked up")
                        || none.detail().contains("no address"),
                none.detail());
    }

    @Test
    void withoutDraftTheNewestSerialBreaksATieBetweenTwoServers() throws Exception {
        newCopy(ns1);
        oldCopy(ns2);
        newCopy(resolver);

        PropagationReport report = run(Expected.NONE);

        RecordReport sts = record(report, RecordKind.STS_TXT);
        assertEquals(Expected.Source.MAJORITY, sts.expectedSource());
        assertEquals("id=new1", sts.expected());
        assertEquals("127.0.0.3", sts.lagging().get(0).address());
        assertEquals(OverallState.PARTIAL, report.state());
    }

    @Test
    void withoutDraftAMissingTlsrptRecordIsOptional() throws Exception {
        oldCopy(ns1);
        oldCopy(ns2);
        oldCopy(resolver);

        PropagationReport report = run(Expected.NONE);

        assertEquals(
                RecordState.OPTIONAL_ABSENT,
                record(report, RecordKind.TLSRPT_TXT).state());
        assertEquals(RecordState.LIVE, record(report, RecordKind.STS_TXT).state());
        assertEquals(OverallState.LIVE_EVERYWHERE, report.state());
        assertTrue(Propagation.recheckAfter(report, 3).isEmpty());
    }

    @Test
    void recordOnNoServerIsNotPublished() throws Exception {
        oldCopy(ns1);
        oldCopy(ns2);
        oldCopy(resolver);

        PropagationReport report = run(DRAFT);

        RecordReport sts = record(report, RecordKind.STS_TXT);
        assertEquals(RecordState.NOT_PUBLISHED, sts.state());
        assertEquals(2, sts.lagging().size());
        assertEquals(OverallState.NOT_PUBLISHED, report.state());
        assertEquals(Duration.ofSeconds(60), Propagation.recheckAfter(report, 2).orElseThrow());
    }

    @Test
    void cancelEndsTheRunAtOnceWithEveryMissingAnswerCancelled() throws Exception {
        newCopy(ns1);
        newCopy(ns2);
        newCopy(resolver).delay(Duration.ofSeconds(8));
        CheckSettings settings = CheckSettings.defaults()
                .withResolver(ResolverSpec.parse(resolver.address()))
                .withProbeTimeoutAndDerivedDeadline(Duration.ofSeconds(10));
        List<RecordReport> seen = new CopyOnWriteArrayList<>();
        PropagationRun run = Propagation.start(DomainName.of(ZONE), DRAFT, settings, ns1.port(), seen::add);

        Thread.sleep(200);
        long t0 = System.nanoTime();
        run.cancel();
        PropagationReport report = run.report().get(2, TimeUnit.SECONDS);

        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertTrue(report.cancelled());
        assertEquals(OverallState.INCONCLUSIVE, report.state());
        assertEquals(3, seen.size());
        assertTrue(
                record(report, RecordKind.STS_TXT).summary().contains("cancelled"),
                record(report, RecordKind.STS_TXT).summary());
    }

    @Test
    void serialComparisonWrapsAroundPerRfc1982() {
        assertEquals(1, Consensus.compareSerial(1L, 4294967295L));
        assertEquals(-1, Consensus.compareSerial(4294967295L, 1L));
        assertEquals(1, Consensus.compareSerial(2026120202L, 2026120201L));
        assertEquals(0, Consensus.compareSerial(7L, 7L));
    }
}
