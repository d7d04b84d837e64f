package org.mtasts.wizard.core.tlsrpt;

import java.util.Objects;

/**
 * One reason of the readiness verdict, shaped like a Verify row.
 *
 * @param id       stable identifier ({@code mode}, {@code days}, {@code organisations},
 *                 {@code recent-failures}, {@code policy-seen}, {@code live-check})
 * @param status   pass, warn or fail
 * @param title    one sentence saying what was found
 * @param evidence the figures it is based on
 * @param fix      what to do; empty when nothing is to be done
 */
public record Reason(String id, ReasonStatus status, String title, String evidence, String fix) {
    public Reason {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        evidence = evidence == null ? "" : evidence;
        fix = fix == null ? "" : fix;
    }
}
