package org.mtasts.wizard.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Domain screen: one field, its normalised form, and the background lookup on Next. */
public final class DomainViewModel {
    private final TaskExecutor executor;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding error = Bindings.createStringBinding(
            () -> text.get().isBlank() ? "Enter your mail domain, e.g. example.com." : "", text);
    private final BooleanBinding valid = error.isEmpty();
    private TaskHandle running;

    DomainViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringBinding errorProperty() {
        return error;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    boolean cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
            busy.set(false);
            return true;
        }
        return false;
    }
}
