package org.mtasts.wizard.ui.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Status;
import org.mtasts.wizard.fixtures.BulkFixture;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.TlsReportFiles;
import org.mtasts.wizard.ui.common.Theme;
import org.mtasts.wizard.ui.common.ThemeChoice;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.settings.SettingsViewModel;
import org.mtasts.wizard.ui.store.FileChooserPort;
import org.mtasts.wizard.ui.store.LaunchOptions;
import org.mtasts.wizard.ui.store.Persistence;
import org.mtasts.wizard.ui.task.DirectTaskExecutor;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.WizardViewModel;

/**
 * Walks the wizard through every screen against a loopback scenario and snapshots each, in both
 * themes. The scenario already publishes an older policy that misses one MX host, so the pictures
 * show the live comparison on Publish and a failing row on Verify.
 */
public final class ScreenshotTour {
    static final List<String> NAMES = List.of(
            "1-welcome",
            "2-domain",
            "3-mail-servers",
            "4-policy",
            "5-publish",
            "6-verify",
            "settings",
            "7-bulk",
            "8-reports",
            "9-reports-readiness");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:15:00Z"), ZoneOffset.UTC);

    private final Stage stage;
    private final Path config;
    private Path fullDir;
    private WizardWindow current;

    ScreenshotTour(Stage stage, Path config) {
        this.stage = stage;
        this.config = config;
    }

    static Scenario scenario() {
        return Scenario.withMxHosts("example.test", 2).policyMode("testing").policyMx("mx1.example.test");
    }

    /** Also writes whole-screen pictures (below the fold included) into {@code dir}. */
    ScreenshotTour fullPagesTo(Path dir) {
        this.fullDir = dir;
        return this;
    }

    void renderAll(Path dir, double width, double height) throws Exception {
        try (LiveScenario live = scenario().start();
                BulkFixture bulk = BulkFixture.start(40, 6, Duration.ZERO)) {
            for (Theme theme : Theme.values()) {
                render(live, theme, dir, width, height);
                renderBulk(bulk, theme, dir, width, height);
                renderReports(live, theme, dir, width, height);
            }
        }
    }

    private void render(LiveScenario live, Theme theme, Path dir, double width, double height) throws Exception {
        String t = "-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
        CheckSettings fixture = live.settings();
        WizardWindow w = FxHarness.onFx(() -> {
            AppContext ctx = new AppContext(
                    new Persistence(config.resolve(theme.name() + width)),
                    new DirectTaskExecutor(),
                    FileChooserPort.system(),
                    LaunchOptions.none(),
                    LiveChecks.standard(),
                    CLOCK,
                    s -> s.withHttpsPort(fixture.httpsPort()).withSmtpPort(fixture.smtpPort()));
            WizardWindow win = WizardWindow.create(stage, ctx);
            SettingsViewModel settings = win.viewModel().settings();
            settings.resolverChoiceProperty().set(ResolverChoice.CUSTOM);
            settings.customResolverProperty().set(live.dns().address());
            settings.caFileProperty().set(live.caFile().toString());
            settings.themeChoiceProperty().set(ThemeChoice.explicit(theme));
            theme.apply();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return win;
        });
        WizardViewModel vm = w.viewModel();
        current = w;
        shoot(dir.resolve("1-welcome" + t));
        FxHarness.runFx(() -> {
            vm.startSetup();
            vm.domain().textProperty().set("https://Example.TEST/");
        });
        shoot(dir.resolve("2-domain" + t));
        FxHarness.runFx(vm::next);
        shoot(dir.resolve("3-mail-servers" + t));
        FxHarness.runFx(() -> {
            vm.next();
            vm.policy().newAddressProperty().set("tls-reports@example.test");
            vm.policy().addAddress();
        });
        shoot(dir.resolve("4-policy" + t));
        FxHarness.runFx(vm::next);
        shoot(dir.resolve("5-publish" + t));
        FxHarness.runFx(vm::next);
        FxHarness.runFx(() -> {
            // Open the first failing row so the picture shows evidence, rule and fix.
            stage.getScene().getRoot().lookupAll(".titled-pane").stream()
                    .map(TitledPane.class::cast)
                    .filter(p -> p.getProperties().get("status") == Status.FAIL)
                    .findFirst()
                    .ifPresent(p -> p.setExpanded(true));
        });
        shoot(dir.resolve("6-verify" + t));
        FxHarness.runFx(() -> w.view().openSettings());
        shoot(dir.resolve("settings" + t));
        FxHarness.runFx(() -> w.view().closeSettings());
    }

