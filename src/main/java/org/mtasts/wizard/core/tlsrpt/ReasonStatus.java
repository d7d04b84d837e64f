package org.mtasts.wizard.core.tlsrpt;

/** How one reason of the readiness verdict came out; any {@link #FAIL} makes the verdict "not ready". */
public enum ReasonStatus {
    PASS("pass"),
    WARN("warn"),
    FAIL("fail");

    private final String label;

    ReasonStatus(String label) {
        this.label = label;
    }

    /** Lower-case label, as the CLI and JSON show it. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
