package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.DnsFixture;
import org.xbill.DNS.Type;

class DnsClientTest {
    private DnsFixture dns;
    private DnsClient client;

    @BeforeEach
    void start() throws Exception {
        dns = new DnsFixture().start();
        client = new DnsClient(
                new ResolverSpec.Server("127.0.0.1", dns.port()), Duration.ofSeconds(2), ForkJoinPool.commonPool());
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    private DnsAnswer ask(String name, int type) {
        return client.query(name, type).join();
    }

    @Test
    void multiStringTxtIsJoinedWithoutSeparator() {
        dns.txt("_mta-sts.example.test", "v=STSv1; ", "id=2026", "1128");
        DnsAnswer a = ask("_mta-sts.example.test", Type.TXT);
        assertEquals(DnsOutcome.ANSWER, a.outcome());
        assertEquals(List.of("v=STSv1; id=20261128"), DnsClient.joinedTxt(a));
        assertEquals(300, a.ttlSeconds());
    }

    @Test
    void cnameChainIsFollowedAndReported() {
        dns.cname("_mta-sts.example.test", "sts.hoster.test")
                .cname("sts.hoster.test", "sts2.hoster.test")
                .txt("sts2.hoster.test", "v=STSv1; id=1");
        DnsAnswer a = ask("_mta-sts.example.test", Type.TXT);
        assertEquals(DnsOutcome.ANSWER, a.outcome());
        assertEquals(List.of("sts.hoster.test", "sts2.hoster.test"), a.cnameChain());
        assertEquals(List.of("v=STSv1; id=1"), DnsClient.joinedTxt(a));
    }

    @Test
    void truncatedUdpAnswerIsAskedAgainOverTcp() {
        String chunk = "x".repeat(250);
        dns.txt("big.example.test", chunk, chunk, chunk, chunk, chunk, chunk, chunk, chunk);
        DnsAnswer a = ask("big.example.test", Type.TXT);
        assertEquals(DnsOutcome.ANSWER, a.outcome());
        assertTrue(a.viaTcp(), "answer should have come over TCP");
        assertEquals(2000, DnsClient.joinedTxt(a).get(0).length());
        assertTrue(dns.log().contains("TCP TXT big.example.test."), dns.log().toString());
    }

    @Test
    void servfailNxdomainAndNodataAreDistinct() {
        dns.a("mx.example.test", "127.0.0.1").servfail("broken.example.test");
        assertEquals(DnsOutcome.SERVFAIL, ask("broken.example.test", Type.TXT).outcome());
        assertEquals(DnsOutcome.NXDOMAIN, ask("missing.example.test", Type.TXT).outcome());
        assertEquals(DnsOutcome.NODATA, ask("mx.example.test", Type.TXT).outcome());
        // An empty non-terminal exists: NODATA, not NXDOMAIN.
        dns.txt("_smtp._tls.example.test", "v=TLSRPTv1; rua=mailto:r@example.test");
        assertEquals(DnsOutcome.NODATA, ask("_tls.example.test", Type.TXT).outcome());
    }

    @Test
    void silentServerIsATimeout() {
        dns.silent("slow.example.test");
        client = new DnsClient(
                new ResolverSpec.Server("127.0.0.1", dns.port()), Duration.ofMillis(300), ForkJoinPool.commonPool());
        DnsAnswer a = ask("slow.example.test", Type.A);
        assertEquals(DnsOutcome.TIMEOUT, a.outcome());
    }

    @Test
    void closedPortIsUnreachableOrTimeoutButNeverAnAnswer() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
        }
        DnsClient c = new DnsClient(
                new ResolverSpec.Server("127.0.0.1", port), Duration.ofMillis(500), ForkJoinPool.commonPool());
        long t0 = System.nanoTime();
        DnsAnswer a = c.query("example.test", Type.MX).join();
        assertTrue(a.outcome().isTransportFailure(), a.toString());
        assertTrue(System.nanoTime() - t0 < 3_000_000_000L);
    }

    @Test
    void answersAreMemoisedPerClient() {
        dns.a("mta-sts.example.test", "127.0.0.1");
        ask("mta-sts.example.test", Type.A);
        ask("mta-sts.example.test", Type.A);
        assertEquals(
                1,
                dns.log().stream()
                        .filter(l -> l.contains("mta-sts.example.test"))
                        .count());
    }
}
