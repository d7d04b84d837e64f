package org.mtasts.wizard.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.ui.app.ScreenshotTour;
import org.mtasts.wizard.ui.publish.PublishViewModel;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.DirectTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.verify.ReportFormat;

/** The ViewModels without a window: background work runs synchronously. */
class WizardViewModelTest {
    @TempDir
    Path dir;

    private LiveScenario live;
    private AppContext ctx;

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    private WizardViewModel wizardFor(Scenario scenario) throws Exception {
        live = scenario.start();
        ctx = new AppContext(
                new Persistence(dir),
                new DirectTaskExecutor(),
                null,
                LaunchOptions.none(),
                LiveChecks.standard(),
                ScreenshotTour.CLOCK,
                s -> s.withHttpsPort(live.settings().httpsPort()).withSmtpPort(live.smtpPort()));
        WizardViewModel vm = new WizardViewModel(ctx);
        vm.settings().resolverChoiceProperty().set(ResolverChoice.CUSTOM);
        vm.settings().customResolverProperty().set(live.dns().address());
        vm.settings().caFileProperty().set(live.caFile().toString());
        return vm;
    }

    @Test
    void nextWalksTheSetupAndTheChecksPass() throws Exception {
        WizardViewModel vm = wizardFor(Scenario.withMxHosts("example.test", 2).policyMode("testing"));
        vm.startSetup();
        vm.domain().textProperty().set("example.test");
        vm.next();
        assertEquals("", vm.domain().lookupErrorProperty().get());
        assertEquals(Step.MAIL_SERVERS, vm.stepProperty().get());
        assertEquals(
                List.of("mx1.example.test", "mx2.example.test"),
                vm.mailServers().patterns());
        vm.next();
        assertEquals(Step.POLICY, vm.stepProperty().get());
        assertEquals(
                List.of("mailto:tlsrpt@example.test"),
                vm.policy().reportAddresses(),
                "taken over from the live TLSRPT record");
        vm.policy().newAddressProperty().set("tlsrpt@example.test");
        assertFalse(vm.policy().addAddress(), "already in the list");
        assertEquals(
                "mailto:tlsrpt@example.test is already in the list.",
                vm.policy().newAddressErrorProperty().get());
        vm.next();
        assertEquals("", vm.blockedMessageProperty().get());
        assertEquals(Step.PUBLISH, vm.stepProperty().get());
        assertEquals(live.policyBody(), vm.publish().artifactsProperty().get().policyText());
        vm.next();
        assertEquals(Step.VERIFY, vm.stepProperty().get());
        assertFalse(vm.verify().runningProperty().get());
        assertNotNull(
                vm.verify().reportProperty().get(),
                vm.verify().messageProperty().get());
        assertEquals(
                Status.PASS,
                vm.verify().reportProperty().get().verdict(),
                ReportFormat.MARKDOWN.render(vm.verify().reportProperty().get()));
        assertEquals(Mode.TESTING, vm.policy().modeProperty().get());
    }

    @Test
    void unreachableResolverPointsAtTheResolverNotAtFailingRows() {
        AppContext ctx = new AppContext(
                new Persistence(dir),
                new DirectTaskExecutor(),
                null,
                LaunchOptions.none(),
                LiveChecks.standard(),
                ScreenshotTour.CLOCK,
                s -> s);
        WizardViewModel vm = new WizardViewModel(ctx);
        vm.settings().resolverChoiceProperty().set(ResolverChoice.CUSTOM);
        vm.settings().customResolverProperty().set("127.0.0.1:9"); // loopback discard port: nothing answers
        vm.settings().timeoutProperty().set("2");
        vm.startSetup();
        vm.domain().textProperty().set("example.test");
        vm.next();
        assertEquals(Step.MAIL_SERVERS, vm.stepProperty().get(), "a failed lookup must not block the wizard");
        vm.mailServers().newPatternProperty().set("mx1.example.test");
        assertTrue(vm.mailServers().addPattern());
        vm.next();
        vm.next();
        vm.next();
        assertEquals(Step.VERIFY, vm.stepProperty().get());
        assertTrue(vm.verify().reportProperty().get().nothingChecked());
        assertEquals(
                "Nothing could be checked: the DNS resolver did not answer.",
                vm.verify().bannerProperty().get());
        String detail = vm.verify().bannerDetailProperty().get();
        assertFalse(detail.contains("fix the failing rows"), detail);
        assertTrue(detail.endsWith("Check the DNS resolver in Settings, then press Run again."), detail);
    }