    /** Check many domains, after a run over a list with a line that is not a domain. */
    private void renderBulk(BulkFixture bulk, Theme theme, Path dir, double width, double height) throws Exception {
        String t = "-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
        CheckSettings fixture = bulk.settings();
        WizardWindow w = FxHarness.onFx(() -> {
            AppContext ctx = new AppContext(
                    new Persistence(config.resolve("bulk-" + theme.name() + width)),
                    new DirectTaskExecutor(),
                    FileChooserPort.system(),
                    LaunchOptions.none(),
                    LiveChecks.standard(),
                    CLOCK,
                    s -> fixture);
            WizardWindow win = WizardWindow.create(stage, ctx);
            win.viewModel().settings().themeChoiceProperty().set(ThemeChoice.explicit(theme));
            theme.apply();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return win;
        });
        current = w;
        WizardViewModel vm = w.viewModel();
        FxHarness.runFx(() -> {
            vm.startBulk();
            vm.bulk()
                    .listTextProperty()
                    .set("# customers, December\n" + String.join("\n", bulk.domains()) + "\nnot a domain!\n");
            vm.runBulk();
        });
        FxHarness.runFx(() -> {
            // Failures first, as a user sorting by verdict sees them.
            @SuppressWarnings("unchecked")
            TableView<Object> table =
                    (TableView<Object>) stage.getScene().getRoot().lookup("#bulk-table");
            TableColumn<Object, ?> verdict = table.getColumns().get(2);
            verdict.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(verdict));
        });
        shoot(dir.resolve("7-bulk" + t));
    }

    /**
     * TLS reports for the scenario's domain: nine days from two reporters, one of them reporting the
     * MX host the live policy misses; then the readiness verdict, not ready (too few days, and the
     * live check fails on that host).
     */
    private void renderReports(LiveScenario live, Theme theme, Path dir, double width, double height) throws Exception {
        String t = "-" + theme.name().toLowerCase(Locale.ROOT) + ".png";
        CheckSettings fixture = live.settings();
        Path reports = config.resolve("tlsrpt-" + theme.name() + width);
        List<String> lines = List.of(live.policyBody().strip().split("\r\n"));
        LocalDate last = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).minusDays(1);
        TlsReportFiles.writeDays(
                reports,
                "Google Inc.",
                "example.test",
                last,
                9,
                lines,
                412,
                9,
                "sts-policy-invalid",
                "mx2.example.test");
        TlsReportFiles.writeDays(
                reports,
                "Microsoft Corporation",
                "example.test",
                last.minusDays(1),
                7,
                lines,
                133,
                0,
                null,
                "mx1.example.test");
        WizardWindow w = FxHarness.onFx(() -> {
            AppContext ctx = new AppContext(
                    new Persistence(config.resolve("reports-" + theme.name() + width)),
                    new DirectTaskExecutor(),
                    FileChooserPort.system(),
                    LaunchOptions.none(),
                    LiveChecks.standard(),
                    CLOCK,
                    s -> s.withHttpsPort(fixture.httpsPort()).withSmtpPort(fixture.smtpPort()));
            WizardWindow win = WizardWindow.create(stage, ctx);
            SettingsViewModel settings = win.viewModel().settings();
            settings.resolverChoiceProperty().set(ResolverChoice.CUSTOM);
            settings.customResolverProperty().set(live.dns().address());
            settings.caFileProperty().set(live.caFile().toString());
            settings.themeChoiceProperty().set(ThemeChoice.explicit(theme));
            theme.apply();
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            return win;
        });
        current = w;
        WizardViewModel vm = w.viewModel();
        FxHarness.runFx(() -> {
            vm.startReports();
            vm.reports().importPaths(List.of(reports));
        });
        shoot(dir.resolve("8-reports" + t));
        FxHarness.runFx(vm::checkReadiness);
        FxHarness.settle();
        // The verdict at the top of the picture: scrolled past it, then back up to its heading.
        FxHarness.runFx(() -> {
            w.view().ensureVisible(stage.getScene().getRoot().lookup("#reports-ways-on"));
            w.view().ensureVisible(stage.getScene().getRoot().lookup("#readiness"));
        });
        shoot(dir.resolve("9-reports-readiness" + t));
    }

    private void shoot(Path file) throws Exception {
        FxHarness.settle();
        FxHarness.snapshot(stage.getScene(), file);
        // The whole scrollable screen too, for reviewing what lies below the fold.
        if (fullDir != null && current != null) {
            Node screen = current.view()
                    .screen(current.viewModel().stepProperty().get())
                    .root();
            FxHarness.snapshot(screen, fullDir.resolve(file.getFileName()));
        }
    }
}
