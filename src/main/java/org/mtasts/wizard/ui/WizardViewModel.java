package org.mtasts.wizard.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard as a whole: which step is showing, where Next and Back lead, what is running in the
 * background, and the draft. Holds one ViewModel per screen; has no nodes.
 */
public final class WizardViewModel {
    private final TaskExecutor executor;
    private final SettingsViewModel settings = new SettingsViewModel();
    private final DomainViewModel domain;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WELCOME);
    private final BooleanProperty checkOnly = new SimpleBooleanProperty(false);
    private final ObservableList<Step> steps = FXCollections.observableArrayList(Step.values());
    private final BooleanProperty finished = new SimpleBooleanProperty(false);

    private final BooleanBinding busy;
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final StringBinding nextLabel;

    public WizardViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.domain = new DomainViewModel(executor);
        checkOnly.addListener((obs, was, now) -> steps.setAll(now
                ? List.of(Step.WELCOME, Step.DOMAIN, Step.VERIFY)
                : List.of(Step.values())));
        busy = domain.busyProperty().not().not();
        canGoBack = Bindings.createBooleanBinding(() -> step.get() != Step.WELCOME && !busy.get(), step, busy);
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, busy, domain.validProperty());
        nextLabel = Bindings.createStringBinding(() -> switch (step.get()) {
            case WELCOME -> "_Next";
            case DOMAIN -> checkOnly.get() ? "_Check" : "_Next";
            case PUBLISH -> "_Verify";
            case VERIFY -> "_Finish";
            default -> "_Next";
        }, step, checkOnly);
    }

    private boolean nextAllowed() {
        if (busy.get()) {
            return false;
        }
        return switch (step.get()) {
            case DOMAIN -> domain.validProperty().get();
            default -> true;
        };
    }

    public TaskExecutor executor() {
        return executor;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public DomainViewModel domain() {
        return domain;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public BooleanProperty checkOnlyProperty() {
        return checkOnly;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    /** What is running, in a few words ("Looking up the MX records of example.com"). */
    public StringProperty busyMessageProperty() {
        return busyMessage;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public StringBinding nextLabelProperty() {
        return nextLabel;
    }

    /** Becomes true when the user presses Finish on the last step. */
    public BooleanProperty finishedProperty() {
        return finished;
    }

    /** "Set up MTA-STS" on the Welcome screen. */
    public void startSetup() {
        checkOnly.set(false);
        step.set(Step.DOMAIN);
    }

    /** "Check a domain": only the domain is asked, then the live checks run. */
    public void startCheck() {
        checkOnly.set(true);
        step.set(Step.DOMAIN);
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        switch (step.get()) {
            case WELCOME -> startSetup();
            case VERIFY -> finished.set(true);
            default -> {
                int i = steps.indexOf(step.get());
                if (i >= 0 && i + 1 < steps.size()) {
                    step.set(steps.get(i + 1));
                }
            }
        }
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        int i = steps.indexOf(step.get());
        step.set(i > 0 ? steps.get(i - 1) : Step.WELCOME);
    }

    /** Stops whatever runs in the background; false when nothing was running. */
    public boolean cancelWork() {
        return domain.cancel();
    }

    /** Everything the draft is made of: a change to any of these is worth saving. */
    public List<Observable> draftSources() {
        List<Observable> sources = new ArrayList<>();
        sources.add(step);
        sources.add(checkOnly);
        sources.add(domain.textProperty());
        return sources;
    }

    public Draft toDraft() {
        return new Draft(step.get().name(), checkOnly.get(), domain.textProperty().get(), null, false, null, null,
                null, null);
    }

    /** Puts the user back where they left off. Work that ran (lookups, checks) is not replayed. */
    public void restore(Draft d) {
        checkOnly.set(d.checkOnly());
        domain.textProperty().set(d.domain());
        Step saved;
        try {
            saved = Step.valueOf(d.step());
        } catch (IllegalArgumentException e) {
            saved = Step.WELCOME;
        }
        // Screens after Domain need the MX lookup; come back to the domain so it runs again.
        step.set(saved == Step.WELCOME ? Step.WELCOME : Step.DOMAIN);
    }
}
