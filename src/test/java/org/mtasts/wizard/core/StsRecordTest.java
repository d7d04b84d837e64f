package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StsRecordTest {

    private static List<FindingCode> codes(ParseResult<?> r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "v=STSv1; id=20261128093000",
                "v=STSv1;id=1",
                "v=STSv1; id=abcDEF123;",
                "v=STSv1; id=abc;  ",
                "v=STSv1;   id=12345678901234567890123456789012",
            })
    void acceptsGrammaticalRecords(String text) {
        ParseResult<StsRecord> r = StsRecord.parse(text);
        assertEquals(List.of(), r.findings(), text);
        assertTrue(r.value().isPresent());
    }

    @Test
    void unknownExtensionsAreIgnoredAsInfo() {
        ParseResult<StsRecord> r = StsRecord.parse("v=STSv1; id=42; ext_1.a-b=x/y:z");
        assertEquals(Optional.of(new StsRecord("42")), r.value());
        assertEquals(List.of(FindingCode.STS_EXTENSION), codes(r));
        assertEquals(Severity.INFO, r.findings().get(0).severity());
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "v=STSv1;|STS_ID_MISSING",
                "v=STSv1; ext=1|STS_ID_MISSING",
                "v=STSv1; id=|STS_ID_INVALID",
                "v=STSv1; id=2026-11-28|STS_ID_INVALID",
                "v=STSv1; id=123456789012345678901234567890123|STS_ID_INVALID",
                "v=STSv1; id=abc def|STS_ID_INVALID",
                "'v=STSv1; id=1 '|STS_SYNTAX",
                "v=STSv1;; id=1|STS_SYNTAX",
                "v=STSv1; id = 1|STS_SYNTAX",
                "v=STSv1; id|STS_SYNTAX",
                "v=STSv1; ID=1|STS_FIELD_CASE",
                "v=STSv1; id=1; id=2|STS_DUPLICATE_FIELD",
                "v=STSv1; id=1; v=STSv1|STS_DUPLICATE_FIELD",
                "v=STSv1; id=1; ext=a=b|STS_EXTENSION_INVALID",
                "v=STSv1; id=1; _ext=a|STS_EXTENSION_INVALID",
                "v=STSv1; id=1; ext=caf\u00e9|STS_EXTENSION_INVALID",
                "V=STSv1; id=1|STS_LOOKALIKE",
                "v=stsv1; id=1|STS_LOOKALIKE",
                "v=STSv1 ; id=1|STS_PREFIX_SPACING",
                "v=STSv1\t; id=1|STS_PREFIX_SPACING",
                "v=STSv1 id=1|STS_LOOKALIKE",
                "v=STSv1|STS_LOOKALIKE",
                "id=1; v=STSv1|STS_LOOKALIKE",
                "' v=STSv1; id=1'|STS_LOOKALIKE",
                "''|STS_NO_RECORD",
            })
    void badRecordYieldsTheExactFinding(String text, FindingCode code) {
        ParseResult<StsRecord> r = StsRecord.parse(text);
        assertTrue(codes(r).contains(code), text + " -> " + r.findings());
        assertEquals(
                code.severity(),
                r.findings().stream()
                        .filter(f -> f.code() == code)
                        .findFirst()
                        .orElseThrow()
                        .severity());
        assertTrue(r.findings().stream().allMatch(f -> f.rule().equals("RFC 8461 §3.1")));
    }

    @Test
    void singleRecordWithSpaceBeforeTheSemicolonIsValidWithAWarning() {
        // RFC 8461 §3.1: sts-field-delim = *WSP ";" *WSP; the "discard records not beginning with
        // v=STSv1;" rule applies only "if multiple TXT records ... are returned".
        ParseResult<StsRecord> r = StsRecord.select(List.of(List.of("v=STSv1 ; id=1")));
        assertEquals(Optional.of(new StsRecord("1")), r.value());
        assertEquals(List.of(FindingCode.STS_PREFIX_SPACING), codes(r));
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertFalse(r.hasErrors());
    }

    @Test
    void amongSeveralRecordsOneWithSpaceBeforeTheSemicolonIsDiscarded() {
        ParseResult<StsRecord> withValid =
                StsRecord.select(List.of(List.of("v=STSv1 ; id=1"), List.of("v=STSv1; id=2")));
        assertEquals(Optional.of(new StsRecord("2")), withValid.value());
        assertEquals(List.of(FindingCode.STS_LOOKALIKE), codes(withValid));
        assertEquals(Severity.WARNING, withValid.findings().get(0).severity());

        ParseResult<StsRecord> withSpf = StsRecord.select(List.of(List.of("v=STSv1 ; id=1"), List.of("v=spf1 -all")));
        assertEquals(Optional.empty(), withSpf.value());
        assertEquals(
                List.of(FindingCode.STS_LOOKALIKE, FindingCode.STS_UNRELATED_TXT, FindingCode.STS_NO_RECORD),
                codes(withSpf));
        assertTrue(withSpf.hasErrors());
    }

    @Test
    void singleLookalikeThatTheGrammarRefusesIsAnErrorAndNoRecord() {
        ParseResult<StsRecord> r = StsRecord.select(List.of(List.of("V=STSv1; id=1")));
        assertEquals(List.of(FindingCode.STS_LOOKALIKE, FindingCode.STS_NO_RECORD), codes(r));
        assertEquals(Severity.ERROR, r.findings().get(0).severity());
    }

    @Test
    void selectionJoinsCharacterStringsWithoutSeparator() {
        ParseResult<StsRecord> r =
                StsRecord.select(List.of(List.of("v=STSv1; i", "d=2026"), List.of("google-site-verification=abc")));
        assertEquals(Optional.of(new StsRecord("2026")), r.value());
        assertEquals(List.of(FindingCode.STS_UNRELATED_TXT), codes(r));
        assertEquals(Severity.INFO, r.findings().get(0).severity());
    }

    @Test
    void moreThanOneCandidateMeansNoPolicy() {
        ParseResult<StsRecord> r = StsRecord.select(List.of(List.of("v=STSv1; id=1"), List.of("v=STSv1; id=2")));
        assertEquals(Optional.empty(), r.value());
        assertEquals(List.of(FindingCode.STS_MULTIPLE_RECORDS), codes(r));
    }

    @Test
    void noRecordsOrOnlyUnrelatedOnesMeansNoPolicy() {
        assertEquals(List.of(FindingCode.STS_NO_RECORD), codes(StsRecord.select(List.of())));
        assertEquals(
                List.of(FindingCode.STS_UNRELATED_TXT, FindingCode.STS_NO_RECORD),
                codes(StsRecord.select(List.of(List.of("v=spf1 -all")))));
    }

    @Test
    void formatIsReadBackWithoutFindings() {
        assertEquals("v=STSv1; id=20261128093000", StsRecord.format("20261128093000"));
        ParseResult<StsRecord> r = StsRecord.parse(new StsRecord("abc123").format());
        assertEquals(List.of(), r.findings());
        assertEquals("abc123", r.value().orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> new StsRecord("not valid"));
    }

    @Test
    void policyIdIsAUtcTimestampFromTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneId.of("Pacific/Auckland"));
        assertEquals("20261128093000", PolicyId.generate(clock));
        assertEquals(
                "20261231235959",
                PolicyId.generate(Clock.fixed(Instant.parse("2026-12-31T23:59:59Z"), ZoneOffset.ofHours(5))));
        assertTrue(PolicyId.isValid(PolicyId.generate(clock)));
        assertFalse(PolicyId.isValid(""));
        assertFalse(PolicyId.isValid("a".repeat(33)));
    }
}
