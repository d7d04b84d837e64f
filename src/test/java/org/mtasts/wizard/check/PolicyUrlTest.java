package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.DomainName;

class PolicyUrlTest {
    private static final DomainName BUECHER = DomainName.of("bücher.example");

    @Test
    void port443IsTheDomainsOwnPolicyUrl() {
        assertEquals(BUECHER.policyUrl(), PolicyFetcher.url(BUECHER, 443));
        assertEquals("https://mta-sts.xn--bcher-kva.example/.well-known/mta-sts.txt", PolicyFetcher.url(BUECHER, 443));
    }

    @Test
    void anotherPortGoesAfterThePolicyHost() {
        assertEquals(
                "https://mta-sts.xn--bcher-kva.example:8443/.well-known/mta-sts.txt", PolicyFetcher.url(BUECHER, 8443));
    }
}
