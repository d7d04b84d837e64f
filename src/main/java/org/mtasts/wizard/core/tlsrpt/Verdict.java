package org.mtasts.wizard.core.tlsrpt;

import java.util.List;
import java.util.Optional;

/**
 * "Ready to enforce?": ready when no reason failed.
 *
 * @param ready   true when every reason passed or only warned
 * @param reasons the reasons, in the order the faces show them
 */
public record Verdict(boolean ready, List<Reason> reasons) {
    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /** The verdict that follows from {@code reasons}: ready unless one failed. */
    public static Verdict of(List<Reason> reasons) {
        return new Verdict(reasons.stream().noneMatch(r -> r.status() == ReasonStatus.FAIL), reasons);
    }

    /** The reason with {@code id}, if the verdict has one. */
    public Optional<Reason> reason(String id) {
        return reasons.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
