package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mtasts.wizard.core.DnsHost;
import org.mtasts.wizard.core.DnsHostTable;
import org.mtasts.wizard.core.DnsRecord;
import org.mtasts.wizard.core.RecordInstruction;

class DnsHostsTest {
    private static final DnsHostTable TABLE = DnsHosts.table();

    @Test
    void theShippedTableKnowsAtLeastTwentyProvidersWithUniqueIds() {
        List<DnsHost> hosts = TABLE.hosts();
        assertTrue(hosts.size() >= 20, "providers: " + hosts.size());
        Set<String> ids = new HashSet<>();
        for (DnsHost h : hosts) {
            assertTrue(ids.add(h.id()), "duplicate id " + h.id());
            assertFalse(h.name().isBlank() || h.ttl().isBlank(), h.id() + " has a name and TTL advice");
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "lola.ns.cloudflare.com, cloudflare",
        "NS-1234.AWSDNS-12.CO.UK., route53",
        "ns-cloud-c2.googledomains.com, google-cloud-dns",
        "ns3-07.azure-dns.org, azure",
        "ns47.domaincontrol.com, godaddy",
        "dns1.registrar-servers.com, namecheap",
        "ns1045.ui-dns.de, ionos",
        "dns200.ovh.net, ovh",
        "ns-167-a.gandi.net, gandi",
        "hydrogen.ns.hetzner.com, hetzner",
        "ns2.digitalocean.com, digitalocean",
        "maceio.ns.porkbun.com, porkbun",
        "ns3.dnsimple-edge.org, dnsimple",
        "dns2.p05.nsone.net, ns1",
        "ns2.desec.org, desec",
        "ns12.wixdns.net, wix",
        "ns1.vercel-dns.com, vercel",
        "ns4.linode.com, linode",
        "ns5.he.net, he",
        "kiki.bunny.net, bunny",
    })
    void eachProviderIsRecognisedByItsNameServers(String ns, String id) {
        DnsHostTable.Detection d = TABLE.detect(List.of(ns));
        assertTrue(d.hosts().stream().anyMatch(h -> h.id().equals(id)), ns + " -> " + d.names());
        assertEquals(List.of(), d.unmatched());
    }

    @Test
    void sharedNameServersNameEveryProviderThatUsesThem() {
        DnsHostTable.Detection d = TABLE.detect(List.of("dns1.p01.nsone.net", "dns2.p01.nsone.net"));
        assertEquals(
                List.of("ns1", "netlify"), d.hosts().stream().map(DnsHost::id).toList());
        assertEquals("NS1 (IBM NS1 Connect) or Netlify DNS", d.names());
    }

    @Test
    void anUnknownSecondaryIsListedAndTheMajorityProviderWins() {
        DnsHostTable.Detection d =
                TABLE.detect(List.of("ana.ns.cloudflare.com", "bob.ns.cloudflare.com", "ns1.example-secondary.net"));
        assertEquals("cloudflare", d.primary().orElseThrow().id());
        assertEquals(List.of("ns1.example-secondary.net"), d.unmatched());
    }

    @Test
    void unknownNameServersGiveNoProvider() {
        DnsHostTable.Detection d = TABLE.detect(List.of("ns1.example.net", "ns2.example.net"));
        assertTrue(d.primary().isEmpty());
        assertEquals("", d.names());
    }

    @Test
    void lookalikeNamesAreNotMistakenForAProvider() {
        assertTrue(TABLE.detect(List.of("ns.cloudflare.com.evil.example"))
                .primary()
                .isEmpty());
        assertTrue(TABLE.detect(List.of("xns1.digitalocean.com")).primary().isEmpty());
    }

    @Test
    void relativeConsolesGetTheLabelAndAWarningAgainstTypingTheDomainTwice() {
        DnsHost godaddy = TABLE.byId("godaddy").orElseThrow();
        DnsRecord r = new DnsRecord("_mta-sts.example.com", "TXT", "v=STSv1; id=20261202", 3600);
        RecordInstruction i = RecordInstruction.of(godaddy, r, "example.com");
        assertEquals("_mta-sts", i.name());
        assertEquals("v=STSv1; id=20261202", i.value());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.contains("_mta-sts.example.com.example.com")),
                i.notes().toString());
        assertTrue(
                i.notes().stream().anyMatch(n -> n.contains("without quotes")),
                i.notes().toString());
    }

    @Test
    void consolesTakingZoneFileSyntaxGetTheValueInQuotes() {
        DnsRecord r = new DnsRecord("_smtp._tls.example.com", "TXT", "v=TLSRPTv1; rua=mailto:t@example.com", 3600);
        for (String id : List.of("route53", "desec", "google-cloud-dns")) {
            RecordInstruction i = RecordInstruction.of(TABLE.byId(id).orElseThrow(), r, "example.com");
            assertEquals("\"v=TLSRPTv1; rua=mailto:t@example.com\"", i.value(), id);
            assertEquals("_smtp._tls", i.name(), id);
        }
    }

    @Test
    void fullNameConsolesGetTheFullName() {
        DnsRecord r = new DnsRecord("_mta-sts.example.com", "TXT", "v=STSv1; id=1", 3600);
        assertEquals(
                "_mta-sts.example.com",
                RecordInstruction.of(TABLE.byId("he").orElseThrow(), r, "example.com")
                        .name());
    }

    @Test
    void aSubdomainInItsParentsZoneGetsTheLabelWithinThatZone() {
        DnsRecord r = new DnsRecord("_mta-sts.mail.example.com", "TXT", "v=STSv1; id=1", 3600);
        assertEquals(
                "_mta-sts.mail",
                RecordInstruction.of(TABLE.byId("cloudflare").orElseThrow(), r, "example.com")
                        .name());
    }

    @Test
    void thePolicyHostTrapOnlyConcernsThePolicyHostRecord() {
        DnsHost cf = TABLE.byId("cloudflare").orElseThrow();
        DnsRecord txt = new DnsRecord("_mta-sts.example.com", "TXT", "v=STSv1; id=1", 3600);
        DnsRecord host = new DnsRecord("mta-sts.example.com", "CNAME", "example.github.io", 3600);
        assertFalse(
                RecordInstruction.of(cf, txt, "example.com").notes().stream().anyMatch(n -> n.contains("grey cloud")));
        assertTrue(
                RecordInstruction.of(cf, host, "example.com").notes().stream().anyMatch(n -> n.contains("grey cloud")));
    }

    @Test
    void withoutAKnownHostTheInstructionsAreGeneric() {
        DnsRecord r = new DnsRecord("_mta-sts.example.com", "TXT", "v=STSv1; id=1", 3600);
        RecordInstruction i = RecordInstruction.of(null, r, "example.com");
        assertEquals("_mta-sts", i.name());
        assertTrue(i.notes().get(0).contains("_mta-sts.example.com"), "names the full name as the alternative");
    }

    @Test
    void aBrokenTableNamesTheLine() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DnsHostTable.parse("[x]\nname = X\nns = (\n"));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> DnsHostTable.parse("[x]\nname = X\n"));
        assertTrue(e.getMessage().contains("needs name, ns"), e.getMessage());
    }
}
