package org.mtasts.wizard.check;

import java.util.List;
import java.util.Objects;

/**
 * The judgement on one requirement for one target.
 *
 * @param id       the stable identifier (see {@link CheckId#code()})
 * @param target   what was checked: the domain, the policy host, or an MX host name
 * @param status   the outcome
 * @param summary  one sentence a domain owner can read
 * @param evidence what was asked and what came back, in order
 * @param rule     the RFC section the judgement traces to, e.g. {@code RFC 8461 section 3.3}
 * @param fix      what to do about it; empty when there is nothing to do
 * @param commands shell commands that show the same facts with standard tools (dig, curl, openssl),
 *                 using the check's resolver and CA file; see {@link VerifyCommands}
 */
public record CheckResult(
        CheckId id,
        String target,
        Status status,
        String summary,
        List<Evidence> evidence,
        String rule,
        String fix,
        List<String> commands) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        evidence = List.copyOf(evidence);
        rule = rule == null ? id.rule() : rule;
        fix = fix == null ? "" : fix;
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    /** A result without commands yet ({@link Run} adds them when it publishes the result). */
    public CheckResult(
            CheckId id,
            String target,
            Status status,
            String summary,
            List<Evidence> evidence,
            String rule,
            String fix) {
        this(id, target, status, summary, evidence, rule, fix, List.of());
    }

    /** The same result carrying these commands. */
    public CheckResult withCommands(List<String> cmds) {
        return new CheckResult(id, target, status, summary, evidence, rule, fix, cmds);
    }

    /** A result with the id's default rule. */
    public static CheckResult of(
            CheckId id, String target, Status status, String summary, List<Evidence> evidence, String fix) {
        return new CheckResult(id, target, status, summary, evidence, id.rule(), fix);
    }
}
