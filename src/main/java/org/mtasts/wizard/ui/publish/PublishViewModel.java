package org.mtasts.wizard.ui.publish;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.check.MxHost;
import org.mtasts.wizard.core.Coverage;
import org.mtasts.wizard.core.CoverageReport;
import org.mtasts.wizard.core.HostedFile;
import org.mtasts.wizard.core.HostingBundle;
import org.mtasts.wizard.core.HostingTarget;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.PublishedSetup;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.core.SetupComparison;
import org.mtasts.wizard.core.SetupRequest;
import org.mtasts.wizard.core.StsRecord;
import org.mtasts.wizard.ui.store.SafeFiles;
import org.mtasts.wizard.ui.store.SaveOutcome;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;

/**
 * Publish: the artifacts core generates for the request (policy file, DNS records, zone snippet,
 * hosting files), what is live today, and saving them without silently replacing files.
 */
public final class PublishViewModel {
    private final Clock clock;
    private final ObjectProperty<SetupArtifacts> artifacts = new SimpleObjectProperty<>();
    private final ObjectProperty<HostingTarget> target = new SimpleObjectProperty<>(HostingTarget.GITHUB_PAGES);
    private final ObjectProperty<Discovery> live = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty blocked = new SimpleStringProperty("");

    private final PublicationViewModel publication;

    public PublishViewModel(Clock clock, TaskExecutor executor, LiveChecks checks) {
        this.clock = clock;
        this.publication = new PublicationViewModel(executor, checks);
        // A new draft is judged afresh: an old refusal no longer applies.
        artifacts.addListener((o, was, now) -> blocked.set(""));
    }

    /**
     * Generates the artifacts for {@code request}. The policy id stays the same while the policy
     * itself is unchanged and gets a new timestamp when it changes (RFC 8461 §3.1: senders re-fetch
     * only when the id changes).
     */
    public void update(SetupRequest request) {
        SetupArtifacts previous = artifacts.get();
        if (previous != null
                && previous.request().domain().equals(request.domain())
                && previous.request().policy().equals(request.policy())) {
            artifacts.set(SetupArtifacts.generate(request, previous.policyId()));
        } else {
            artifacts.set(SetupArtifacts.generate(request, clock));
        }
        message.set("");
    }

    /** Restores an id from the draft so reopening the app does not invent a new one. */
    public void update(SetupRequest request, String policyId) {
        artifacts.set(SetupArtifacts.generate(request, policyId));
    }

    /** "Check publication": the draft's records at every authoritative server and the resolver. */
    public PublicationViewModel publication() {
        return publication;
    }

    public ObjectProperty<SetupArtifacts> artifactsProperty() {
        return artifacts;
    }

    public ObjectProperty<HostingTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<Discovery> liveProperty() {
        return live;
    }

    /** Why Next did not go on to Verify (an uncovered MX host in enforce), or empty. */
    public StringProperty blockedProperty() {
        return blocked;
    }

    /** The result of the last save or export, for the status line. */
    public StringProperty messageProperty() {
        return message;
    }

    public HostingBundle bundle() {
        return artifacts.get().hosting(target.get());
    }

    /** The MTA-STS TXT record published today, if exactly one looks like one. */
    public Optional<String> liveStsRecord() {
        Discovery d = live.get();
        if (d == null) {
            return Optional.empty();
        }
        List<String> sts = d.stsRecord().records().stream()
                .filter(r -> r.startsWith(StsRecord.PREFIX))
                .toList();
        return sts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", sts));
    }

    /** The policy file served today, if it could be fetched. */
    public Optional<String> livePolicy() {
        Discovery d = live.get();
        return d == null || d.policyText() == null ? Optional.empty() : Optional.of(d.policyText());
    }

    /**
     * A warning about publishing this draft. {@code blocking}: publishing it would make senders
     * refuse mail, so the wizard does not go on to Verify until the draft changes.
     */
    public record Warning(String text, boolean blocking) {}

