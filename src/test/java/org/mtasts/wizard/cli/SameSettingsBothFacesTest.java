package org.mtasts.wizard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.store.AppSettings;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.DirectTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.WizardViewModel;
import picocli.CommandLine;

/**
 * The two faces turn the same inputs into the same {@link CheckSettings}: {@code check} with its
 * options on one side; on the other the wizard as its window builds it, with saved Settings (the
 * timeout) and {@code gui --resolver/--ca-file} for this run on top.
 */
class SameSettingsBothFacesTest {
    @TempDir
    Path dir;

    private CheckSettings cli(String... options) throws Exception {
        CheckCommand cmd = new CheckCommand();
        List<String> args = new ArrayList<>(List.of(options));
        args.add("example.test");
        new CommandLine(cmd).parseArgs(args.toArray(new String[0]));
        return cmd.settings();
    }

    /** Saved Settings, then the gui options applied the way the window applies them. */
    private CheckSettings wizard(AppSettings saved, String... guiOptions) {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs(guiOptions);
        Map<String, String> named = new HashMap<>();
        for (String a : gui.launchArguments()) {
            int eq = a.indexOf('=');
            named.put(a.substring(2, eq), a.substring(eq + 1));
        }
        WizardViewModel vm = new WizardViewModel(new AppContext(
                new Persistence(dir),
                new DirectTaskExecutor(),
                null,
                LaunchOptions.fromNamed(named),
                LiveChecks.standard(),
                Clock.systemUTC(),
                UnaryOperator.identity()));
        vm.settings().load(saved);
        vm.settings().apply(LaunchOptions.fromNamed(named));
        return vm.checkSettings();
    }

    @Test
    void noOptionsAndDefaultSettingsGiveTheSameSettings() throws Exception {
        CheckSettings cli = cli();
        assertEquals(cli, wizard(AppSettings.defaults()));
        assertEquals(CheckSettings.defaults(), cli);
    }

    @Test
    void resolverTimeoutAndCaFileGiveTheSameSettings() throws Exception {
        Path pem = Files.writeString(
                dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n");
        String ca = pem.toAbsolutePath().toString();
        CheckSettings cli = cli("--resolver", "127.0.0.1:5353", "--timeout", "7", "--ca-file", ca);
        CheckSettings gui = wizard(
                new AppSettings("9.9.9.9", "", 7, ThemeChoice.LIGHT), "--resolver", "127.0.0.1:5353", "--ca-file", ca);
        assertEquals(cli, gui);
        assertEquals(pem.toAbsolutePath(), gui.caFile());
        assertEquals(CheckSettings.deadlineFor(gui.probeTimeout()), gui.deadline());
    }

    @Test
    void aLongTimeoutMovesTheDeadlineAlikeInBothFaces() throws Exception {
        CheckSettings cli = cli("--resolver", "9.9.9.9", "--timeout", "60");
        CheckSettings gui = wizard(new AppSettings("9.9.9.9", "", 60, ThemeChoice.LIGHT));
        assertEquals(cli, gui);
        assertEquals(240, gui.deadline().toSeconds());
    }

    @Test
    void aDnsOverHttpsResolverGivesTheSameSettings() throws Exception {
        String doh = "https://dns.example.test/dns-query";
        CheckSettings cli = cli("--resolver", doh, "--timeout", "5");
        CheckSettings gui = wizard(new AppSettings("", "", 5, ThemeChoice.LIGHT), "--resolver", doh);
        assertEquals(cli, gui);
    }
}
