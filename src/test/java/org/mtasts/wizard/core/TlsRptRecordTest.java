package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlsRptRecordTest {

    private static List<FindingCode> codes(ParseResult<?> r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void parsesSeveralUrisSeparatedByCommasWithOptionalWhitespace() {
        ParseResult<TlsRptRecord> r =
                TlsRptRecord.parse("v=TLSRPTv1; rua=mailto:tls@example.com , https://reports.example.com/v1/tlsrpt");
        assertEquals(List.of(), r.findings());
        assertEquals(
                List.of("mailto:tls@example.com", "https://reports.example.com/v1/tlsrpt"),
                r.value().orElseThrow().rua());
    }

    @Test
    void percentEncodedSpecialCharactersAreFine() {
        ParseResult<TlsRptRecord> r =
                TlsRptRecord.parse("v=TLSRPTv1;rua=mailto:tls%21reports@example.com,https://r.example.com/a%2Cb%3Bc");
        assertEquals(List.of(), r.findings());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v=TLSRPTv1; rua=tls@example.com|TLSRPT_RUA_SCHEME",
                "v=TLSRPTv1; rua=http://reports.example.com/|TLSRPT_RUA_SCHEME",
                "v=TLSRPTv1; rua=ftp://reports.example.com/|TLSRPT_RUA_SCHEME",
                "v=TLSRPTv1; rua=mailto:a@b.example,c@d.example|TLSRPT_RUA_SCHEME",
                "v=TLSRPTv1; rua=mailto:tls@|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:@example.com|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:tls@localhost|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:tls@192.0.2.1|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:t..ls@example.com|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:tls@bücher.example|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=mailto:tls%zz@example.com|TLSRPT_RUA_MAILTO",
                "v=TLSRPTv1; rua=https://|TLSRPT_RUA_HTTPS",
                "v=TLSRPTv1; rua=https://exa_mple.com/|TLSRPT_RUA_HTTPS",
                "v=TLSRPTv1; rua=mailto:tls!x@example.com|TLSRPT_RUA_UNENCODED",
                "v=TLSRPTv1; rua=|TLSRPT_RUA_MISSING",
                "v=TLSRPTv1; ext=1|TLSRPT_RUA_MISSING",
                "v=TLSRPTv1; rua=mailto:a@example.com,|TLSRPT_SYNTAX",
                "'v=TLSRPTv1; rua=mailto:a@example.com '|TLSRPT_SYNTAX",
                "v=TLSRPTv1;; rua=mailto:a@example.com|TLSRPT_SYNTAX",
                "v=TLSRPTv1; RUA=mailto:a@example.com|TLSRPT_FIELD_CASE",
                "v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com|TLSRPT_DUPLICATE_FIELD",
                "v=TLSRPTv1; rua=mailto:a@example.com; x=a=b|TLSRPT_EXTENSION_INVALID",
                "v=TLSRPTv1; rua=mailto:a@example.com; x=1|TLSRPT_EXTENSION",
                "v=tlsrptv1; rua=mailto:a@example.com|TLSRPT_LOOKALIKE",
                "v=TLSRPTv1 ; rua=mailto:a@example.com|TLSRPT_PREFIX_SPACING",
                "v=TLSRPTv1 rua=mailto:a@example.com|TLSRPT_LOOKALIKE",
                "v=TLSRPTv1|TLSRPT_LOOKALIKE",
            })
    void badRecordYieldsTheExactFinding(String text, FindingCode code) {
        ParseResult<TlsRptRecord> r = TlsRptRecord.parse(text);
        assertTrue(codes(r).contains(code), text + " -> " + r.findings());
        assertTrue(r.findings().stream().allMatch(f -> f.rule().equals("RFC 8460 §3")));
    }

    @Test
    void selectionFollowsTheSameRulesAsMtaSts() {
        assertEquals(List.of(FindingCode.TLSRPT_NO_RECORD), codes(TlsRptRecord.select(List.of())));
        assertEquals(
                List.of(FindingCode.TLSRPT_MULTIPLE_RECORDS),
                codes(TlsRptRecord.select(List.of(
                        List.of("v=TLSRPTv1; rua=mailto:a@example.com"),
                        List.of("v=TLSRPTv1; rua=mailto:b@example.com")))));
        ParseResult<TlsRptRecord> split =
                TlsRptRecord.select(List.of(List.of("v=TLSRPTv1; rua=mailto:a@exa", "mple.com"), List.of("other")));
        assertEquals(
                List.of("mailto:a@example.com"), split.value().orElseThrow().rua());
        assertEquals(List.of(FindingCode.TLSRPT_UNRELATED_TXT), codes(split));
    }

    @Test
    void singleRecordWithSpaceBeforeTheSemicolonIsValidWithAWarning() {
        // RFC 8460 §3: field-delim = *WSP ";" *WSP; discarding applies to several records only.
        ParseResult<TlsRptRecord> r = TlsRptRecord.select(List.of(List.of("v=TLSRPTv1 ; rua=mailto:a@example.com")));
        assertEquals(List.of("mailto:a@example.com"), r.value().orElseThrow().rua());
        assertEquals(List.of(FindingCode.TLSRPT_PREFIX_SPACING), codes(r));
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
    }

    @Test
    void formatJoinsUrisWithCommasAndReadsBackClean() {
        TlsRptRecord rec = new TlsRptRecord(List.of("mailto:a@example.com", "https://r.example.com/x"));
        assertEquals("v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x", rec.format());
        assertEquals(List.of(), TlsRptRecord.parse(rec.format()).findings());
        assertThrows(IllegalArgumentException.class, () -> new TlsRptRecord(List.of("a@example.com")));
        assertThrows(IllegalArgumentException.class, () -> new TlsRptRecord(List.of()));
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mailto:tls@example.com|mailto:tls@example.com",
                "tls@example.com|mailto:tls@example.com",
                "MAILTO:tls@Example.COM|mailto:tls@example.com",
                "mailto:tls@bücher.example|mailto:tls@xn--bcher-kva.example",
                "tls!reports@example.com|mailto:tls%21reports@example.com",
                "https://reports.example.com/a,b;c|https://reports.example.com/a%2Cb%3Bc",
                "'  https://reports.example.com/tlsrpt  '|https://reports.example.com/tlsrpt",
            })
    void userInputIsNormalisedAndEncoded(String raw, String expected) {
        RuaUri.Valid v = assertInstanceOf(RuaUri.Valid.class, RuaUri.parse(raw));
        assertEquals(expected, v.uri());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''|TLSRPT_RUA_MISSING",
                "http://reports.example.com/|TLSRPT_RUA_SCHEME",
                "reports.example.com|TLSRPT_RUA_SCHEME",
                "mailto:nobody|TLSRPT_RUA_MAILTO",
                "https://:443/x|TLSRPT_RUA_HTTPS",
            })
    void badUserInputIsRefusedWithTheExactKind(String raw, FindingCode code) {
        RuaUri.Invalid inv = assertInstanceOf(RuaUri.Invalid.class, RuaUri.parse(raw));
        assertEquals(code, inv.code(), inv.message());
    }

    @Test
    void refusalOfUserInputReadsAsTwoSentences() {
        RuaUri.Invalid inv = assertInstanceOf(RuaUri.Invalid.class, RuaUri.parse("not an address"));
        assertEquals(
                "'not an address' contains a space, which a URI cannot hold. Remove it or percent-encode it.",
                inv.message());
    }
}
