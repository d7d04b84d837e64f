package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.IDN;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainNameTest {

    private static DomainName.Valid valid(String raw) {
        return assertInstanceOf(DomainName.Valid.class, DomainName.parse(raw), raw);
    }

    private static DomainName.Invalid invalid(String raw) {
        return assertInstanceOf(DomainName.Invalid.class, DomainName.parse(raw), raw);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "example.com|example.com|example.com",
                "'  example.com  '|example.com|example.com",
                "EXAMPLE.Com|example.com|example.com",
                "example.com.|example.com|example.com",
                "https://example.com/path?x=1|example.com|example.com",
                "https://www.example.com:8443/|www.example.com|www.example.com",
                "http://user@example.com|example.com|example.com",
                "mailto:postmaster@example.com|example.com|example.com",
                "mailto:postmaster@example.com?subject=hi|example.com|example.com",
                "alice@Example.ORG|example.org|example.org",
                "bücher.example|xn--bcher-kva.example|bücher.example",
                "BÜCHER.example|xn--bcher-kva.example|bücher.example",
                "xn--bcher-kva.example|xn--bcher-kva.example|bücher.example",
                "XN--BCHER-KVA.EXAMPLE|xn--bcher-kva.example|bücher.example",
                "例え。テスト|xn--r8jz45g.xn--zckzah|例え.テスト",
                "münchen.de.|xn--mnchen-3ya.de|münchen.de",
                "a-b.c-d.example|a-b.c-d.example|a-b.c-d.example",
                "123.example|123.example|123.example",
                "https://mta-sts.example.com/.well-known/mta-sts.txt|example.com|example.com",
                "_mta-sts.example.com|example.com|example.com",
                "_smtp._tls.Example.com.|example.com|example.com",
                "mta-sts.com|mta-sts.com|mta-sts.com",
            })
    void normalisesWhatPeoplePaste(String raw, String ascii, String unicode) {
        DomainName name = valid(raw).name();
        assertEquals(ascii, name.ascii());
        assertEquals(unicode, name.unicode());
    }

    @Test
    void notesEveryChangeInWordsAPersonReads() {
        assertTrue(valid("https://Example.com/x")
                .changes()
                .containsAll(List.of("removed https:// and the path", "converted to lower case")));
        assertTrue(valid("bücher.example").changes().get(0).contains("A-label xn--bcher-kva.example"));
        assertTrue(valid("example.com.").changes().contains("removed the trailing dot"));
        assertEquals(List.of(), valid("example.com").changes());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|DOMAIN_EMPTY",
                "'   '|DOMAIN_EMPTY",
                "https://|DOMAIN_EMPTY",
                "192.0.2.10|DOMAIN_IP_ADDRESS",
                "[2001:db8::1]|DOMAIN_IP_ADDRESS",
                "2001:db8::1|DOMAIN_IP_ADDRESS",
                "example.123|DOMAIN_IP_ADDRESS",
                "localhost|DOMAIN_SINGLE_LABEL",
                "com|DOMAIN_SINGLE_LABEL",
                "example..com|DOMAIN_EMPTY_LABEL",
                ".example.com|DOMAIN_EMPTY_LABEL",
                "example.com..|DOMAIN_EMPTY_LABEL",
                "exa_mple.com|DOMAIN_BAD_CHARACTER",
                "example.com/|DOMAIN_BAD_CHARACTER",
                "*.example.com|DOMAIN_BAD_CHARACTER",
                "exa mple.com|DOMAIN_BAD_CHARACTER",
                "-example.com|DOMAIN_HYPHEN",
                "example-.com|DOMAIN_HYPHEN",
                "xn--zz.com|DOMAIN_IDN_INVALID",
                "i♥.ws|DOMAIN_IDN_INVALID",
                "xn--bcher-kva-.example|DOMAIN_IDN_INVALID",
            })
    void rejectsWithTheExactKind(String raw, FindingCode code) {
        assertEquals(code, invalid(raw).code(), invalid(raw).message());
    }

    @Test
    void rejectsOverlongLabelsAndNames() {
        assertEquals(
                FindingCode.DOMAIN_LABEL_TOO_LONG,
                invalid("a".repeat(64) + ".example").code());
        valid("a".repeat(63) + ".example");
        String name253 = ("a".repeat(62) + ".").repeat(4) + "a".repeat(1); // 63*4 + 1 = 253
        assertEquals(253, name253.length());
        valid(name253);
        assertEquals(FindingCode.DOMAIN_NAME_TOO_LONG, invalid(name253 + "a").code());
    }

    @Test
    void messagesSayWhatToTypeInstead() {
        assertTrue(invalid("localhost").message().contains("such as example.com"));
        assertTrue(invalid("192.0.2.10").message().contains("IP address"));
        assertTrue(invalid("").message().startsWith("Enter your mail domain"));
    }

    @Test
    void sharpSIsKeptAsIdna2008DoesAndTheDifferenceIsExplained() {
        DomainName.Valid v = valid("faß.de");
        assertEquals("xn--fa-hia.de", v.name().ascii());
        assertEquals("faß.de", v.name().unicode());
        assertTrue(
                v.changes().stream().anyMatch(c -> c.contains("IDNA2003") && c.contains("'ss'")),
                v.changes().toString());
        // IDNA2003 (java.net.IDN) would have produced fass.de: a different domain.
        assertEquals("fass.de", IDN.toASCII("faß.de"));
    }

    @Test
    void finalSigmaIsKeptAsIdna2008DoesButCapitalSigmaMapsToSmallSigma() {
        assertEquals("xn--fa-hia.de", valid("FAẞ.de").name().ascii()); // capital sharp s lower-cases to ß
        DomainName.Valid sigma = valid("σς.gr");
        assertEquals("σς.gr", sigma.name().unicode());
        DomainName small = valid("ΣΣ.gr").name();
        assertEquals("σσ.gr", small.unicode());
        assertFalse(sigma.name().ascii().equals(small.ascii()), "σς and σσ are different names under IDNA2008");
        assertEquals("σς.gr", valid(sigma.name().ascii()).name().unicode());
    }

    @Test
    void aLabelOfAnIdna2008NameDecodesForDisplay() {
        DomainName.Valid v = valid("xn--fa-hia.de");
        assertEquals("faß.de", v.name().unicode());
        assertTrue(v.changes().isEmpty());
    }

    @Test
    void zeroWidthJoinersAreRefusedAsAmbiguous() {
        assertEquals(
                FindingCode.DOMAIN_IDN_AMBIGUOUS, invalid("a\u200Db.example").code());
        assertEquals(
                FindingCode.DOMAIN_IDN_AMBIGUOUS, invalid("ab\u200C.example").code());
    }

    @Test
    void nonCanonicalALabelIsRejected() {
        // xn--bcher-2pa is the Punycode of "bÜcher": a capital Ü, which IDNA maps to ü, so it is
        // not an A-label (the canonical one is xn--bcher-kva).
        DomainName.Invalid inv = invalid("xn--bcher-2pa.example");
        assertEquals(FindingCode.DOMAIN_IDN_INVALID, inv.code());
        assertTrue(
                inv.message().contains("'xn--bcher-2pa' starts with xn-- but is not a valid A-label"), inv.message());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 5892 Appendix A.3: the Catalan middle dot between two l's (CONTEXTO).
                "col·legi.cat|xn--collegi-xma.cat|col·legi.cat",
                // Letters newer than Unicode 3.2 (java.net.IDN's tables): U+A794 (Unicode 7.0).
                "ꞔ.example|xn--c68a.example|ꞔ.example",
                // U+1E9E CAPITAL SHARP S (Unicode 5.1) maps to ß under UTS #46 since Unicode 15.1.
                "STRAẞE.de|xn--strae-oqa.de|straße.de",
                // Non-transitional: ß is kept.
                "faß.de|xn--fa-hia.de|faß.de",
                // A joiner after a virama is allowed (RFC 5892 Appendix A.2).
                "क्‍ष.example|xn--11b2ezcw70k.example|क्‍ष.example",
                // Hebrew with a geresh after a Hebrew letter (CONTEXTO, Bidi).
                "אב׳.example|xn--4dbc6h.example|אב׳.example",
            })
    void idna2008Names(String raw, String ascii, String unicode) {
        DomainName name = valid(raw).name();
        assertEquals(ascii, name.ascii());
        assertEquals(unicode, name.unicode());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Middle dot not between l's (RFC 5892 Appendix A.3).
                "ca·t.example|DOMAIN_IDN_INVALID|middle dot",
                // RFC 5893 Bidi rule: a right-to-left label with a left-to-right letter.
                "אa.example|DOMAIN_IDN_INVALID|right-to-left",
                // RFC 5891 §5.4: a label may not start with a combining mark.
                "́a.example|DOMAIN_IDN_INVALID|combining mark",
                // Symbols are DISALLOWED by IDNA2008 although UTS #46 maps or keeps them.
                "¢.example|DOMAIN_IDN_INVALID|IDNA2008",
                "ab--ü.example|DOMAIN_HYPHEN|third and fourth",
                "xn--a.example|DOMAIN_IDN_INVALID|not a valid A-label",
            })
    void idna2008RefusalsSayWhy(String raw, FindingCode code, String words) {
        DomainName.Invalid inv = invalid(raw);
        assertEquals(code, inv.code(), inv.message());
        assertTrue(inv.message().contains(words), inv.message());
        assertFalse(inv.message().contains("_"), "no enum names: " + inv.message());
    }

    @Test
    void plainAsciiLabelsWithDoubleHyphensStayHostNames() {
        assertEquals("ab--cd.example", valid("ab--cd.example").name().ascii());
    }

    @Test
    void derivedNamesUseTheALabel() {
        DomainName d = DomainName.of("bücher.example");
        assertEquals("mta-sts.xn--bcher-kva.example", d.policyHost());
        assertEquals("https://mta-sts.xn--bcher-kva.example/.well-known/mta-sts.txt", d.policyUrl());
        assertEquals("_mta-sts.xn--bcher-kva.example", d.stsRecordName());
        assertEquals("_smtp._tls.xn--bcher-kva.example", d.tlsRptRecordName());
        assertEquals("bücher.example (xn--bcher-kva.example)", d.display());
        assertTrue(d.isInternationalized());
        assertFalse(DomainName.of("example.com").isInternationalized());
        assertThrows(IllegalArgumentException.class, () -> DomainName.of("not a domain"));
    }

    @Test
    void neverThrowsOnNull() {
        assertEquals(FindingCode.DOMAIN_EMPTY, invalid(null).code());
    }
}
