package org.mtasts.wizard.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the wizard asks for, already validated: the inputs of {@link SetupArtifacts#generate}.
 * Build the parts with {@link DomainName#parse}, {@link MxPattern#parse} and {@link RuaUri#parse};
 * the constructor rejects (with {@link IllegalArgumentException}) what those would have rejected.
 *
 * @param domain        the policy domain
 * @param mx            the {@code mx} patterns (at least one unless the mode is {@code none})
 * @param mode          the policy mode
 * @param maxAgeSeconds {@code max_age}, 0 to 31557600
 * @param ruaUris       TLSRPT reporting URIs; empty means no TLSRPT record
 */
public record SetupRequest(DomainName domain, List<MxPattern> mx, Mode mode, long maxAgeSeconds, List<String> ruaUris) {

    public SetupRequest {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(mode, "mode");
        mx = List.copyOf(mx);
        ruaUris = List.copyOf(ruaUris);
        if (maxAgeSeconds < 0 || maxAgeSeconds > Policy.MAX_AGE_LIMIT) {
            throw new IllegalArgumentException(
                    "max_age must be within 0.." + Policy.MAX_AGE_LIMIT + " seconds: " + maxAgeSeconds);
        }
        if (mx.isEmpty() && mode != Mode.NONE) {
            throw new IllegalArgumentException("mode " + mode + " needs at least one mx pattern");
        }
        for (String u : ruaUris) {
            Optional<Finding> problem = RuaUri.check(u);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get().message());
            }
        }
    }

    /** The policy this request describes. */
    public Policy policy() {
        return new Policy(mode, mx, maxAgeSeconds);
    }
}
