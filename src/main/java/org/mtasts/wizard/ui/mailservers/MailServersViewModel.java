package org.mtasts.wizard.ui.mailservers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtasts.wizard.check.Discovery;
import org.mtasts.wizard.check.MxHost;
import org.mtasts.wizard.core.Coverage;
import org.mtasts.wizard.core.CoverageReport;
import org.mtasts.wizard.core.DomainName;
import org.mtasts.wizard.core.Finding;
import org.mtasts.wizard.core.FindingCode;
import org.mtasts.wizard.core.MxPattern;
import org.mtasts.wizard.core.PatternSuggestion;
import org.mtasts.wizard.ui.common.FindingText;

/**
 * Mail servers: the MX hosts from DNS and the editable list of policy {@code mx} patterns. Coverage,
 * stale patterns and risky wildcards come from core's {@link Coverage} and {@link PatternSuggestion}.
 */
public final class MailServersViewModel {
    /** One MX host as shown: name, priority and whether the current patterns cover it. */
    public record HostRow(String host, int priority, boolean covered, String coverage) {}

    private final ObservableList<MxHost> hosts = FXCollections.observableArrayList();
    private final ObservableList<String> patterns = FXCollections.observableArrayList();
    private final BooleanProperty patternsEdited = new SimpleBooleanProperty(false);
    private final StringProperty newPattern = new SimpleStringProperty("");
    private final StringProperty newPatternError = new SimpleStringProperty("");
    private final StringProperty lookupNote = new SimpleStringProperty("");
    private final ObservableList<String> wildcardAlternatives = FXCollections.observableArrayList();

    private final ObjectBinding<CoverageReport> coverage;
    private final ObservableList<HostRow> hostRows = FXCollections.observableArrayList();
    private final StringBinding patternsError;
    private final BooleanBinding valid;

    private final Supplier<DomainName> domain;

    /** @param domain the domain being set up (wildcard advice needs it), or null while unknown */
    public MailServersViewModel(Supplier<DomainName> domain) {
        this.domain = domain;
        coverage = Bindings.createObjectBinding(
                () -> Coverage.analyze(hosts.stream().map(MxHost::host).toList(), parsedPatterns()), hosts, patterns);
        coverage.addListener((o, was, now) -> refreshRows());
        patternsError = Bindings.createStringBinding(
                () -> patterns.isEmpty()
                        ? "Add at least one pattern: the policy must name the servers that receive your mail."
                        : "",
                patterns);
        valid = patternsError.isEmpty();
        refreshRows();
        newPattern.addListener((o, was, now) -> newPatternError.set(""));
    }

    private List<MxPattern> parsedPatterns() {
        List<MxPattern> out = new ArrayList<>();
        for (String p : patterns) {
            if (MxPattern.parse(p) instanceof MxPattern.Valid v) {
                out.add(v.pattern());
            }
        }
        return out;
    }

    private void refreshRows() {
        CoverageReport report = coverage.get();
        List<HostRow> rows = new ArrayList<>();
        for (MxHost h : hosts) {
            var match = report.covered().stream()
                    .filter(c -> c.host().equals(h.host()))
                    .findFirst();
            rows.add(match.map(c -> new HostRow(
                            h.host(),
                            h.priority(),
                            true,
                            "Covered by " + c.matchedBy().get(0)))
                    .orElseGet(() -> new HostRow(
                            h.host(),
                            h.priority(),
                            false,
                            "Not covered: senders in enforce mode will refuse to deliver to it")));
        }
        hostRows.setAll(rows);
    }

