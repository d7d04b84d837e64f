package org.mtasts.wizard.ui.domain;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.ui.task.LiveChecks;
import org.mtasts.wizard.ui.task.TaskExecutor;
import org.mtasts.wizard.ui.task.TaskHandle;

/**
 * The Domain screen: one field, its normalised form as the user types (core's {@link DomainName}
 * does the normalising), and the live lookup of MX, MTA-STS and TLSRPT records on Next.
 */
public final class DomainViewModel {
    public static final String EMPTY_MESSAGE = "Enter your mail domain, e.g. example.com.";

    private final TaskExecutor executor;
    private final LiveChecks live;
    private final StringProperty text = new SimpleStringProperty("");
    /** Set once the user tried to go on: from then on an empty field is an error too. */
    private final BooleanProperty attempted = new SimpleBooleanProperty(false);

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty lookupError = new SimpleStringProperty("");
    private final ObjectProperty<Discovery> discovery = new SimpleObjectProperty<>();
    private final StringProperty restoredNote = new SimpleStringProperty("");
    private final BooleanProperty checkOnly = new SimpleBooleanProperty(false);

    private final ObjectBinding<DomainName.DomainInput> parsed;
    private final StringBinding error;
    private final StringBinding normalized;
    private final StringBinding display;
    private final StringBinding changeNote;
    private final BooleanBinding valid;
    private TaskHandle running;

    public DomainViewModel(TaskExecutor executor, LiveChecks live) {
        this.executor = executor;
        this.live = live;
        parsed = Bindings.createObjectBinding(() -> DomainName.parse(text.get()), text);
        error = Bindings.createStringBinding(
                () -> {
                    if (text.get().isBlank()) {
                        return attempted.get() ? EMPTY_MESSAGE : "";
                    }
                    return parsed.get() instanceof DomainName.Invalid inv ? inv.message() : "";
                },
                text,
                attempted,
                parsed);
        normalized = Bindings.createStringBinding(
                () -> parsed.get() instanceof DomainName.Valid v ? v.name().ascii() : "", parsed);
        display = Bindings.createStringBinding(
                () -> parsed.get() instanceof DomainName.Valid v ? v.name().display() : "", parsed);
        changeNote = Bindings.createStringBinding(
                () -> parsed.get() instanceof DomainName.Valid v ? String.join("; ", v.changes()) : "", parsed);
        valid = Bindings.createBooleanBinding(() -> parsed.get() instanceof DomainName.Valid, parsed);
        // A different domain makes an earlier lookup meaningless.
        normalized.addListener((o, was, now) -> {
            if (discovery.get() != null && !discovery.get().domain().equals(now)) {
                discovery.set(null);
            }
            lookupError.set("");
        });
    }

    /**
     * The domain as a person reads it and as DNS spells it, e.g. {@code bücher.example
     * (xn--bcher-kva.example)}; just the name when it is ASCII; empty while invalid.
     */
    public StringBinding displayProperty() {
        return display;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding errorProperty() {
        return error;
    }

    /** The name as it goes into DNS and the policy (A-labels), or empty while invalid. */
    public StringBinding normalizedProperty() {
        return normalized;
    }

    /** What normalising changed ("removed https:// and the path"), or empty. */
    public StringBinding changeNoteProperty() {
        return changeNote;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last lookup failed, or empty. */
    public StringProperty lookupErrorProperty() {
        return lookupError;
    }

    /** "Welcome back" after a restart, until the user moves on; empty otherwise. */
    public StringProperty restoredNoteProperty() {
        return restoredNote;
    }

    /** True when Next runs the live checks ("Check a domain") instead of the lookup (setting up). */
    public BooleanProperty checkOnlyProperty() {
        return checkOnly;
    }

    /** What the last lookup found; null before one ran for the current domain. */
    public ObjectProperty<Discovery> discoveryProperty() {
        return discovery;
    }

    /** The normalised domain; only call while {@link #validProperty()} is true. */
    public DomainName domain() {
        return ((DomainName.Valid) parsed.get()).name();
    }

    /** Marks the field as submitted, so an empty value shows its message. */
    public void attempt() {
        attempted.set(true);
    }

    /**
     * Looks up what is live for the domain in the background. {@code onDone} runs on the UI thread
     * with the discovery, or with null when the lookup failed (the reason is in {@link #lookupErrorProperty()}).
     */
    public void lookup(CheckSettings settings, Consumer<Discovery> onDone) {
        String domain = domain().ascii();
        busy.set(true);
        lookupError.set("");
        running = executor.submit(
                ctx -> live.discover(domain, settings, ctx),
                d -> {
                    busy.set(false);
                    discovery.set(d);
                    if (!d.resolverAnswered()) {
                        lookupError.set("The DNS resolver did not answer ("
                                + d.mxOutcome().meaning()
                                + "). Check the resolver in Settings, or go on and enter your mail servers yourself.");
                    }
                    onDone.accept(d);
                },
                e -> {
                    busy.set(false);
                    lookupError.set("The lookup failed: " + LiveChecks.describe(e));
                    onDone.accept(null);
                });
    }

    public boolean cancel() {
        if (running != null && !running.isDone() && busy.get()) {
            running.cancel();
            busy.set(false);
            lookupError.set("Lookup cancelled.");
            return true;
        }
        return false;
    }
}
