package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.fixtures.DnsFixture;
import org.mtasts.wizard.fixtures.JsonKeys;

class PropagationCommandTest {
    private static final String ZONE = "propagation.test";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private DnsFixture ns1;
    private DnsFixture ns2;
    private DnsFixture resolver;

    @BeforeEach
    void start() throws Exception {
        List<DnsFixture> servers = DnsFixture.startOnOnePort("127.0.0.2", "127.0.0.3");
        ns1 = zone(servers.get(0), 2026120202, "new1");
        ns2 = zone(servers.get(1), 2026120201, "old1");
        resolver = zone(new DnsFixture().start(), 2026120201, null);
        // The resolver's cache still holds the old id for 200 s.
        resolver.ttl(200).txt("_mta-sts." + ZONE, "v=STSv1; id=old1;");
    }

    @AfterEach
    void stop() {
        ns1.close();
        ns2.close();
        resolver.close();
    }

    private static DnsFixture zone(DnsFixture f, long serial, String id) {
        f.soa(ZONE, serial, 300).ns(ZONE, "ns1." + ZONE).ns(ZONE, "ns2." + ZONE);
        f.a("ns1." + ZONE, "127.0.0.2").a("ns2." + ZONE, "127.0.0.3").a("mta-sts." + ZONE, "127.0.1.1");
        if (id != null) {
            f.txt("_mta-sts." + ZONE, "v=STSv1; id=" + id + ";");
        }
        return f;
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "propagation",
                ZONE,
                "--resolver",
                resolver.address(),
                "--ns-port",
                String.valueOf(ns1.port()),
                "--timeout",
                "3"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void jsonNamesTheLaggingServerAndTheResolversExpiry() throws Exception {
        assertEquals(Cli.FINDINGS, run("--json", "--expect-id", "new1"), err.toString());

        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonKeys.assertSnakeCase(root);
        assertEquals("partial", root.get("state").asText());
        assertEquals(
                "ns2.propagation.test (127.0.0.3)",
                root.get("lagging_servers").get(0).asText());
        JsonNode sts = root.get("records").get(0);
        assertEquals("sts-record", sts.get("record").asText());
        assertEquals("id=new1", sts.get("expected").asText());
        assertEquals("given", sts.get("expected_source").asText());
        JsonNode lagging = sts.get("servers").get(1);
        assertEquals("127.0.0.3", lagging.get("address").asText());
        assertTrue(lagging.get("lagging").asBoolean());
        assertEquals(2026120201L, lagging.get("serial").asLong());
        JsonNode res = sts.get("resolver");
        assertEquals("id=old1", res.get("served").asText());
        assertEquals(200, res.get("expires_in_seconds").asLong());
        assertEquals("about 4 min", res.get("expires_about").asText());
        assertEquals(200, root.get("max_remaining_seconds").asLong());
    }

    @Test
    void textShowsEveryServerAndTheCachedOldValue() {
        assertEquals(Cli.FINDINGS, run("--expect-id", "new1"), err.toString());

        String text = out.toString();
        assertTrue(
                text.startsWith("propagation.test: partly published; lagging: ns2.propagation.test (127.0.0.3)"), text);
        assertTrue(text.contains("ns1.propagation.test  127.0.0.2  serial 2026120202  id=new1  ok"), text);
        assertTrue(text.contains("ns2.propagation.test  127.0.0.3  serial 2026120201  id=old1  LAGGING"), text);
        assertTrue(text.contains("id=old1  ttl 200 s  old value, expires in about 4 min"), text);
    }

    @Test
    void badExpectedIdIsOneClearLine() {
        assertEquals(Cli.USAGE, run("--expect-id", "not-an-id!"));
        assertTrue(err.toString().startsWith("error: --expect-id: 'not-an-id!' is not a policy id"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void badDomainIsOneClearLine() {
        assertEquals(
                Cli.USAGE,
                Cli.run(
                        new String[] {"propagation", "exa mple"},
                        new PrintWriter(out, true),
                        new PrintWriter(err, true)));
        assertTrue(err.toString().startsWith("error: 'exa mple' is not a domain name"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void unreachableResolverSettlesNothing() throws Exception {
        resolver.close();
        assertEquals(PropagationCommand.NOTHING_SETTLED, run(), out + err.toString());
        assertTrue(out.toString().startsWith("propagation.test: inconclusive"), out.toString());
    }
}
