package org.mtasts.wizard.ui.wizard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.ResolverSpec;
import org.mtasts.wizard.check.propagation.Expected;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.core.SetupRequest;
import org.mtasts.wizard.ui.bulk.BulkViewModel;
import org.mtasts.wizard.ui.domain.DomainViewModel;
import org.mtasts.wizard.ui.mailservers.MailServersViewModel;
import org.mtasts.wizard.ui.policy.MaxAgeChoice;
import org.mtasts.wizard.ui.policy.PolicyViewModel;
import org.mtasts.wizard.ui.publish.PublishViewModel;
import org.mtasts.wizard.ui.reports.ReportsViewModel;
import org.mtasts.wizard.ui.settings.SettingsViewModel;
import org.mtasts.wizard.ui.store.DomainAnswers;
import org.mtasts.wizard.ui.store.Draft;
import org.mtasts.wizard.ui.verify.VerifyViewModel;

/**
 * The wizard as a whole: which step is showing, where Next and Back lead, what is running in the
 * background, and the draft. Holds one ViewModel per screen; has no nodes.
 */
public final class WizardViewModel {
    private static final List<Step> SETUP_STEPS =
            List.of(Step.WELCOME, Step.DOMAIN, Step.MAIL_SERVERS, Step.POLICY, Step.PUBLISH, Step.VERIFY);
    private final AppContext context;
    private final SettingsViewModel settings = new SettingsViewModel();
    private final DomainViewModel domain;
    private final MailServersViewModel mailServers;
    private final PolicyViewModel policy;
    private final PublishViewModel publish;
    private final VerifyViewModel verify;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WELCOME);
    private final BooleanProperty checkOnly = new SimpleBooleanProperty(false);
    private final BooleanProperty bulkMode = new SimpleBooleanProperty(false);
    private final BooleanProperty reportsMode = new SimpleBooleanProperty(false);
    private final BulkViewModel bulk;
    private final ReportsViewModel reports;
    private final ObservableList<Step> steps = FXCollections.observableArrayList(SETUP_STEPS);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);

    private final BooleanBinding busy;
    private final StringBinding busyMessage;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoNext;
    private final StringBinding nextLabel;
    private String restoredPolicyId;
    /** The domain (A-labels) whose answers the screens hold; null before the first lookup. */
    private String answersFor;
    /** Answers made for other domains in this draft, so going back to one restores them. */
    private final Map<String, DomainAnswers> otherDomains = new LinkedHashMap<>();

    public WizardViewModel(AppContext context) {
        this.context = context;
        this.domain = new DomainViewModel(context.executor(), context.live());
        this.mailServers = new MailServersViewModel(() -> domain.validProperty().get() ? domain.domain() : null);
        this.policy = new PolicyViewModel(this::request);
        this.publish = new PublishViewModel(context.clock(), context.executor(), context.live());
        this.verify = new VerifyViewModel(context.executor(), context.live());
        this.bulk = new BulkViewModel(context.executor(), context.live());
        this.reports = new ReportsViewModel(context.executor(), context.live(), context.dataDir(), context.clock());
        domain.checkOnlyProperty().bind(checkOnly);
        checkOnly.addListener((obs, was, now) -> updateSteps());
        bulkMode.addListener((obs, was, now) -> updateSteps());
        reportsMode.addListener((obs, was, now) -> updateSteps());
        // An IMAP server with a private CA is trusted through the same extra CA file as the checks.
        reports.caFileProperty().bind(Bindings.createObjectBinding(settings::caFileOrNull, settings.caFileProperty()));
        busy = domain.busyProperty()
                .or(verify.runningProperty())
                .or(bulk.runningProperty())
                .or(reports.runningProperty());
        busyMessage = Bindings.createStringBinding(
                () -> {
                    if (domain.busyProperty().get()) {
                        return "Looking up the MX, MTA-STS and TLSRPT records of "
                                + domain.normalizedProperty().get() + "...";
                    }
                    if (verify.runningProperty().get()) {
                        return "Checking: " + verify.doneProperty().get() + " of "
                                + verify.totalProperty().get() + " done";
                    }
                    if (bulk.runningProperty().get()) {
                        return "Checking domains: " + bulk.doneProperty().get() + " of "
                                + bulk.totalProperty().get() + " done";
                    }
                    if (reports.runningProperty().get()) {
                        return reports.progressProperty().get();
                    }
                    return "";
                },
                reports.runningProperty(),
                reports.progressProperty(),
                bulk.runningProperty(),
                bulk.doneProperty(),
                bulk.totalProperty(),
                domain.busyProperty(),
                verify.runningProperty(),
                verify.doneProperty(),
                verify.totalProperty());
        canGoBack = Bindings.createBooleanBinding(() -> step.get() != Step.WELCOME && !busy.get(), step, busy);
        canGoNext = Bindings.createBooleanBinding(() -> !busy.get(), busy);
        nextLabel = Bindings.createStringBinding(
                () -> switch (step.get()) {
                    case DOMAIN -> checkOnly.get() ? "_Check" : "_Next";
                    case PUBLISH -> "_Verify";
                    case VERIFY ->
                        bulkMode.get() ? "Back to the _list" : reportsMode.get() ? "Back to the _reports" : "_Finish";
                    case BULK, REPORTS -> "_Finish";
                    default -> "_Next";
                },
                step,
                checkOnly,
                bulkMode,
                reportsMode);
        step.addListener((o, was, now) -> {
            policy.blockedMessageProperty().set("");
            if (now == Step.POLICY) {
                // The domain or the mx patterns may have changed since the advice was last given.
                policy.refreshAdvice();
            }
        });
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public DomainViewModel domain() {
        return domain;
    }

    public MailServersViewModel mailServers() {
        return mailServers;
    }

    public PolicyViewModel policy() {
        return policy;
    }

    public PublishViewModel publish() {
        return publish;
    }

    public VerifyViewModel verify() {
        return verify;
    }

    public BulkViewModel bulk() {
        return bulk;
    }

    public BooleanProperty bulkModeProperty() {
        return bulkMode;
    }

    public ReportsViewModel reports() {
        return reports;
    }

    public BooleanProperty reportsModeProperty() {
        return reportsMode;
    }

    private void updateSteps() {
        List<Step> now;
        if (bulkMode.get()) {
            now = List.of(Step.WELCOME, Step.BULK, Step.VERIFY);
        } else if (reportsMode.get()) {
            now = List.of(Step.WELCOME, Step.REPORTS, Step.VERIFY);
        } else {
            now = checkOnly.get() ? List.of(Step.WELCOME, Step.DOMAIN, Step.VERIFY) : SETUP_STEPS;
        }
        // Only a real change rebuilds the step list (several modes change at once when a path starts).
        if (!steps.equals(now)) {
            steps.setAll(now);
        }
    }

    /** "Check many domains" on the Welcome screen. */
    public void startBulk() {
        reportsMode.set(false);
        bulkMode.set(true);
        step.set(Step.BULK);
    }

    /** "TLS reports" on the Welcome screen: the stored reports are read again. */
    public void startReports() {
        openReports(null);
    }

    /**
     * The TLS reports screen, with {@code domainAscii} chosen when reports for it are stored (Verify
     * in testing mode offers this as the next step: RFC 8461 §5 testing exists to read them).
     */
    public void openReports(String domainAscii) {
        reportsMode.set(true);
        bulkMode.set(false);
        checkOnly.set(false);
        step.set(Step.REPORTS);
        reports.refresh(domainAscii);
    }

    /** "Check readiness" on the reports screen: the live check of the chosen domain, with the current settings. */
    public void checkReadiness() {
        Optional<CheckSettings> settingsOk = settingsOrSay(reports.messageProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        reports.checkReadiness(s);
    }

    /**
     * Opens the live check of {@code domainAscii} on Verify with the row that tests the same thing
     * as a reported failure ({@code checkCode}, a {@code CheckId} code) opened; Back or the next
     * button returns to the reports.
     */
    public void openCheck(String domainAscii, String checkCode) {
        if (busy.get()) {
            return;
        }
        domain.textProperty().set(domainAscii);
        domain.attempt();
        if (!domain.validProperty().get()) {
            return;
        }
        verify.expandCodeProperty().set(checkCode);
        step.set(Step.VERIFY);
        runChecks();
    }

    /** Starts checking every domain of the bulk list. */
    public void runBulk() {
        Optional<CheckSettings> settingsOk = settingsOrSay(bulk.messageProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        bulk.start(s);
    }

    /**
     * Opens one domain's report of the bulk check on Verify; Run again there checks that domain
     * anew, Back returns to the list.
     */
    public void openReport(Report r) {
        verify.expandCodeProperty().set(null);
        if (bulk.runningProperty().get()) {
            // Verify would show the report while the list keeps running: Back would lose neither,
            // but Run again would then be refused as busy. Keep it simple: wait for the list.
            bulk.messageProperty().set("Open a domain's result once the list has finished (or press Stop).");
            return;
        }
        domain.textProperty().set(r.domain());
        verify.show(r);
        step.set(Step.VERIFY);
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

    /** What is running, in a few words. */
    public StringBinding busyMessageProperty() {
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

    /** "Welcome back" after a restart, until the user moves on. */
    public StringProperty restoredNoteProperty() {
        return domain.restoredNoteProperty();
    }

    /** Why Next did not move on (shown when the problem is not next to a field). */
    public StringProperty blockedMessageProperty() {
        return policy.blockedMessageProperty();
    }

    /**
     * "Switch to enforce" and "Remove MTA-STS" on the reports screen: looks up what {@code
     * domainAscii} publishes now, then opens Policy with {@code mode} and {@code maxAgeSeconds}
     * chosen, the MX hosts and report addresses taken from the live setup, and no policy id kept,
     * so Publish makes a new one (RFC 8461 §3.1: senders fetch the policy again only when the id
     * changes) and, as the domain already publishes MTA-STS, shows the safe order.
     */
    public void prepareNewPolicy(String domainAscii, Mode mode, long maxAgeSeconds) {
        if (busy.get()) {
            return;
        }
        domain.textProperty().set(domainAscii);
        domain.attempt();
        if (!domain.validProperty().get()) {
            return;
        }
        Optional<CheckSettings> settingsOk = settingsOrSay(reports.messageProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        domain.lookup(s, d -> {
            if (d == null || !d.resolverAnswered()) {
                reports.messageProperty().set(domain.lookupErrorProperty().get());
                return;
            }
            reportsMode.set(false);
            bulkMode.set(false);
            checkOnly.set(false);
            switchAnswersTo(domain.domain().ascii());
            mailServers.useDiscovery(d);
            publish.liveProperty().set(d);
            prefillReportAddresses(d);
            policy.modeProperty().set(mode);
            MaxAgeChoice preset = null;
            for (MaxAgeChoice c : MaxAgeChoice.values()) {
                if (c.seconds() == maxAgeSeconds) {
                    preset = c;
                }
            }
            policy.maxAgeChoiceProperty().set(preset != null ? preset : MaxAgeChoice.CUSTOM);
            policy.customMaxAgeProperty().set(preset != null ? "" : Long.toString(maxAgeSeconds));
            restoredPolicyId = null;
            publish.artifactsProperty().set(null);
            step.set(Step.POLICY);
        });
    }

    /** "Set up MTA-STS" on the Welcome screen. */
    public void startSetup() {
        reportsMode.set(false);
        bulkMode.set(false);
        checkOnly.set(false);
        step.set(Step.DOMAIN);
    }

    /**
     * "Check publication" on Publish: the draft's records at every authoritative server and at the
     * resolver, again until live everywhere.
     */
    public void checkPublication() {
        SetupArtifacts draft = publish.artifactsProperty().get();
        if (draft == null) {
            return;
        }
        Optional<CheckSettings> settingsOk = settingsOrSay(publish.publication().statusProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        publish.publication().start(draft.request().domain(), Expected.of(draft), s);
    }

    /** "Check a domain": only the domain is asked, then the live checks run. */
    public void startCheck() {
        reportsMode.set(false);
        bulkMode.set(false);
        checkOnly.set(true);
        step.set(Step.DOMAIN);
    }

    /**
     * The settings for a lookup or check, or empty after saying in {@code message} why Settings
     * hold no usable values (the one place every way of starting network work reports that).
     */
    private Optional<CheckSettings> settingsOrSay(StringProperty message) {
        try {
            return Optional.of(checkSettings());
        } catch (IllegalArgumentException e) {
            message.set("Settings: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The settings every lookup and check uses, from Settings (and the command line). */
    public CheckSettings checkSettings() {
        CheckSettings s = CheckSettings.defaults()
                .withResolver(ResolverSpec.parse(settings.resolver()))
                .withCaFile(settings.caFileOrNull())
                // The same derived deadline as check --timeout (CheckSettings.deadlineFor).
                .withProbeTimeoutAndDerivedDeadline(Duration.ofSeconds(settings.timeoutSeconds()));
        UnaryOperator<CheckSettings> tweak = context.checkSettings();
        return tweak.apply(s);
    }

    /** The request the answers so far describe; null while some answer is missing or invalid. */
    public SetupRequest request() {
        if (!domain.validProperty().get() || policy.maxAgeSeconds() < 0) {
            return null;
        }
        try {
            return new SetupRequest(
                    domain.domain(),
                    mailServers.patternList(),
                    policy.modeProperty().get(),
                    policy.maxAgeSeconds(),
                    List.copyOf(policy.reportAddresses()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void next() {
        if (!canGoNext.get()) {
            return;
        }
        policy.blockedMessageProperty().set("");
        domain.restoredNoteProperty().set("");
        switch (step.get()) {
            case WELCOME -> startSetup();
            case DOMAIN -> leaveDomain();
            case MAIL_SERVERS -> {
                if (mailServers.validProperty().get()) {
                    step.set(Step.POLICY);
                }
            }
            case POLICY -> {
                // An address typed but not added is never dropped without a word: a valid one is
                // added (the note says so), anything else stops here with the field's message.
                if (!policy.takeTypedAddress()) {
                    return;
                }
                SetupRequest r = request();
                if (!policy.validProperty().get()) {
                    return;
                }
                if (r == null) {
                    policy.blockedMessageProperty()
                            .set("The policy needs at least one mx pattern unless the mode is none: "
                                    + "go back to Mail servers and add one.");
                    return;
                }
                if (restoredPolicyId != null) {
                    publish.update(r, restoredPolicyId);
                    restoredPolicyId = null;
                }
                publish.update(r);
                step.set(Step.PUBLISH);
            }
            case PUBLISH -> {
                // An uncovered MX host in enforce mode would make senders refuse mail (RFC 8461 §4.1).
                Optional<PublishViewModel.Warning> blocking = publish.blockingWarning();
                if (blocking.isPresent()) {
                    publish.blockedProperty().set(blocking.get().text());
                    return;
                }
                step.set(Step.VERIFY);
                runChecks();
            }
            case VERIFY -> {
                if (bulkMode.get()) {
                    step.set(Step.BULK);
                } else if (reportsMode.get()) {
                    step.set(Step.REPORTS);
                } else {
                    finished.set(true);
                }
            }
            case BULK, REPORTS -> finished.set(true);
        }
    }

    private void leaveDomain() {
        domain.attempt();
        if (!domain.validProperty().get()) {
            return;
        }
        if (checkOnly.get()) {
            step.set(Step.VERIFY);
            runChecks();
            return;
        }
        Optional<CheckSettings> settingsOk = settingsOrSay(domain.lookupErrorProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        // A lookup the resolver never answered is not kept: Mail servers tells the user to fix the
        // resolver and come back to try again, so Next here must really ask again.
        if (domain.discoveryProperty().get() != null
                && domain.discoveryProperty().get().resolverAnswered()) {
            step.set(Step.MAIL_SERVERS);
            return;
        }
        domain.lookup(s, d -> {
            boolean known = switchAnswersTo(domain.domain().ascii());
            mailServers.useDiscovery(d);
            publish.liveProperty().set(d);
            prefillReportAddresses(d);
            if (!known) {
                modeFromLive(d);
            }
            step.set(Step.MAIL_SERVERS);
        });
    }

    /**
     * Makes the screens hold {@code ascii}'s answers: the answers of the domain before it are put
     * aside, and the new domain gets the answers made for it earlier or fresh defaults (never the
     * previous domain's report addresses or patterns). True when answers for it existed.
     */
    private boolean switchAnswersTo(String ascii) {
        if (ascii.equals(answersFor)) {
            return true;
        }
        if (answersFor != null) {
            otherDomains.put(answersFor, currentAnswers());
        }
        DomainAnswers saved = otherDomains.remove(ascii);
        boolean known = saved != null || (answersFor == null && hasAnswers());
        if (answersFor != null || saved != null) {
            applyAnswers(saved != null ? saved : new DomainAnswers(null, false, null, null, null, null, null));
        }
        answersFor = ascii;
        return known;
    }

    /** True when the screens hold answers restored from a draft (made before answersFor existed). */
    private boolean hasAnswers() {
        return mailServers.patternsEditedProperty().get()
                || !policy.reportAddresses().isEmpty()
                || restoredPolicyId != null;
    }

    private DomainAnswers currentAnswers() {
        SetupArtifacts a = publish.artifactsProperty().get();
        return new DomainAnswers(
                List.copyOf(mailServers.patterns()),
                mailServers.patternsEditedProperty().get(),
                policy.modeProperty().get().name(),
                policy.maxAgeChoiceProperty().get().name(),
                policy.customMaxAgeProperty().get(),
                List.copyOf(policy.reportAddresses()),
                a != null && a.request().domain().ascii().equals(answersFor) ? a.policyId() : restoredPolicyId);
    }

    private void applyAnswers(DomainAnswers d) {
        mailServers.patterns().setAll(d.mxPatterns());
        mailServers.patternsEditedProperty().set(d.patternsEdited());
        policy.modeProperty().set(enumOr(Mode.class, d.mode(), Mode.TESTING));
        policy.maxAgeChoiceProperty().set(enumOr(MaxAgeChoice.class, d.maxAgeChoice(), MaxAgeChoice.WEEK));
        policy.customMaxAgeProperty().set(d.customMaxAge());
        policy.reportAddresses().setAll(d.reportAddresses());
        policy.addressNoteProperty().set("");
        restoredPolicyId = d.policyId();
        publish.artifactsProperty().set(null);
    }

    /**
     * A domain that already has a policy starts from its live mode: offering testing to a domain in
     * enforce would silently lower its protection (RFC 8461 §5). Publish still warns on any downgrade.
     */
    private void modeFromLive(Discovery d) {
        d.live().mode().ifPresent(m -> policy.modeProperty().set(m));
    }

    /**
     * A domain that already publishes TLS reporting keeps its report addresses unless the user
     * entered some: they are read with core's record rules (RFC 8460 §3).
     */
    private void prefillReportAddresses(Discovery d) {
        if (d == null || !policy.reportAddresses().isEmpty()) {
            return;
        }
        List<String> rua = d.live().ruaUris();
        if (!rua.isEmpty()) {
            policy.reportAddresses().setAll(rua);
            policy.addressNoteProperty()
                    .set("Taken from the TLS reporting record "
                            + domain.domain().tlsRptRecordName() + " publishes today.");
        }
    }

    /** Starts (or restarts) the live checks for the current domain. */
    public void runChecks() {
        if (!domain.validProperty().get()) {
            return;
        }
        Optional<CheckSettings> settingsOk = settingsOrSay(verify.messageProperty());
        if (settingsOk.isEmpty()) {
            return;
        }
        CheckSettings s = settingsOk.get();
        verify.run(
                domain.domain(),
                s,
                checkOnly.get() || bulkMode.get() || reportsMode.get()
                        ? null
                        : publish.artifactsProperty().get());
    }

    public void back() {
        if (!canGoBack.get()) {
            return;
        }
        domain.restoredNoteProperty().set("");
        int i = steps.indexOf(step.get());
        step.set(i > 0 ? steps.get(i - 1) : Step.WELCOME);
    }

    /** Stops whatever runs in the background; false when nothing was running. */
    public boolean cancelWork() {
        boolean a = domain.cancel();
        boolean b = verify.cancel();
        boolean c = bulk.cancel();
        boolean d = publish.publication().runningProperty().get();
        publish.publication().stop();
        boolean e = reports.cancel();
        return a || b || c || d || e;
    }

    /** Everything the draft is made of: a change to any of these is worth saving. */
    public List<Observable> draftSources() {
        List<Observable> sources = new ArrayList<>();
        sources.add(step);
        sources.add(checkOnly);
        sources.add(domain.textProperty());
        sources.add(mailServers.patterns());
        sources.add(mailServers.patternsEditedProperty());
        sources.add(policy.modeProperty());
        sources.add(policy.maxAgeChoiceProperty());
        sources.add(policy.customMaxAgeProperty());
        sources.add(policy.reportAddresses());
        sources.add(publish.artifactsProperty());
        return sources;
    }

    public Draft toDraft() {
        return Draft.of(
                // A bulk list is not kept, and reports live in their own store: a draft made on
                // either path reopens on Welcome.
                bulkMode.get() || reportsMode.get()
                        ? Step.WELCOME.name()
                        : step.get().name(),
                checkOnly.get(),
                domain.textProperty().get(),
                currentAnswers(),
                answersFor,
                otherDomains);
    }

    /** Puts the user back where they left off. Lookups and checks are not replayed. */
    public void restore(Draft d) {
        checkOnly.set(d.checkOnly());
        domain.textProperty().set(d.domain());
        applyAnswers(d.answers());
        answersFor = d.answersFor();
        otherDomains.clear();
        otherDomains.putAll(d.otherDomains());
        Step saved = enumOr(Step.class, d.step(), Step.WELCOME);
        // Screens after Domain need the live lookup: come back to the domain so it runs again.
        // A bulk list is not part of the draft: its screen starts from Welcome again.
        if (saved != Step.WELCOME && saved != Step.BULK && saved != Step.REPORTS) {
            step.set(Step.DOMAIN);
            domain.restoredNoteProperty()
                    .set("Welcome back: your answers are as you left them. Press Next to look up your records again.");
        }
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
