package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SetupComparisonTest {
    private static final Policy ENFORCE_TWO =
            new Policy(Mode.ENFORCE, List.of(MxPattern.of("mx1.good.test"), MxPattern.of("mx2.good.test")), 604800);
    private static final Policy TESTING_ONE = new Policy(Mode.TESTING, List.of(MxPattern.of("mx1.good.test")), 86400);

    @Test
    void oldLiveSetupDiffersFromTheDraftInIdModeMxAndMaxAge() {
        PublishedSetup live = new PublishedSetup("20250101000000", ENFORCE_TWO, List.of("mailto:tlsrpt@good.test"));
        SetupComparison c =
                SetupComparison.compare(live, "20261201120000", TESTING_ONE, List.of("mailto:tlsrpt@good.test"));
        assertEquals(SetupComparison.State.OTHER_SETUP_LIVE, c.state());
        assertEquals(
                List.of(
                        SetupComparison.Aspect.STS_ID,
                        SetupComparison.Aspect.MODE,
                        SetupComparison.Aspect.MX,
                        SetupComparison.Aspect.MAX_AGE),
                c.differences().stream().map(SetupComparison.Difference::aspect).toList());
        assertEquals("mode: live enforce, draft testing", c.differences().get(1).describe());
    }

    @Test
    void theDraftIsLiveWhenEveryPartMatchesWhateverTheMxOrder() {
        PublishedSetup live = new PublishedSetup("abc1", ENFORCE_TWO, List.of());
        Policy reordered =
                new Policy(Mode.ENFORCE, List.of(MxPattern.of("mx2.good.test"), MxPattern.of("mx1.good.test")), 604800);
        SetupComparison c = SetupComparison.compare(live, "abc1", reordered, List.of());
        assertEquals(SetupComparison.State.DRAFT_LIVE, c.state());
        assertTrue(c.differences().isEmpty());
    }

    @Test
    void aDomainWithoutRecordOrPolicyHasNothingLive() {
        SetupComparison c = SetupComparison.compare(PublishedSetup.NOTHING, "abc1", TESTING_ONE, List.of());
        assertEquals(SetupComparison.State.NOTHING_LIVE, c.state());
        assertTrue(c.weakenings().isEmpty(), "nothing live cannot be weakened");
    }

    @Test
    void aNewIdAloneIsADifference() {
        PublishedSetup live = new PublishedSetup("old1", TESTING_ONE, List.of());
        SetupComparison c = SetupComparison.compare(live, "new1", TESTING_ONE, List.of());
        assertEquals(SetupComparison.State.OTHER_SETUP_LIVE, c.state());
        assertTrue(c.differs(SetupComparison.Aspect.STS_ID));
        assertFalse(c.differs(SetupComparison.Aspect.MODE));
    }

    @Test
    void enforceToTestingAndADroppedPatternAreWeakenings() {
        List<SetupComparison.Weakening> w = SetupComparison.weakenings(ENFORCE_TWO, TESTING_ONE);
        assertEquals(
                List.of(
                        SetupComparison.WeakeningKind.MODE_DOWNGRADE,
                        SetupComparison.WeakeningKind.MX_DROPPED,
                        SetupComparison.WeakeningKind.MAX_AGE_SHORTER),
                w.stream().map(SetupComparison.Weakening::kind).toList());
        assertTrue(
                w.get(0).message().contains("enforce") && w.get(0).message().contains("testing"),
                w.get(0).message());
        assertTrue(w.get(1).message().contains("mx2.good.test"), w.get(1).message());
        assertFalse(w.get(1).message().contains("mx1.good.test"), w.get(1).message());
    }

    @Test
    void strengtheningIsNoWeakening() {
        assertTrue(SetupComparison.weakenings(TESTING_ONE, ENFORCE_TWO).isEmpty());
        Policy none = new Policy(Mode.NONE, List.of(), 86400);
        assertEquals(
                List.of(SetupComparison.WeakeningKind.MODE_DOWNGRADE),
                SetupComparison.weakenings(TESTING_ONE, none).stream()
                        .map(SetupComparison.Weakening::kind)
                        .toList());
    }

    @Test
    void publishedSetupIsReadWithTheRecordAndPolicyRules() {
        PublishedSetup p = PublishedSetup.read(
                List.of("v=STSv1; id=20250101000000;", "unrelated"),
                "version: STSv1\r\nmode: enforce\r\nmx: mx1.good.test\r\nmx: mx2.good.test\r\nmax_age: 604800\r\n",
                List.of("v=TLSRPTv1; rua=mailto:tlsrpt@good.test"));
        assertEquals("20250101000000", p.stsId());
        assertEquals(ENFORCE_TWO, p.policy());
        assertEquals(List.of("mailto:tlsrpt@good.test"), p.ruaUris());
        PublishedSetup broken = PublishedSetup.read(List.of("v=STSv1; id=bad id"), "not a policy", List.of());
        assertTrue(broken.nothingLive(), "invalid parts count as missing, as for a sender");
    }
}
