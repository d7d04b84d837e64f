package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DomainListTest {

    @Test
    void oneDomainPerLineWithCommentsAndBlankLinesIgnored() {
        DomainList.Parsed p = DomainList.parse("# customers\nexample.com\n\n  example.org   # the .org one\n#last\n");
        assertEquals(List.of("example.com", "example.org"), ascii(p));
        assertEquals(2, p.entries().get(0).line());
        assertEquals(4, p.entries().get(1).line());
        assertTrue(p.rejected().isEmpty());
        assertTrue(p.duplicates().isEmpty());
    }

    @Test
    void urlsAddressesCaseAndIdnAreCleanedLikeTheWizardDoes() {
        DomainList.Parsed p = DomainList.parse(
                "https://Example.COM/path\r\nalice@bücher.example\r\nmailto:bob@Mail.Example.NET.\r\n");
        assertEquals(List.of("example.com", "xn--bcher-kva.example", "mail.example.net"), ascii(p));
        assertFalse(p.entries().get(0).changes().isEmpty(), "the cleaning is recorded");
    }

    @Test
    void duplicatesAreMergedAfterCleaningAndPointAtTheFirstLine() {
        DomainList.Parsed p = DomainList.parse("example.com\nother.example\nEXAMPLE.com.\nhttps://example.com/\n");
        assertEquals(List.of("example.com", "other.example"), ascii(p));
        assertEquals(2, p.duplicates().size());
        assertEquals(3, p.duplicates().get(0).line());
        assertEquals(1, p.duplicates().get(0).firstLine());
        assertEquals("EXAMPLE.com.", p.duplicates().get(0).input());
    }

    @Test
    void badLinesAreReportedWithTheirLineNumberAndSkipped() {
        DomainList.Parsed p =
                DomainList.parse("good.example\nnot a domain\nbad..dots.example\n-lead.example\nok.example");
        assertEquals(List.of("good.example", "ok.example"), ascii(p));
        assertEquals(
                List.of(2, 3, 4),
                p.rejected().stream().map(DomainList.Rejected::line).toList());
        p.rejected().forEach(r -> assertFalse(r.message().isBlank(), "every skipped line says why"));
        assertEquals("not a domain", p.rejected().get(0).input());
    }

    @Test
    void byteOrderMarkAndCrLineEndsAreNotPartOfTheFirstDomain() {
        DomainList.Parsed p = DomainList.parse("\uFEFFfirst.example\rsecond.example\r\nthird.example");
        assertEquals(List.of("first.example", "second.example", "third.example"), ascii(p));
    }

    @Test
    void anEmptyOrCommentOnlyListHoldsNoDomains() {
        assertTrue(DomainList.parse("").entries().isEmpty());
        assertTrue(DomainList.parse("# nothing\n   \n").entries().isEmpty());
        assertTrue(DomainList.parse((String) null).entries().isEmpty());
    }

    private static List<String> ascii(DomainList.Parsed p) {
        return p.names().stream().map(DomainName::ascii).toList();
    }
}
