package org.mtasts.wizard.check.propagation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mtasts.wizard.core.PolicyId;
import org.mtasts.wizard.core.SetupArtifacts;

/**
 * What the records should say once published: the {@code id} of the {@code _mta-sts} record and
 * the TLSRPT reporting URIs. Either may be absent; an absent expectation is taken from what the
 * authoritative servers agree on ({@link Source#MAJORITY}).
 *
 * @param stsId   the id the draft publishes, or {@code null}
 * @param ruaUris the draft's reporting URIs; empty when it publishes no TLSRPT record or there is no draft
 * @param source  where these values come from
 */
public record Expected(String stsId, List<String> ruaUris, Source source) {

    /** Where an expected value came from. */
    public enum Source {
        /** The wizard's draft ({@link SetupArtifacts}). */
        DRAFT,
        /** Given by the user ({@code --expect-id}). */
        GIVEN,
        /** Nothing was given: the value most authoritative servers serve (ties: the newest serial). */
        MAJORITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** No expectation: report what is served and name the servers that disagree with the majority. */
    public static final Expected NONE = new Expected(null, List.of(), Source.MAJORITY);

    public Expected {
        ruaUris = ruaUris == null ? List.of() : List.copyOf(ruaUris);
        Objects.requireNonNull(source, "source");
        if (stsId != null && !PolicyId.isValid(stsId)) {
            throw new IllegalArgumentException("a policy id is 1 to 32 ASCII letters or digits, not '" + stsId + "'");
        }
    }

    /** The records a draft asks to publish. */
    public static Expected of(SetupArtifacts draft) {
        return new Expected(draft.policyId(), draft.request().ruaUris(), Source.DRAFT);
    }

    /** Only the {@code _mta-sts} id is known (the command line's {@code --expect-id}). */
    public static Expected stsId(String id) {
        return new Expected(id, List.of(), Source.GIVEN);
    }
}
