package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyParserTest {

    private static final String GOOD =
            "version: STSv1\r\nmode: enforce\r\nmx: mail.example.net\r\nmx: *.backup.example.net\r\nmax_age: 604800\r\n";

    private static ParseResult<Policy> parse(String s) {
        return PolicyParser.parse(s);
    }

    private static Finding only(ParseResult<Policy> r, FindingCode code) {
        List<Finding> hits = r.findings().stream().filter(f -> f.code() == code).toList();
        assertEquals(1, hits.size(), "expected one " + code + " in " + r.findings());
        return hits.get(0);
    }

    @Test
    void canonicalCrlfPolicyHasNoFindings() {
        ParseResult<Policy> r = parse(GOOD);
        assertEquals(List.of(), r.findings());
        Policy p = r.value().orElseThrow();
        assertEquals(Mode.ENFORCE, p.mode());
        assertEquals(List.of(MxPattern.of("mail.example.net"), MxPattern.of("*.backup.example.net")), p.mx());
        assertEquals(604800, p.maxAgeSeconds());
    }

    @Test
    void lfLineEndingsAreAcceptedAndAtMostInfo() {
        ParseResult<Policy> r = parse(GOOD.replace("\r\n", "\n"));
        assertTrue(r.isValid());
        Finding f = only(r, FindingCode.POLICY_LF_LINE_ENDINGS);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(1, r.findings().size());
    }

    @Test
    void mixedLineEndingsAreInfoToo() {
        ParseResult<Policy> r = parse("version: STSv1\r\nmode: testing\nmx: a.example\r\nmax_age: 86400");
        assertTrue(r.isValid());
        assertEquals(Severity.INFO, only(r, FindingCode.POLICY_LF_LINE_ENDINGS).severity());
    }

    @Test
    void finalLineBreakIsOptionalAndTrailingWhitespaceAllowed() {
        ParseResult<Policy> r = parse("version: STSv1 \r\nmode:enforce\t\r\nmx:  mail.example.net  \r\nmax_age: 86400");
        assertEquals(List.of(), r.findings());
        assertEquals(Mode.ENFORCE, r.value().orElseThrow().mode());
    }

    @Test
    void fieldsMayComeInAnyOrder() {
        assertEquals(
                List.of(),
                parse("max_age: 86400\r\nmx: a.example\r\nmode: testing\r\nversion: STSv1\r\n")
                        .findings());
    }

    @Test
    void modeNoneNeedsNoMx() {
        ParseResult<Policy> r = parse("version: STSv1\r\nmode: none\r\nmax_age: 86400\r\n");
        assertTrue(r.isValid());
        assertEquals(List.of(), r.value().orElseThrow().mx());
    }

    @Test
    void maxAgeBoundsAreInclusive() {
        assertTrue(parse("version: STSv1\r\nmode: none\r\nmax_age: 0\r\n").isValid());
        assertTrue(
                parse("version: STSv1\r\nmode: none\r\nmax_age: 31557600\r\n").isValid());
        assertTrue(
                parse("version: STSv1\r\nmode: none\r\nmax_age: 0000086400\r\n").isValid());
        assertEquals(
                Severity.ERROR,
                only(
                                parse("version: STSv1\r\nmode: none\r\nmax_age: 31557601\r\n"),
                                FindingCode.POLICY_MAX_AGE_OUT_OF_RANGE)
                        .severity());
    }

    @Test
    void unknownKeysAreIgnoredAsInfo() {
        ParseResult<Policy> r = parse(GOOD + "comment: managed by the wizard\r\n");
        assertTrue(r.isValid());
        Finding f = only(r, FindingCode.POLICY_UNKNOWN_KEY);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(6, f.line());
    }

    @Test
    void duplicateKeyWarnsAndTheFirstOccurrenceWins() {
        ParseResult<Policy> r =
                parse("version: STSv1\r\nmode: testing\r\nmode: enforce\r\nmx: a.example\r\nmax_age: 86400\r\n");
        Finding f = only(r, FindingCode.POLICY_DUPLICATE_KEY);
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(3, f.line());
        assertEquals(Mode.TESTING, r.value().orElseThrow().mode());
    }

    @Test
    void caseVariantKeyIsALegalExtensionWithAWarningAndTheMissingKeyIsTheError() {
        // Keys are case-sensitive (RFC 8461 §3.2), so 'Mode' is an extension key senders ignore.
        ParseResult<Policy> both =
                parse("version: STSv1\r\nMode: enforce\r\nmode: enforce\r\nmx: a.example\r\nmax_age: 86400\r\n");
        assertEquals(Severity.WARNING, only(both, FindingCode.POLICY_KEY_CASE).severity());
        assertTrue(only(both, FindingCode.POLICY_KEY_CASE).message().contains("mistyped 'mode'"));
        assertFalse(both.hasErrors());

        ParseResult<Policy> alone = parse("version: STSv1\r\nMode: enforce\r\nmx: a.example\r\nmax_age: 86400\r\n");
        assertEquals(Severity.WARNING, only(alone, FindingCode.POLICY_KEY_CASE).severity());
        assertTrue(only(alone, FindingCode.POLICY_MODE_MISSING).message().contains("line 2's 'Mode'"));
        assertEquals(Optional.empty(), alone.value());
    }

    @Test
    void mxWithTrailingDotIsAnErrorBecauseADomainHasNone() {
        ParseResult<Policy> r = parse("version: STSv1\r\nmode: enforce\r\nmx: a.example.\r\nmax_age: 86400\r\n");
        assertEquals(Severity.ERROR, only(r, FindingCode.MX_TRAILING_DOT).severity());
        assertTrue(r.hasErrors());
    }

    @Test
    void blankLineIsAnErrorButLenientSendersStillReadThePolicy() {
        ParseResult<Policy> r = parse("version: STSv1\r\n\r\nmode: testing\r\nmx: a.example\r\nmax_age: 86400\r\n");
        assertEquals(2, only(r, FindingCode.POLICY_BLANK_LINE).line());
        assertTrue(r.hasErrors());
        assertTrue(r.value().isPresent());
    }

    @Test
    void typoOfAKnownKeyIsAWarningAndTheMissingFieldAnError() {
        ParseResult<Policy> r = parse("version: STSv1\r\nmode: enforce\r\nnmx: mail.example.net\r\nmax_age: 86400\r\n");
        assertEquals(Severity.WARNING, only(r, FindingCode.POLICY_KEY_TYPO).severity());
        assertTrue(only(r, FindingCode.POLICY_KEY_TYPO).message().contains("did you mean 'mx'"));
        only(r, FindingCode.POLICY_MX_MISSING);
        assertEquals(Optional.empty(), r.value());
    }

    @Test
    void everyFindingCitesTheRfcSection() {
        ParseResult<Policy> r = parse("\uFEFFversion: stsv1\n\nMode: x\nmx: 10.0.0.1\nmax_age: -1\n");
        assertFalse(r.findings().isEmpty());
        for (Finding f : r.findings()) {
            assertTrue(f.rule().startsWith("RFC "), f.toString());
            assertFalse(f.message().isBlank());
        }
    }

    @Test
    void byteInputChecksUtf8AndUtf16() {
        assertTrue(PolicyParser.parse(GOOD.getBytes(StandardCharsets.UTF_8)).isValid());
        ParseResult<Policy> latin1 =
                PolicyParser.parse("version: STSv1\r\nmode: none\r\nmax_age: 1\r\nnote: caf\u00e9\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        only(latin1, FindingCode.POLICY_INVALID_UTF8);
        ParseResult<Policy> utf16 = PolicyParser.parse(GOOD.getBytes(StandardCharsets.UTF_16));
        assertTrue(only(utf16, FindingCode.POLICY_INVALID_UTF8).message().contains("UTF-16"));
    }

    @Test
    void utf8IsAllowedInExtensionValues() {
        ParseResult<Policy> r =
                PolicyParser.parse((GOOD + "note: Grüße aus München\r\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(r.isValid());
        only(r, FindingCode.POLICY_UNKNOWN_KEY);
    }

    @Test
    void oversizedPolicyIsAnError() {
        String big = GOOD + ("x: " + "y".repeat(100) + "\r\n").repeat(700);
        only(parse(big), FindingCode.POLICY_TOO_LARGE);
    }

    @Test
    void adviceFlagsShortEnforceMaxAgeAndDuplicateMxButParseDoesNot() {
        String text = "version: STSv1\r\nmode: enforce\r\nmx: a.example\r\nmx: a.example\r\nmax_age: 3600\r\n";
        ParseResult<Policy> r = parse(text);
        assertEquals(List.of(), r.findings());
        List<FindingCode> advice = PolicyParser.advise(r.value().orElseThrow()).stream()
                .map(Finding::code)
                .toList();
        assertEquals(List.of(FindingCode.POLICY_MAX_AGE_SHORT, FindingCode.POLICY_MX_DUPLICATE), advice);
        assertEquals(
                List.of(), PolicyParser.advise(new Policy(Mode.TESTING, List.of(MxPattern.of("a.example")), 3600)));
    }

    /** Bad policies: each must produce the named finding, on the named line (0 = whole file). */
    static Stream<Arguments> badPolicies() {
        String v = "version: STSv1\r\n";
        String m = "mode: enforce\r\n";
        String x = "mx: mail.example.net\r\n";
        String a = "max_age: 604800\r\n";
        return Stream.of(
                Arguments.of("empty file", "", FindingCode.POLICY_EMPTY, 0),
                Arguments.of("byte-order mark", "\uFEFF" + v + m + x + a, FindingCode.POLICY_BOM, 1),
                Arguments.of(
                        "bare CR line ends",
                        "version: STSv1\rmode: enforce\rmx: a.example\rmax_age: 1\r",
                        FindingCode.POLICY_BARE_CR,
                        1),
                Arguments.of("blank line between fields", v + "\r\n" + m + x + a, FindingCode.POLICY_BLANK_LINE, 2),
                Arguments.of("second line break at the end", v + m + x + a + "\r\n", FindingCode.POLICY_BLANK_LINE, 5),
                Arguments.of("whitespace-only line", v + m + "  \r\n" + x + a, FindingCode.POLICY_BLANK_LINE, 3),
                Arguments.of(
                        "line without colon",
                        v + m + "mx mail.example.net\r\n" + a,
                        FindingCode.POLICY_MALFORMED_LINE,
                        3),
                Arguments.of(
                        "whitespace before colon",
                        v + "mode : enforce\r\n" + x + a,
                        FindingCode.POLICY_MALFORMED_LINE,
                        2),
                Arguments.of(
                        "leading whitespace", v + " mode: enforce\r\n" + x + a, FindingCode.POLICY_MALFORMED_LINE, 2),
                Arguments.of("key with a space", v + m + x + a + "my key: 1\r\n", FindingCode.POLICY_MALFORMED_LINE, 5),
                Arguments.of(
                        "key longer than 32",
                        v + m + x + a + "k".repeat(33) + ": 1\r\n",
                        FindingCode.POLICY_MALFORMED_LINE,
                        5),
                Arguments.of(
                        "empty extension value", v + m + x + a + "note:\r\n", FindingCode.POLICY_MALFORMED_LINE, 5),
                Arguments.of(
                        "NUL character",
                        v + m + "mx: mail.example.net\u0000\r\n" + a,
                        FindingCode.POLICY_INVALID_CHARACTER,
                        3),
                Arguments.of(
                        "DEL character",
                        v + "mode: enforce\u007f\r\n" + x + a,
                        FindingCode.POLICY_INVALID_CHARACTER,
                        2),
                Arguments.of(
                        "tab inside an extension value",
                        v + m + x + a + "note: a\tb\r\n",
                        FindingCode.POLICY_INVALID_CHARACTER,
                        5),
                Arguments.of("wrong-case key Mode", v + "Mode: enforce\r\n" + x + a, FindingCode.POLICY_KEY_CASE, 2),
                Arguments.of(
                        "wrong-case key MX", v + m + "MX: mail.example.net\r\n" + a, FindingCode.POLICY_KEY_CASE, 3),
                Arguments.of(
                        "wrong-case key Version", "Version: STSv1\r\n" + m + x + a, FindingCode.POLICY_KEY_CASE, 1),
                Arguments.of("typo nmx", v + m + "nmx: mail.example.net\r\n" + a, FindingCode.POLICY_KEY_TYPO, 3),
                Arguments.of("max-age with hyphen", v + m + x + "max-age: 604800\r\n", FindingCode.POLICY_KEY_TYPO, 4),
                Arguments.of(
                        "wrong-case value Enforce", v + "mode: Enforce\r\n" + x + a, FindingCode.POLICY_VALUE_CASE, 2),
                Arguments.of("wrong-case version", "version: stsv1\r\n" + m + x + a, FindingCode.POLICY_VALUE_CASE, 1),
                Arguments.of("duplicate max_age", v + m + x + a + a, FindingCode.POLICY_DUPLICATE_KEY, 5),
                Arguments.of("missing version", m + x + a, FindingCode.POLICY_VERSION_MISSING, 0),
                Arguments.of("version STSv2", "version: STSv2\r\n" + m + x + a, FindingCode.POLICY_VERSION_INVALID, 1),
                Arguments.of("missing mode", v + x + a, FindingCode.POLICY_MODE_MISSING, 0),
                Arguments.of(
                        "mode report (old draft)", v + "mode: report\r\n" + x + a, FindingCode.POLICY_MODE_INVALID, 2),
                Arguments.of("empty mode", v + "mode:\r\n" + x + a, FindingCode.POLICY_MODE_INVALID, 2),
                Arguments.of("missing max_age", v + m + x, FindingCode.POLICY_MAX_AGE_MISSING, 0),
                Arguments.of("max_age with unit", v + m + x + "max_age: 1w\r\n", FindingCode.POLICY_MAX_AGE_INVALID, 4),
                Arguments.of("negative max_age", v + m + x + "max_age: -1\r\n", FindingCode.POLICY_MAX_AGE_INVALID, 4),
                Arguments.of(
                        "eleven-digit max_age",
                        v + m + x + "max_age: 10000000000\r\n",
                        FindingCode.POLICY_MAX_AGE_INVALID,
                        4),
                Arguments.of(
                        "max_age over a year",
                        v + m + x + "max_age: 31557601\r\n",
                        FindingCode.POLICY_MAX_AGE_OUT_OF_RANGE,
                        4),
                Arguments.of("enforce without mx", v + m + a, FindingCode.POLICY_MX_MISSING, 0),
                Arguments.of("testing without mx", v + "mode: testing\r\n" + a, FindingCode.POLICY_MX_MISSING, 0),
                Arguments.of(
                        "mx holding an IPv4 address", v + m + "mx: 192.0.2.25\r\n" + a, FindingCode.MX_IP_ADDRESS, 3),
                Arguments.of(
                        "mx holding an IPv6 address", v + m + "mx: 2001:db8::25\r\n" + a, FindingCode.MX_IP_ADDRESS, 3),
                Arguments.of("mx bare wildcard", v + m + "mx: *\r\n" + a, FindingCode.MX_BARE_WILDCARD, 3),
                Arguments.of(
                        "mx inner wildcard",
                        v + m + "mx: mail.*.example.net\r\n" + a,
                        FindingCode.MX_MISPLACED_WILDCARD,
                        3),
                Arguments.of(
                        "mx partial wildcard",
                        v + m + "mx: *mail.example.net\r\n" + a,
                        FindingCode.MX_MISPLACED_WILDCARD,
                        3),
                Arguments.of("mx U-label", v + m + "mx: mx.bücher.example\r\n" + a, FindingCode.MX_U_LABEL, 3),
                Arguments.of(
                        "mx with underscore",
                        v + m + "mx: mail_1.example.net\r\n" + a,
                        FindingCode.MX_BAD_CHARACTER,
                        3),
                Arguments.of(
                        "two mx on one line",
                        v + m + "mx: a.example.net b.example.net\r\n" + a,
                        FindingCode.MX_BAD_CHARACTER,
                        3),
                Arguments.of("mx URL", v + m + "mx: smtp://mail.example.net\r\n" + a, FindingCode.MX_BAD_CHARACTER, 3),
                Arguments.of("empty mx", v + m + "mx:\r\n" + a, FindingCode.MX_EMPTY, 3),
                Arguments.of(
                        "mx with trailing dot",
                        v + m + "mx: mail.example.net.\r\n" + a,
                        FindingCode.MX_TRAILING_DOT,
                        3),
                Arguments.of(
                        "mx with a leading hyphen", v + m + "mx: -mail.example.net\r\n" + a, FindingCode.MX_HYPHEN, 3),
                Arguments.of(
                        "mx with an empty label",
                        v + m + "mx: mail..example.net\r\n" + a,
                        FindingCode.MX_EMPTY_LABEL,
                        3),
                Arguments.of(
                        "mx label over 63",
                        v + m + "mx: " + "a".repeat(64) + ".example.net\r\n" + a,
                        FindingCode.MX_LABEL_TOO_LONG,
                        3),
                Arguments.of(
                        "mx broken A-label", v + m + "mx: xn--zz.example.net\r\n" + a, FindingCode.MX_BAD_A_LABEL, 3));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badPolicies")
    void badPolicyYieldsTheExactFinding(String what, String text, FindingCode code, int line) {
        ParseResult<Policy> r = parse(text);
        Finding f = r.findings().stream()
                .filter(x -> x.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no " + code + " in " + r.findings()));
        assertEquals(line, f.line(), what + ": " + f);
        assertEquals(code.severity(), f.severity());
        assertFalse(f.fix().isBlank(), what + ": a fix is offered");
        if (code.severity() == Severity.ERROR) {
            assertTrue(r.hasErrors());
        }
    }
}
