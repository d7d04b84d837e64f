package org.mtasts.wizard.ui.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtasts.wizard.core.MaxAge;

class PolicyViewModelTest {

    /** The screen shows core's verdict on a custom max_age, word for word (as generate --max-age does). */
    @ParameterizedTest(name = "[{index}] custom max_age ''{0}''")
    @ValueSource(strings = {"3600", " 86400 ", "0", "31557600", "31557601", "a week", "", "-1"})
    void customMaxAgeIsJudgedByCore(String typed) {
        PolicyViewModel vm = new PolicyViewModel();
        vm.maxAgeChoiceProperty().set(MaxAgeChoice.CUSTOM);
        vm.customMaxAgeProperty().set(typed);
        MaxAge.MaxAgeInput core = MaxAge.parse(typed);
        if (core instanceof MaxAge.Valid v) {
            assertEquals("", vm.maxAgeErrorProperty().get());
            assertEquals(v.seconds(), vm.maxAgeSeconds());
        } else {
            assertEquals(
                    ((MaxAge.Invalid) core).message(), vm.maxAgeErrorProperty().get());
            assertEquals(-1, vm.maxAgeSeconds());
        }
    }
}
