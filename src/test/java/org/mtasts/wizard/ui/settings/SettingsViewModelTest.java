package org.mtasts.wizard.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.store.AppSettings;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;

class SettingsViewModelTest {
    private final SettingsViewModel vm = new SettingsViewModel();

    @Test
    void presetsNeedNoCustomAddress() {
        vm.resolverChoiceProperty().set(ResolverChoice.QUAD9);
        assertEquals("9.9.9.9", vm.resolver());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void customResolverIsValidatedAsTyped() {
        vm.resolverChoiceProperty().set(ResolverChoice.CUSTOM);
        assertEquals(
                "Enter the resolver's address, e.g. 192.0.2.53 or 192.0.2.53:5353.",
                vm.customResolverErrorProperty().get());
        vm.customResolverProperty().set("127.0.0.1:0");
        assertEquals(
                "Resolver '127.0.0.1:0': port must be 1 to 65535.",
                vm.customResolverErrorProperty().get());
        vm.customResolverProperty().set("https://dns.example/dns-query");
        assertEquals("", vm.customResolverErrorProperty().get(), "DNS over HTTPS is accepted");
        vm.customResolverProperty().set("bad host!");
        assertFalse(vm.customResolverErrorProperty().get().isEmpty());
        vm.customResolverProperty().set("[::1]:5353");
        assertEquals("", vm.customResolverErrorProperty().get());
        assertEquals("[::1]:5353", vm.resolver());
    }

    @Test
    void commandLineResolverAndCaFileWinOverSavedSettings(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(
                dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n");
        vm.load(new AppSettings("9.9.9.9", "", 7, ThemeChoice.DARK));
        vm.apply(new LaunchOptions("127.0.0.1:5353", pem.toString()));
        assertEquals(ResolverChoice.CUSTOM, vm.resolverChoiceProperty().get());
        assertEquals("127.0.0.1:5353", vm.resolver());
        assertEquals(pem, vm.caFileOrNull());
        assertEquals(7, vm.timeoutSeconds());
        assertEquals(Theme.DARK, vm.themeProperty().get());
    }

    @Test
    void invalidTimeoutFallsBackToTheDefaultUntilFixed() {
        vm.timeoutProperty().set("abc");
        assertEquals(
                "Enter whole seconds from 1 to 300.", vm.timeoutErrorProperty().get());
        assertEquals(AppSettings.DEFAULT_TIMEOUT_SECONDS, vm.timeoutSeconds());
        vm.timeoutProperty().set("301");
        assertFalse(vm.validProperty().get());
        vm.timeoutProperty().set("30");
        assertEquals(30, vm.timeoutSeconds());
    }

    @Test
    void missingCaFileIsReportedAndNotUsed() {
        vm.caFileProperty().set("/nonexistent/ca.pem");
        assertEquals(
                "No such file: /nonexistent/ca.pem", vm.caFileErrorProperty().get());
        assertNull(vm.caFileOrNull());
    }

    @Test
    void settingsRoundTripThroughDisk(@TempDir Path dir) {
        Persistence p = new Persistence(dir);
        vm.resolverChoiceProperty().set(ResolverChoice.CUSTOM);
        vm.customResolverProperty().set("192.0.2.1:53");
        vm.themeChoiceProperty().set(ThemeChoice.DARK);
        assertTrue(p.saveSettings(vm.toSettings()));
        SettingsViewModel again = new SettingsViewModel();
        again.load(p.loadSettings().orElseThrow());
        assertEquals("192.0.2.1:53", again.resolver());
        assertEquals(ThemeChoice.DARK, again.themeChoiceProperty().get());
        assertEquals(Theme.DARK, again.themeProperty().get());
    }

    @Test
    void systemIsTheDefaultAndFollowsTheDesktopAsItChanges() {
        assertEquals(ThemeChoice.SYSTEM, vm.themeChoiceProperty().get());
        assertEquals(ThemeChoice.SYSTEM, AppSettings.defaults().theme());
        // No preference reported (headless): System means light.
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
        vm.systemColorSchemeProperty().set(ColorScheme.DARK);
        assertEquals(Theme.DARK, vm.themeProperty().get());
        vm.systemColorSchemeProperty().set(ColorScheme.LIGHT);
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
        // An explicit choice holds whatever the desktop says.
        vm.themeChoiceProperty().set(ThemeChoice.DARK);
        vm.systemColorSchemeProperty().set(ColorScheme.LIGHT);
        assertEquals(Theme.DARK, vm.themeProperty().get());
        vm.themeChoiceProperty().set(ThemeChoice.LIGHT);
        vm.systemColorSchemeProperty().set(ColorScheme.DARK);
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
        vm.themeChoiceProperty().set(ThemeChoice.SYSTEM);
        assertEquals(Theme.DARK, vm.themeProperty().get());
        assertEquals(ThemeChoice.SYSTEM, vm.toSettings().theme());
    }

    @Test
    void settingsFilesFromBeforeSystemExistedStillLoad(@TempDir Path dir) throws Exception {
        // As the Light/Dark-only version wrote them.
        Path file = dir.resolve("settings.json");
        Files.writeString(
                file,
                "{\n  \"resolver\" : \"9.9.9.9\",\n  \"caFile\" : \"\",\n  \"timeoutSeconds\" : 7,\n"
                        + "  \"theme\" : \"DARK\"\n}");
        AppSettings old = new Persistence(dir).loadSettings().orElseThrow();
        assertEquals(new AppSettings("9.9.9.9", "", 7, ThemeChoice.DARK), old);
        vm.load(old);
        vm.systemColorSchemeProperty().set(ColorScheme.LIGHT);
        assertEquals(Theme.DARK, vm.themeProperty().get());

        Files.writeString(file, "{\"resolver\":\"\",\"caFile\":\"\",\"timeoutSeconds\":10,\"theme\":\"LIGHT\"}");
        assertEquals(
                ThemeChoice.LIGHT,
                new Persistence(dir).loadSettings().orElseThrow().theme());
        Files.writeString(file, "{\"resolver\":\"\",\"caFile\":\"\",\"timeoutSeconds\":10,\"theme\":\"SYSTEM\"}");
        assertEquals(
                ThemeChoice.SYSTEM,
                new Persistence(dir).loadSettings().orElseThrow().theme());
        // No theme at all: the new default.
        Files.writeString(file, "{\"resolver\":\"\",\"caFile\":\"\",\"timeoutSeconds\":10}");
        assertEquals(
                ThemeChoice.SYSTEM,
                new Persistence(dir).loadSettings().orElseThrow().theme());
        // And System is written by name, for the next start.
        assertTrue(new Persistence(dir).saveSettings(AppSettings.defaults()));
        assertTrue(Files.readString(file).contains("\"SYSTEM\""), Files.readString(file));
    }

    @Test
    void aBrokenSettingsFileIsIgnoredNotFatal(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{ not json");
        assertTrue(new Persistence(dir).loadSettings().isEmpty());
    }
}