    @Test
    void backAndNextAfterAnUnansweredLookupAsksAgainWithTheFixedResolver() throws Exception {
        WizardViewModel vm = wizardFor(Scenario.withMxHosts("example.test", 2));
        String good = vm.settings().customResolverProperty().get();
        vm.settings().customResolverProperty().set("127.0.0.1:9"); // loopback discard port: nothing answers
        vm.startSetup();
        vm.domain().textProperty().set("example.test");
        vm.next();
        assertEquals(Step.MAIL_SERVERS, vm.stepProperty().get());
        assertFalse(vm.domain().discoveryProperty().get().resolverAnswered());
        assertTrue(vm.mailServers().hosts().isEmpty());
        vm.back();
        vm.settings().customResolverProperty().set(good);
        vm.next();
        assertEquals(Step.MAIL_SERVERS, vm.stepProperty().get());
        assertTrue(vm.domain().discoveryProperty().get().resolverAnswered(), "the lookup ran again");
        assertEquals(2, vm.mailServers().hosts().size());
    }

    /** Walks Welcome -> Domain -> Mail servers for {@code name}. */
    private static void lookUp(WizardViewModel vm, String name) {
        vm.domain().textProperty().set(name);
        vm.next();
        assertEquals(
                Step.MAIL_SERVERS,
                vm.stepProperty().get(),
                vm.domain().lookupErrorProperty().get());
    }

    @Test
    void reportAddressesAndModeNeverCarryOverToTheNextDomainAndComeBackWithTheirOwn() throws Exception {
        WizardViewModel vm = wizardFor(Scenario.withMxHosts("good.test", 1).policyMode("testing"));
        // A second domain on the same DNS server: MX only, no MTA-STS and no TLSRPT record.
        live.dns().mx("testing.test", 10, "mx1.good.test");
        vm.startSetup();
        lookUp(vm, "good.test");
        vm.next();
        assertEquals(List.of("mailto:tlsrpt@good.test"), vm.policy().reportAddresses());
        vm.policy().modeProperty().set(Mode.NONE);

        vm.back();
        vm.back();
        lookUp(vm, "testing.test");
        vm.next();
        assertEquals(Step.POLICY, vm.stepProperty().get());
        assertTrue(vm.policy().reportAddresses().isEmpty(), "good.test's address is not offered for testing.test");
        assertEquals(Mode.TESTING, vm.policy().modeProperty().get(), "a new domain starts from the default mode");
        assertEquals(List.of("mx1.good.test"), vm.mailServers().patterns());

        vm.back();
        vm.back();
        lookUp(vm, "good.test");
        assertEquals(List.of("mailto:tlsrpt@good.test"), vm.policy().reportAddresses());
        assertEquals(Mode.NONE, vm.policy().modeProperty().get(), "good.test's own answers come back");

        // Kept in the saved draft too.
        WizardViewModel reopened = new WizardViewModel(ctx);
        reopened.restore(vm.toDraft());
        assertEquals(Mode.NONE, reopened.policy().modeProperty().get());
        assertEquals(List.of("mailto:tlsrpt@good.test"), reopened.toDraft().reportAddresses());
        assertTrue(reopened.toDraft().otherDomains().containsKey("testing.test"));
    }

    @Test
    void aDomainLiveInEnforceStartsInEnforceAndPublishWarnsOnADowngrade() throws Exception {
        WizardViewModel vm = wizardFor(Scenario.withMxHosts("example.test", 2).policyMode("enforce"));
        vm.startSetup();
        lookUp(vm, "example.test");
        vm.next();
        assertEquals(Mode.ENFORCE, vm.policy().modeProperty().get(), "the live mode is the default");
        assertTrue(vm.publish().warnings().isEmpty(), vm.publish().warnings().toString());

        vm.policy().modeProperty().set(Mode.TESTING);
        vm.next();
        assertEquals(Step.PUBLISH, vm.stepProperty().get());
        List<PublishViewModel.Warning> warnings = vm.publish().warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).text().contains("enforce"), warnings.get(0).text());
        assertFalse(warnings.get(0).blocking(), "a downgrade is allowed, but said");
    }

    @Test
    void anUncoveredMxHostInEnforceBlocksPublishUntilItIsCovered() throws Exception {
        WizardViewModel vm = wizardFor(Scenario.withMxHosts("example.test", 2).policyMode("testing"));
        vm.startSetup();
        lookUp(vm, "example.test");
        vm.mailServers().patterns().setAll("mx1.example.test");
        vm.mailServers().patternsEditedProperty().set(true);
        vm.next();
        vm.policy().modeProperty().set(Mode.ENFORCE);
        vm.next();
        assertEquals(Step.PUBLISH, vm.stepProperty().get());
        vm.next();
        assertEquals(Step.PUBLISH, vm.stepProperty().get(), "Next does not go on to Verify");
        assertTrue(
                vm.publish().blockedProperty().get().startsWith("mx2.example.test is not covered by any mx pattern"),
                vm.publish().blockedProperty().get());
        assertTrue(vm.publish().blockingWarning().isPresent());

        // In testing mode the same host is a warning only.
        vm.back();
        vm.policy().modeProperty().set(Mode.TESTING);
        vm.next();
        assertTrue(vm.publish().blockingWarning().isEmpty());
        assertFalse(vm.publish().warnings().isEmpty());
        vm.next();
        assertEquals(Step.VERIFY, vm.stepProperty().get());
    }
}
