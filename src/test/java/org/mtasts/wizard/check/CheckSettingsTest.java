package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckSettingsTest {

    @ParameterizedTest(name = "[{index}] timeout {0} s gives deadline {1} s")
    @CsvSource({"1,45", "10,45", "11,45", "12,48", "30,120", "300,1200"})
    void deadlineIsFourTimeoutsButNeverUnder45Seconds(long timeout, long deadline) {
        assertEquals(Duration.ofSeconds(deadline), CheckSettings.deadlineFor(Duration.ofSeconds(timeout)));
    }

    @Test
    void deadlineNeverExceedsTheLongestAccepted() {
        assertEquals(CheckSettings.MAX_DEADLINE, CheckSettings.deadlineFor(Duration.ofSeconds(1000)));
    }

    @Test
    void defaultsUseTheDerivedDeadline() {
        CheckSettings d = CheckSettings.defaults();
        assertEquals(CheckSettings.deadlineFor(d.probeTimeout()), d.deadline());
        assertEquals(Duration.ofSeconds(45), d.deadline());
    }

    @Test
    void changingTheTimeoutThisWayMovesTheDeadlineWithIt() {
        CheckSettings s = CheckSettings.defaults().withProbeTimeoutAndDerivedDeadline(Duration.ofSeconds(60));
        assertEquals(Duration.ofSeconds(60), s.probeTimeout());
        assertEquals(Duration.ofSeconds(240), s.deadline());
    }
}
