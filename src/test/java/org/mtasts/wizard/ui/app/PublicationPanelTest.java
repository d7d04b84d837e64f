package org.mtasts.wizard.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.CheckListener;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.check.propagation.OverallState;
import org.mtasts.wizard.check.propagation.Propagation;
import org.mtasts.wizard.check.propagation.PropagationListener;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.check.propagation.PropagationRun;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.SetupRequest;
import org.mtasts.wizard.fixtures.DnsFixture;
import org.mtasts.wizard.ui.settings.ResolverChoice;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.wizard.AppContext;
import org.mtasts.wizard.ui.wizard.Step;
import org.testfx.api.FxRobot;

/**
 * Publish's "Check publication" against two real authoritative DNS servers on loopback (one still
 * serving an old copy) and a resolver caching the old answer.
 */
class PublicationPanelTest extends WizardFxTestBase {
    private static final String ZONE = "propagation.test";
    private static final String RUA = "mailto:tls@propagation.test";
    private DnsFixture ns1;
    private DnsFixture ns2;
    private DnsFixture resolver;

    @BeforeEach
    void servers() throws Exception {
        List<DnsFixture> servers = DnsFixture.startOnOnePort("127.0.0.2", "127.0.0.3");
        ns1 = servers.get(0);
        ns2 = servers.get(1);
        resolver = new DnsFixture().start();
        // The zone is served by name servers named like one DNS host's, so its instructions show.
        for (DnsFixture f : List.of(ns1, ns2, resolver)) {
            f.ns(ZONE, "ana.ns.cloudflare.com").ns(ZONE, "bob.ns.cloudflare.com");
            f.a("ana.ns.cloudflare.com", "127.0.0.2").a("bob.ns.cloudflare.com", "127.0.0.3");
        }
        ns1.soa(ZONE, 2026120202, 300)
                .txt("_mta-sts." + ZONE, "v=STSv1; id=new1;")
                .txt("_smtp._tls." + ZONE, "v=TLSRPTv1; rua=" + RUA)
                .a("mta-sts." + ZONE, "127.0.1.1");
        ns2.soa(ZONE, 2026120201, 300)
                .txt("_mta-sts." + ZONE, "v=STSv1; id=old1;")
                .a("mta-sts." + ZONE, "127.0.1.1");
        resolver.soa(ZONE, 2026120201, 300)
                .a("mta-sts." + ZONE, "127.0.1.1")
                .txt("_smtp._tls." + ZONE, "v=TLSRPTv1; rua=" + RUA);
        resolver.ttl(240).txt("_mta-sts." + ZONE, "v=STSv1; id=old1;");
    }

    @AfterEach
    void stopServers() {
        ns1.close();
        ns2.close();
        resolver.close();
    }

    /** The real checks, with the authoritative servers asked on the fixtures' port instead of 53. */
    @Override
    protected AppContext context() {
        AppContext base = super.context();
        LiveChecks standard = LiveChecks.standard();
        LiveChecks onFixturePort = new LiveChecks() {
            @Override
            public Discovery discover(String domain, CheckSettings settings, TaskExecutor.TaskContext context)
                    throws Exception {
                return standard.discover(domain, settings, context);
            }

            @Override
            public Report check(
                    DomainName domain, CheckSettings settings, CheckListener listener, TaskExecutor.TaskContext context)
                    throws Exception {
                return standard.check(domain, settings, listener, context);
            }

            @Override
            public PropagationReport publication(
                    DomainName domain, Expected expected, CheckSettings settings, TaskExecutor.TaskContext context)
                    throws Exception {
                PropagationRun run =
                        Propagation.start(domain, expected, settings, ns1.port(), PropagationListener.none());
                context.onCancel(run::cancel);
                return run.report().get();
            }
        };
        return new AppContext(
                base.persistence(),
                base.executor(),
                base.files(),
                base.options(),
                onFixturePort,
                base.clock(),
                base.checkSettings());
    }

    @Test
    void checkPublicationNamesTheLaggingServerTheCacheExpiryAndTheDnsHost(FxRobot robot) throws Exception {
        openPublishWithTheDraft();
        focusAndClick(robot, "check-publication");
        waitUntil(30, () -> vm().publish().publication().reportProperty().get() != null);

        PropagationReport r = vm().publish().publication().reportProperty().get();
        assertEquals(OverallState.PARTIAL, r.state());
        String status = text(robot, "publication-status");
        assertTrue(status.contains("ana.ns.cloudflare.com") || status.contains("bob.ns.cloudflare.com"), status);
        assertTrue(status.contains("Checking again in"), "it asks again by itself: " + status);
        String sts = text(robot, "publication-sts-record");
        assertTrue(sts.contains("127.0.0.3"), "the lagging server is named: " + sts);
        assertTrue(text(robot, "dns-host").contains("Cloudflare"), text(robot, "dns-host"));
        assertTrue(text(robot, "instruction-_mta-sts.propagation.test").contains("Name field: _mta-sts"));
        FxHarness.snapshot(find(robot, "publication-card"), Path.of("target/screenshots/publication-panel.png"));

        robot.clickOn("#stop-publication");
        assertFalse(vm().publish().publication().runningProperty().get(), "Stop ends the re-checking");
        assertTrue(text(robot, "publication-status").startsWith("Stopped."));
    }

    @Test
    void verifySaysPublishedWaitingForCachesWhenOnlyTheResolverStillHasTheOldRecord(FxRobot robot) throws Exception {
        // Both authoritative servers serve the draft now; only the resolver remembers id=old1.
        ns2.replaceTxt("_mta-sts." + ZONE, "v=STSv1; id=new1;").txt("_smtp._tls." + ZONE, "v=TLSRPTv1; rua=" + RUA);
        openPublishWithTheDraft();
        FxHarness.runFx(() -> vm().runChecks());
        waitUntil(60, () -> vm().verify().publicationProperty().get() != null);
        String banner = vm().verify().bannerProperty().get();
        assertTrue(banner.startsWith("Published, waiting for caches (about 4 min)"), banner);
        assertEquals(
                OverallState.PUBLISHED_WAITING_FOR_CACHES,
                vm().verify().publicationProperty().get().state());
    }

    private void openPublishWithTheDraft() throws Exception {
        FxHarness.runFx(() -> {
            vm().settings().resolverChoiceProperty().set(ResolverChoice.CUSTOM);
            vm().settings().customResolverProperty().set(resolver.address());
            vm().settings().timeoutProperty().set("3");
            vm().domain().textProperty().set(ZONE);
            vm().publish()
                    .update(
                            new SetupRequest(
                                    DomainName.of(ZONE),
                                    List.of(MxPattern.of("mx1.propagation.test")),
                                    Mode.TESTING,
                                    604800,
                                    List.of(RUA)),
                            "new1");
            vm().stepProperty().set(Step.PUBLISH);
        });
    }
}
