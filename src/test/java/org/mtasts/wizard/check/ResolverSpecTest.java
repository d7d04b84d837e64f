package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ResolverSpecTest {

    @Test
    void emptyOrSystemMeansTheSystemResolver() {
        assertEquals(new ResolverSpec.System(), ResolverSpec.parse(""));
        assertEquals(new ResolverSpec.System(), ResolverSpec.parse(" System "));
        assertEquals(new ResolverSpec.System(), ResolverSpec.parse(null));
    }

    @Test
    void hostAndPortForms() {
        assertEquals(new ResolverSpec.Server("127.0.0.1", 53), ResolverSpec.parse("127.0.0.1"));
        assertEquals(new ResolverSpec.Server("127.0.0.1", 5353), ResolverSpec.parse("127.0.0.1:5353"));
        assertEquals(new ResolverSpec.Server("dns.example.test", 53), ResolverSpec.parse("DNS.Example.test"));
        assertEquals(new ResolverSpec.Server("::1", 53), ResolverSpec.parse("::1"));
        assertEquals(new ResolverSpec.Server("::1", 5353), ResolverSpec.parse("[::1]:5353"));
        assertEquals("[::1]:5353", ResolverSpec.parse("[::1]:5353").toString());
    }

    @Test
    void httpsUrlMeansDnsOverHttps() {
        assertEquals(
                new ResolverSpec.DnsOverHttps(URI.create("https://dns.example.test/dns-query")),
                ResolverSpec.parse("https://dns.example.test/dns-query"));
    }

    @Test
    void badInputGetsAOneLineMessageNamingIt() {
        for (String bad : new String[] {
            "not a host",
            "127.0.0.1:abc",
            "127.0.0.1:0",
            "127.0.0.1:70000",
            "http://dns.example.test/q",
            "[::1",
            "exa_mple.test",
            "https://"
        }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> ResolverSpec.parse(bad), bad);
            assertTrue(e.getMessage().contains("resolver"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