    /** What the domain publishes today, read with core's rules (nothing when not looked up). */
    public PublishedSetup livePublished() {
        Discovery d = live.get();
        if (d == null) {
            return PublishedSetup.NOTHING;
        }
        return d.live();
    }

    /**
     * What publishing this draft would break or weaken: a lower mode, dropped mx patterns or a
     * shorter max_age than the live policy (never silent), and MX hosts no pattern covers, which
     * senders refuse in enforce mode (RFC 8461 §4.1, §5) and only report in testing mode.
     */
    public List<Warning> warnings() {
        SetupArtifacts a = artifacts.get();
        Discovery d = live.get();
        if (a == null || d == null) {
            return List.of();
        }
        List<Warning> out = new ArrayList<>();
        Policy draft = a.request().policy();
        for (SetupComparison.Weakening w :
                SetupComparison.weakenings(livePublished().policy(), draft)) {
            out.add(new Warning(w.message(), false));
        }
        if (draft.mode() != Mode.NONE && !d.nullMx()) {
            List<String> hosts = d.mxHosts().stream().map(MxHost::host).toList();
            CoverageReport coverage = Coverage.analyze(hosts, a.request().mx());
            for (String host : coverage.uncovered()) {
                out.add(
                        draft.mode() == Mode.ENFORCE
                                ? new Warning(
                                        host + " is not covered by any mx pattern: in enforce mode, senders that apply"
                                                + " MTA-STS refuse to deliver to it. Go back to Mail servers and add a"
                                                + " pattern for it, or choose testing on the Policy screen.",
                                        true)
                                : new Warning(
                                        host + " is not covered by any mx pattern: in testing mode senders only report"
                                                + " it, but enforce mode would refuse mail to it. Add a pattern for it on"
                                                + " Mail servers before you switch to enforce.",
                                        false));
            }
        }
        return out;
    }

    /** The first warning that stops the wizard here, if any. */
    public Optional<Warning> blockingWarning() {
        return warnings().stream().filter(Warning::blocking).findFirst();
    }

    /** True when the domain already publishes MTA-STS: then the order of publishing matters. */
    public boolean replacesLive() {
        return liveStsRecord().isPresent() || livePolicy().isPresent();
    }

    /** Saves the policy file exactly (CRLF line endings). */
    public SaveOutcome savePolicy(Path file, boolean replace) {
        try {
            SafeFiles.write(file, artifacts.get().policyText(), replace);
            message.set("Saved the policy file to " + file + ".");
            return SaveOutcome.SAVED;
        } catch (FileAlreadyExistsException e) {
            message.set("");
            return SaveOutcome.EXISTS;
        } catch (IOException e) {
            message.set("Could not save " + file + ": " + LiveChecks.describe(e));
            return SaveOutcome.FAILED;
        }
    }

    /** The files of the selected hosting target, by relative path. */
    public Map<String, String> hostingFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (HostedFile f : bundle().files()) {
            files.put(f.path(), f.content());
        }
        // The same numbered steps as `generate --out` writes, so an export is complete on its own.
        files.put(HostingBundle.STEPS_FILE, bundle().stepsText());
        return files;
    }

    /** Writes the selected target's files under {@code dir}, refusing to replace unless told to. */
    public SaveOutcome exportHosting(Path dir, boolean replace) {
        try {
            SafeFiles.writeAll(dir, hostingFiles(), replace);
            message.set("Exported " + hostingFiles().size() + " file(s) for "
                    + target.get().displayName() + " to " + dir + ".");
            return SaveOutcome.SAVED;
        } catch (FileAlreadyExistsException e) {
            message.set("");
            return SaveOutcome.EXISTS;
        } catch (IOException e) {
            message.set("Could not export to " + dir + ": " + LiveChecks.describe(e));
            return SaveOutcome.FAILED;
        }
    }

    /** The files an export into {@code dir} would replace. */
    public List<Path> exportClashes(Path dir) {
        return SafeFiles.existing(dir, hostingFiles().keySet());
    }
}
