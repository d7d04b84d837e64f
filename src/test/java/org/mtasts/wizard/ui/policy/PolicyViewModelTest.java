package org.mtasts.wizard.ui.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.SetupRequest;

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

    /** The advice follows the screen's answers on its own; the view only shows the list. */
    @Test
    void adviceFollowsTheAnswersAndIsEmptyWithoutARequest() {
        PolicyViewModel[] self = new PolicyViewModel[1];
        PolicyViewModel vm = new PolicyViewModel(() -> new SetupRequest(
                DomainName.of("example.com"),
                List.of(MxPattern.of("mx.example.com")),
                self[0].modeProperty().get(),
                self[0].maxAgeSeconds(),
                List.copyOf(self[0].reportAddresses())));
        self[0] = vm;
        vm.refreshAdvice();
        assertEquals(1, vm.currentAdvice().size(), "testing without a report address");
        vm.newAddressProperty().set("tls-reports@example.com");
        assertTrue(vm.addAddress());
        assertEquals(List.of(), vm.currentAdvice());
        vm.modeProperty().set(Mode.ENFORCE);
        vm.customMaxAgeProperty().set("3600");
        vm.maxAgeChoiceProperty().set(MaxAgeChoice.CUSTOM);
        assertEquals(1, vm.currentAdvice().size(), "a short max_age in enforce");

        PolicyViewModel alone = new PolicyViewModel();
        alone.refreshAdvice();
        assertEquals(List.of(), alone.currentAdvice());
    }

    @Test
    void aValidAddressTypedButNotAddedIsAddedOnLeavingAndTheNoteSaysSo() {
        PolicyViewModel vm = new PolicyViewModel();
        vm.newAddressProperty().set("tlsrpt@example.com");
        assertTrue(vm.takeTypedAddress());
        assertEquals(List.of("mailto:tlsrpt@example.com"), vm.reportAddresses());
        assertEquals("", vm.newAddressProperty().get());
        assertTrue(
                vm.addressNoteProperty().get().startsWith("Added mailto:tlsrpt@example.com, which was typed"),
                vm.addressNoteProperty().get());
    }

    @Test
    void anInvalidAddressTypedButNotAddedStopsTheScreenWithAMessage() {
        PolicyViewModel vm = new PolicyViewModel();
        vm.newAddressProperty().set("not an address");
        assertFalse(vm.takeTypedAddress());
        assertTrue(vm.reportAddresses().isEmpty());
        assertEquals("not an address", vm.newAddressProperty().get(), "what was typed is kept");
        assertTrue(
                vm.newAddressErrorProperty()
                        .get()
                        .endsWith("Correct the address or clear the field, then press Next again."),
                vm.newAddressErrorProperty().get());
    }

    @Test
    void anEmptyFieldOrAnAddressAlreadyListedLeavesQuietly() {
        PolicyViewModel vm = new PolicyViewModel();
        assertTrue(vm.takeTypedAddress());
        vm.reportAddresses().add("mailto:a@example.com");
        vm.newAddressProperty().set("a@example.com");
        assertTrue(vm.takeTypedAddress());
        assertEquals(List.of("mailto:a@example.com"), vm.reportAddresses());
    }
}
