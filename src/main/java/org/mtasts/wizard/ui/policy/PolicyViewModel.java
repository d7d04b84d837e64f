package org.mtasts.wizard.ui.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mtasts.wizard.core.Finding;
import org.mtasts.wizard.core.FindingCode;
import org.mtasts.wizard.core.MaxAge;
import org.mtasts.wizard.core.Mode;
import org.mtasts.wizard.core.RuaUri;
import org.mtasts.wizard.core.SetupArtifacts;
import org.mtasts.wizard.core.SetupRequest;
import org.mtasts.wizard.ui.common.FindingText;

/**
 * Policy: the mode, max_age (preset or custom, validated inline) and the TLSRPT report addresses
 * (normalised by core's {@link RuaUri}: a bare address gets {@code mailto:}).
 */
public final class PolicyViewModel {
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.TESTING);
    private final ObjectProperty<MaxAgeChoice> maxAgeChoice = new SimpleObjectProperty<>(MaxAgeChoice.WEEK);
    private final StringProperty customMaxAge = new SimpleStringProperty("");
    private final ObservableList<String> reportAddresses = FXCollections.observableArrayList();
    private final StringProperty newAddress = new SimpleStringProperty("");
    private final StringProperty newAddressError = new SimpleStringProperty("");
    private final StringProperty addressNote = new SimpleStringProperty("");
    private final StringProperty blockedMessage = new SimpleStringProperty("");
    private final ObservableList<String> currentAdvice = FXCollections.observableArrayList();
    private final Supplier<SetupRequest> request;

    private final StringBinding maxAgeError = Bindings.createStringBinding(
            () -> {
                if (maxAgeChoice.get() != MaxAgeChoice.CUSTOM) {
                    return "";
                }
                // The same rule as generate --max-age and the policy parser (core MaxAge).
                return MaxAge.parse(customMaxAge.get()) instanceof MaxAge.Invalid invalid ? invalid.message() : "";
            },
            maxAgeChoice,
            customMaxAge);
    private final BooleanBinding valid = maxAgeError.isEmpty();

    /** A policy on its own: no advice, as there is no whole request to judge. */
    public PolicyViewModel() {
        this(() -> null);
    }

    /**
     * @param request the whole request the answers so far describe (domain, mx patterns and this
     *     screen's answers), or null while one is missing; the advice is about it
     */
    public PolicyViewModel(Supplier<SetupRequest> request) {
        this.request = request;
        newAddress.addListener((o, was, now) -> newAddressError.set(""));
        InvalidationListener refresh = o -> refreshAdvice();
        mode.addListener(refresh);
        maxAgeChoice.addListener(refresh);
        customMaxAge.addListener(refresh);
        reportAddresses.addListener(refresh);
    }

    /**
     * Recomputes {@link #currentAdvice()} from the whole request: on every change on this screen,
     * and by the wizard when the screen is shown (the domain or the mx patterns may have changed).
     */
    public void refreshAdvice() {
        SetupRequest r = request.get();
        currentAdvice.setAll(r == null ? List.of() : advice(r));
    }

    /** The advice on the current answers, one sentence each; empty while the request is incomplete. */
    public ObservableList<String> currentAdvice() {
        return currentAdvice;
    }

    /** Why Next did not move on, when the problem is not next to a field on this screen; or empty. */
    public StringProperty blockedMessageProperty() {
        return blockedMessage;
    }

    /** The max_age in effect; -1 while the custom value is invalid. */
    public long maxAgeSeconds() {
        if (maxAgeChoice.get() != MaxAgeChoice.CUSTOM) {
            return maxAgeChoice.get().seconds();
        }
        return MaxAge.parse(customMaxAge.get()) instanceof MaxAge.Valid v ? v.seconds() : -1;
    }

    /** Adds the typed address; a bare one gets {@code mailto:} and a note says so. */
    public boolean addAddress() {
        String typed = newAddress.get();
        if (typed == null || typed.isBlank()) {
            newAddressError.set("Type an address such as tls-reports@example.com, or an https:// URL.");
            return false;
        }
        RuaUri.RuaInput input = RuaUri.parse(typed);
        if (input instanceof RuaUri.Invalid inv) {
            newAddressError.set(inv.message());
            return false;
        }
        RuaUri.Valid v = (RuaUri.Valid) input;
        if (reportAddresses.contains(v.uri())) {
            newAddressError.set(v.uri() + " is already in the list.");
            return false;
        }
        reportAddresses.add(v.uri());
        addressNote.set(
                v.changes().isEmpty() ? "" : "Changed to " + v.uri() + ": " + String.join("; ", v.changes()) + ".");
        newAddress.set("");
        return true;
    }

    /**
     * Before leaving the screen: an address left in the field is added when it is valid (and the
     * note says it was), so it is not lost. False when the field holds something that cannot be
     * added; its message then says why and what to do.
     */
    public boolean takeTypedAddress() {
        String typed = newAddress.get();
        if (typed == null || typed.isBlank()) {
            return true;
        }
        if (RuaUri.parse(typed) instanceof RuaUri.Valid v && reportAddresses.contains(v.uri())) {
            // Already in the list: nothing is lost by clearing the field.
            newAddress.set("");
            return true;
        }
        if (addAddress()) {
            String added = reportAddresses.get(reportAddresses.size() - 1);
            addressNote.set("Added " + added + ", which was typed but not added yet."
                    + (addressNote.get().isEmpty() ? "" : " " + addressNote.get()));
            return true;
        }
        newAddressError.set(newAddressError.get() + " Correct the address or clear the field, then press Next again.");
        return false;
    }

    public void removeAddress(int index) {
        if (index >= 0 && index < reportAddresses.size()) {
            reportAddresses.remove(index);
            addressNote.set("");
        }
    }

    /**
     * Core's advice on the whole request (testing without reports, a short max_age in enforce),
     * one sentence each. Wildcard advice is shown on the Mail servers screen instead.
     */
    public static List<String> advice(SetupRequest request) {
        List<String> out = new ArrayList<>();
        for (Finding f : SetupArtifacts.advise(request)) {
            if (f.code() != FindingCode.SETUP_WILDCARD) {
                out.add(FindingText.sentence(f));
            }
        }
        return out;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<MaxAgeChoice> maxAgeChoiceProperty() {
        return maxAgeChoice;
    }

    public StringProperty customMaxAgeProperty() {
        return customMaxAge;
    }

    public StringBinding maxAgeErrorProperty() {
        return maxAgeError;
    }

    public ObservableList<String> reportAddresses() {
        return reportAddresses;
    }

    public StringProperty newAddressProperty() {
        return newAddress;
    }

    public StringProperty newAddressErrorProperty() {
        return newAddressError;
    }

    public StringProperty addressNoteProperty() {
        return addressNote;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