    /** Takes the MX hosts from a lookup; pre-fills the patterns unless the user already edited them. */
    public void useDiscovery(Discovery d) {
        hosts.setAll(d == null ? List.of() : d.mxHosts());
        if (d == null) {
            lookupNote.set(
                    "The MX records could not be looked up. Enter the host names of your mail servers yourself.");
        } else if (!d.resolverAnswered()) {
            lookupNote.set("The DNS resolver did not answer (" + d.mxOutcome().meaning() + "). Check the resolver "
                    + "in Settings and go back to try again, or enter your mail servers' host names yourself.");
        } else if (d.nullMx()) {
            lookupNote.set(
                    "This domain publishes a null MX (MX 0 .): it receives no mail, so MTA-STS protects nothing here.");
        } else if (d.mxHosts().isEmpty()) {
            lookupNote.set("No MX records found (" + d.mxOutcome().meaning()
                    + "). Enter your mail servers' host names yourself.");
        } else {
            lookupNote.set("");
        }
        PatternSuggestion suggestion =
                PatternSuggestion.suggest(hosts.stream().map(MxHost::host).toList());
        wildcardAlternatives.setAll(suggestion.alternatives().stream()
                .map(a -> "Alternative: " + a.wildcard() + " instead of " + String.join(", ", a.covers()) + ". "
                        + a.risk())
                .toList());
        if (!patternsEdited.get() || patterns.isEmpty()) {
            patterns.setAll(suggestion.exact().stream().map(MxPattern::toString).toList());
            patternsEdited.set(false);
        }
    }

    /** Adds the typed pattern (normalised by core); false with an inline message when it is invalid. */
    public boolean addPattern() {
        String typed = newPattern.get();
        if (typed == null || typed.isBlank()) {
            newPatternError.set("Type a host name such as mail.example.net, or a wildcard such as *.example.net.");
            return false;
        }
        MxPattern.MxPatternInput input = MxPattern.parse(typed);
        if (input instanceof MxPattern.Invalid inv) {
            newPatternError.set(message(inv));
            return false;
        }
        String p = ((MxPattern.Valid) input).pattern().toString();
        if (patterns.contains(p)) {
            newPatternError.set(p + " is already in the list.");
            return false;
        }
        patterns.add(p);
        patternsEdited.set(true);
        newPattern.set("");
        newPatternError.set("");
        return true;
    }

    private static String message(MxPattern.Invalid inv) {
        return inv.fix().isEmpty() ? inv.message() : inv.message() + " (" + inv.fix() + ")";
    }

    /** Replaces the pattern at {@code index}; returns the problem (empty when accepted). */
    public String editPattern(int index, String typed) {
        MxPattern.MxPatternInput input = MxPattern.parse(typed);
        if (input instanceof MxPattern.Invalid inv) {
            return message(inv);
        }
        String p = ((MxPattern.Valid) input).pattern().toString();
        int existing = patterns.indexOf(p);
        if (existing >= 0 && existing != index) {
            return p + " is already in the list.";
        }
        patterns.set(index, p);
        patternsEdited.set(true);
        return "";
    }

    public void removePattern(int index) {
        if (index >= 0 && index < patterns.size()) {
            patterns.remove(index);
            patternsEdited.set(true);
        }
    }

    /** Problems with the current patterns for the user to see (stale, risky wildcards, uncovered). */
    public List<String> findings() {
        List<String> out = new ArrayList<>();
        for (Finding f : coverage.get().findings()) {
            if (f.code() != FindingCode.COVERAGE_NO_HOSTS) {
                out.add(FindingText.sentence(f));
            }
        }
        // Core names the risk of each wildcard (the same advice generate and Publish give).
        for (Finding f : PatternSuggestion.adviseWildcards(parsedPatterns())) {
            out.add(FindingText.sentence(f));
        }
        return out;
    }

    public List<MxPattern> patternList() {
        return parsedPatterns();
    }

    public ObservableList<HostRow> hostRows() {
        return hostRows;
    }

    public ObservableList<MxHost> hosts() {
        return hosts;
    }

    public ObservableList<String> patterns() {
        return patterns;
    }

    public ObjectBinding<CoverageReport> coverageProperty() {
        return coverage;
    }

    public BooleanProperty patternsEditedProperty() {
        return patternsEdited;
    }

    public StringProperty newPatternProperty() {
        return newPattern;
    }

    public StringProperty newPatternErrorProperty() {
        return newPatternError;
    }

    public StringProperty lookupNoteProperty() {
        return lookupNote;
    }

    public ObservableList<String> wildcardAlternatives() {
        return wildcardAlternatives;
    }

    public StringBinding patternsErrorProperty() {
        return patternsError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
