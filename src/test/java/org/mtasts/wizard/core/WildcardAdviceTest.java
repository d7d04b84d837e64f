package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WildcardAdviceTest {

    private static MxPattern p(String s) {
        return ((MxPattern.Valid) MxPattern.parse(s)).pattern();
    }

    @Test
    void eachWildcardGetsOneNoteNamingItsRisk() {
        List<Finding> advice =
                PatternSuggestion.adviseWildcards(List.of(p("mx1.example.com"), p("*.mail.example.net")));
        assertEquals(1, advice.size(), advice.toString());
        Finding f = advice.get(0);
        assertEquals(FindingCode.SETUP_WILDCARD, f.code());
        assertEquals(Severity.INFO, f.severity());
        assertTrue(
                f.message()
                        .startsWith("mx *.mail.example.net: Senders would accept any host directly under"
                                + " mail.example.net"),
                f.message());
        assertEquals("prefer listing each MX host exactly", f.fix());
    }

    @Test
    void exactNamesNeedNoAdvice() {
        assertEquals(List.of(), PatternSuggestion.adviseWildcards(List.of(p("mx1.example.com"), p("mx2.example.com"))));
    }

    @Test
    void setupAdviceCarriesTheSameWildcardAdvice() {
        List<MxPattern> mx = List.of(p("*.mail.example.net"));
        SetupRequest r = new SetupRequest(
                ((DomainName.Valid) DomainName.parse("example.com")).name(), mx, Mode.ENFORCE, 604800, List.of());
        List<Finding> wildcard = SetupArtifacts.advise(r).stream()
                .filter(f -> f.code() == FindingCode.SETUP_WILDCARD)
                .toList();
        assertEquals(PatternSuggestion.adviseWildcards(mx), wildcard);
    }
}
