package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.PublicationTypos.Kind;
import org.mtasts.wizard.core.PublicationTypos.Typo;

class PublicationTyposTest {

    @Test
    void aRecordAtTheDoubledNameIsNamedWithTheFix() {
        List<Typo> t = PublicationTypos.txt(
                "v=STSv1", "_mta-sts.example.com", "example.com", List.of(), List.of(), List.of("v=STSv1; id=1"));
        assertEquals(1, t.size());
        assertEquals(Kind.NAME_DOUBLED, t.get(0).kind());
        assertEquals("_mta-sts.example.com.example.com", t.get(0).foundAt());
        assertTrue(
                t.get(0).fix().contains("only _mta-sts in the Name field"),
                t.get(0).fix());
    }

    @Test
    void quotesStoredInTheValueAreRecognisedStraightOrCurly() {
        for (String value :
                List.of("\"v=STSv1; id=1\"", "\u201cv=STSv1; id=1\u201d", "'v=STSv1; id=1'", "\\\"v=STSv1; id=1\\\"")) {
            List<Typo> t = PublicationTypos.txt(
                    "v=STSv1", "_mta-sts.example.com", "example.com", List.of(value), List.of(), List.of());
            assertEquals(
                    List.of(Kind.QUOTES_IN_VALUE), t.stream().map(Typo::kind).toList(), value);
        }
    }

    @Test
    void aRecordOnTheDomainItselfIsNamed() {
        List<Typo> t = PublicationTypos.txt(
                "v=TLSRPTv1",
                "_smtp._tls.example.com",
                "example.com",
                List.of(),
                List.of("v=spf1 -all", "v=TLSRPTv1; rua=mailto:t@example.com"),
                List.of());
        assertEquals(List.of(Kind.ON_APEX), t.stream().map(Typo::kind).toList());
        assertTrue(
                t.get(0).fix().contains("_smtp._tls in the Name field"),
                t.get(0).fix());
    }

    @Test
    void correctRecordsAndOtherRecordsGiveNoTypo() {
        assertEquals(
                List.of(),
                PublicationTypos.txt(
                        "v=STSv1",
                        "_mta-sts.example.com",
                        "example.com",
                        List.of("v=STSv1; id=1"),
                        List.of("v=spf1 -all", "\"google-site-verification=x\""),
                        List.of()));
    }

    @Test
    void aPolicyHostAtTheDoubledNameIsNamed() {
        List<Typo> t = PublicationTypos.policyHost("mta-sts.example.com", "example.com", true);
        assertEquals("mta-sts.example.com.example.com", t.get(0).foundAt());
        assertTrue(t.get(0).fix().contains("only mta-sts in the Name field"));
        assertEquals(List.of(), PublicationTypos.policyHost("mta-sts.example.com", "example.com", false));
    }
}
