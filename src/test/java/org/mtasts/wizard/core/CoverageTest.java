package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static List<MxPattern> patterns(String... p) {
        return Arrays.stream(p).map(MxPattern::of).toList();
    }

    private static List<FindingCode> codes(CoverageReport r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    void reportsCoveredUncoveredAndStale() {
        CoverageReport r = Coverage.analyze(
                List.of("a.mail.example.net.", "a.b.mail.example.net.", "MX2.Example.ORG."),
                patterns("*.mail.example.net", "mx2.example.org", "old.example.org"));
        assertEquals(
                List.of("a.mail.example.net", "mx2.example.org"),
                r.covered().stream().map(CoverageReport.CoveredHost::host).toList());
        assertEquals(patterns("*.mail.example.net"), r.covered().get(0).matchedBy());
        assertEquals(List.of("a.b.mail.example.net"), r.uncovered());
        assertEquals(patterns("old.example.org"), r.stale());
        assertEquals(List.of(FindingCode.COVERAGE_UNCOVERED_HOST, FindingCode.COVERAGE_STALE_PATTERN), codes(r));
        assertFalse(r.allCovered());
    }

    @Test
    void uncoveredHostMessageExplainsTheOneLabelWildcardRule() {
        CoverageReport r = Coverage.analyze(List.of("a.b.mail.example.net"), patterns("*.mail.example.net"));
        Finding f = r.findings().stream()
                .filter(x -> x.code() == FindingCode.COVERAGE_UNCOVERED_HOST)
                .findFirst()
                .orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("RFC 8461 §4.1", f.rule());
        assertTrue(
                f.message().contains("a.b.mail.example.net") && f.message().contains("exactly one label"), f.message());
        assertTrue(f.message().contains("enforce"));
    }

    @Test
    void wildcardDoesNotCoverItsOwnBase() {
        CoverageReport r = Coverage.analyze(List.of("mail.example.net"), patterns("*.mail.example.net"));
        assertEquals(List.of("mail.example.net"), r.uncovered());
    }

    @Test
    void everyHostCoveredIsClean() {
        CoverageReport r = Coverage.analyze(
                List.of("mx1.example.com.", "mx2.example.com."), patterns("mx1.example.com", "mx2.example.com"));
        assertTrue(r.allCovered());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void nullMxIsRecognisedAndSaidToMakeMtaStsPointless() {
        CoverageReport r = Coverage.analyze(List.of("."), patterns("mail.example.com"));
        assertTrue(r.nullMx());
        assertEquals(List.of(FindingCode.COVERAGE_NULL_MX), codes(r));
        assertTrue(r.findings().get(0).message().contains("receives no mail"));
    }

    @Test
    void invalidHostsAreFindingsNotExceptions() {
        CoverageReport r = Coverage.analyze(
                List.of("192.0.2.1", "mx.bücher.example", "ok.example.com"), patterns("ok.example.com"));
        assertEquals(List.of(FindingCode.COVERAGE_HOST_INVALID, FindingCode.COVERAGE_HOST_INVALID), codes(r));
        assertTrue(r.findings().get(1).fix().contains("xn--bcher-kva"));
    }

    @Test
    void noHostsAtAllIsAWarning() {
        assertEquals(
                List.of(FindingCode.COVERAGE_NO_HOSTS), codes(Coverage.analyze(List.of(), patterns("a.example.com"))));
    }

    @Test
    void suggestionIsExactNamesByDefault() {
        PatternSuggestion s = PatternSuggestion.suggest(
                List.of("mx1.mail.example.com.", "MX2.mail.example.com", "mx1.mail.example.com", "mx.other.org"));
        assertEquals(patterns("mx1.mail.example.com", "mx2.mail.example.com", "mx.other.org"), s.exact());
        assertTrue(Coverage.analyze(List.of("mx1.mail.example.com", "mx2.mail.example.com", "mx.other.org"), s.exact())
                .allCovered());
    }

    @Test
    void wildcardIsOnlyAnAlternativeWithItsHostsAndRiskStated() {
        PatternSuggestion s =
                PatternSuggestion.suggest(List.of("mx1.mail.example.com", "mx2.mail.example.com", "mx.other.org"));
        assertEquals(1, s.alternatives().size());
        PatternSuggestion.WildcardAlternative alt = s.alternatives().get(0);
        assertEquals(MxPattern.of("*.mail.example.com"), alt.wildcard());
        assertEquals(List.of("mx1.mail.example.com", "mx2.mail.example.com"), alt.covers());
        assertEquals(patterns("*.mail.example.com", "mx.other.org"), alt.patterns());
        assertTrue(alt.risk().contains("any host directly under mail.example.com"), alt.risk());
        assertTrue(alt.risk().contains("not covered"), alt.risk());
    }

    @Test
    void noWildcardIsOfferedForASingleHostOrUnderATopLevelDomain() {
        assertEquals(
                List.of(), PatternSuggestion.suggest(List.of("mx.example.com")).alternatives());
        assertEquals(
                List.of(), PatternSuggestion.suggest(List.of("a.com", "b.com")).alternatives());
    }
}
