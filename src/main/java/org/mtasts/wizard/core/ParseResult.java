package org.mtasts.wizard.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parser read, and everything it noticed on the way. Parsers never throw on bad input:
 * every problem is a {@link Finding}.
 *
 * @param value    the parsed value when the input was usable (see each parser for what "usable" means);
 *                 may be present even with error findings, e.g. a policy a lenient sender would read
 * @param findings all findings, in input order (findings not tied to a line first)
 */
public record ParseResult<T>(Optional<T> value, List<Finding> findings) {

    public ParseResult {
        Objects.requireNonNull(value, "value");
        findings = List.copyOf(findings);
    }

    /** True when any finding is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** True when the value is present and no finding is an error. */
    public boolean isValid() {
        return value.isPresent() && !hasErrors();
    }

    /** Whether a finding of this kind is present. */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
