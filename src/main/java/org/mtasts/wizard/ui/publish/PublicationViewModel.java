package org.mtasts.wizard.ui.publish;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.DnsHosts;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.check.propagation.OverallState;
import org.mtasts.wizard.check.propagation.Propagation;
import org.mtasts.wizard.check.propagation.PropagationReport;
import org.mtasts.wizard.check.propagation.RecordReport;
import org.mtasts.wizard.check.propagation.ServerAnswer;
import org.mtasts.wizard.core.DnsHostTable;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.task.TaskHandle;

/**
 * "Check publication" on Publish: asks every authoritative server and the resolver for the
 * records the draft publishes, again and again with growing pauses ({@link
 * Propagation#recheckAfter}) until all are live everywhere, or until stopped. The name servers
 * met on the way also tell which DNS host serves the zone, for its instructions.
 */
public final class PublicationViewModel {
    private final TaskExecutor executor;
    private final LiveChecks live;
    private final ObjectProperty<PropagationReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<DnsHostTable.Detection> dnsHost = new SimpleObjectProperty<>();
    private final StringProperty zone = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private TaskHandle handle;

    public PublicationViewModel(TaskExecutor executor, LiveChecks live) {
        this.executor = executor;
        this.live = live;
    }

    /** The latest report, or null before the first. */
    public ObjectProperty<PropagationReport> reportProperty() {
        return report;
    }

    /** The DNS host the zone's name servers point to, or null before the first report. */
    public ObjectProperty<DnsHostTable.Detection> dnsHostProperty() {
        return dnsHost;
    }

    /** The zone the records live in (the domain or a parent), or empty before the first report. */
    public StringProperty zoneProperty() {
        return zone;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** One sentence: what runs, when the next check is, or how the last one ended. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Starts checking (again) until everything is live everywhere, or {@link #stop()}. */
    public void start(DomainName domain, Expected expected, CheckSettings settings) {
        stop();
        running.set(true);
        status.set("Asking each authoritative server of " + domain.ascii() + " and your resolver...");
        handle = executor.submit(
                ctx -> loop(domain, expected, settings, ctx),
                last -> {
                    running.set(false);
                    status.set(finalStatus(last));
                },
                e -> {
                    running.set(false);
                    status.set("The publication check could not run: " + LiveChecks.describe(e));
                });
    }

    /** Stops checking; the last report stays shown. */
    public void stop() {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
        if (running.get()) {
            running.set(false);
            status.set("Stopped. The last answers stay shown; press Check publication to ask again.");
        }
    }

    private PropagationReport loop(
            DomainName domain, Expected expected, CheckSettings settings, TaskExecutor.TaskContext ctx)
            throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        ctx.onCancel(stopped::countDown);
        for (int attempt = 0; ; attempt++) {
            PropagationReport r = live.publication(domain, expected, settings, ctx);
            Optional<Duration> next = ctx.isCancelled() ? Optional.empty() : Propagation.recheckAfter(r, attempt);
            ctx.ui(() -> show(r, next));
            if (next.isEmpty() || stopped.await(next.get().toMillis(), TimeUnit.MILLISECONDS)) {
                return r;
            }
            ctx.ui(() -> status.set("Asking again..."));
        }
    }

    private void show(PropagationReport r, Optional<Duration> next) {
        report.set(r);
        List<String> servers = r.records().stream()
                .flatMap(rec -> rec.servers().stream())
                .map(ServerAnswer::server)
                .distinct()
                .toList();
        if (!servers.isEmpty()) {
            dnsHost.set(DnsHosts.table().detect(servers));
        }
        r.records().stream()
                .map(RecordReport::zone)
                .filter(z -> z != null && !z.isEmpty())
                .findFirst()
                .ifPresent(zone::set);
        next.ifPresent(d -> status.set(stateSentence(r) + " Checking again in " + words(d) + "."));
    }

    private static String finalStatus(PropagationReport r) {
        return r == null ? "" : stateSentence(r);
    }

    /** What the overall state means for the user, in one sentence. */
    static String stateSentence(PropagationReport r) {
        return switch (r.state()) {
            case LIVE_EVERYWHERE ->
                "Live everywhere: every authoritative server and your resolver serve the new records.";
            case PUBLISHED_WAITING_FOR_CACHES ->
                "Published: every authoritative server serves the new records; your"
                        + " resolver still remembers the old answer for "
                        + Propagation.aboutMinutes(r.maxRemainingSeconds())
                        + ", and senders' resolvers behave alike.";
            case PARTIAL ->
                "Partly published: some authoritative servers still serve an old copy ("
                        + String.join(", ", r.laggingServers()) + ").";
            case NOT_PUBLISHED -> "Not published yet: no authoritative server serves all the new records.";
            case INCONCLUSIVE -> "Not known yet: some servers did not answer.";
        };
    }

    private static String words(Duration d) {
        long s = d.toSeconds();
        return s < 90 ? s + " s" : Propagation.aboutMinutes(s);
    }

    /** True once everything is live everywhere. */
    public boolean liveEverywhere() {
        return report.get() != null && report.get().state() == OverallState.LIVE_EVERYWHERE;
    }
}
