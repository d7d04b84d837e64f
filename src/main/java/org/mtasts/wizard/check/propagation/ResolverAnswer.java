package org.mtasts.wizard.check.propagation;

import java.util.List;

/**
 * The configured resolver's answer for one record: what a sender using a resolver like it sees
 * now, and for how long it keeps that.
 *
 * @param resolver         the resolver asked, e.g. {@code 127.0.0.1:53} or {@code system resolver}
 * @param kind             how the question ended
 * @param values           the records as served, sorted
 * @param served           the comparable form (see {@link ServerAnswer#served()}), or null
 * @param ttlSeconds       the remaining TTL the resolver handed out: of the records, or for
 *                         NXDOMAIN/NODATA the negative-cache time left (RFC 2308 §5); -1 unknown
 * @param current          true when it already serves the expected value
 * @param expiresInSeconds when it is not current: how long the old value or cached negative answer
 *                         can stay in this cache at most (its remaining TTL); -1 otherwise
 * @param viaTcp           true when a truncated UDP answer was asked again over TCP
 * @param detail           why there is no answer, else empty
 */
public record ResolverAnswer(
        String resolver,
        AnswerKind kind,
        List<String> values,
        String served,
        long ttlSeconds,
        boolean current,
        long expiresInSeconds,
        boolean viaTcp,
        String detail) {

    public ResolverAnswer {
        values = List.copyOf(values);
    }

    /** "about 5 min" (rounded up, at least 1 min), or empty when nothing waits to expire. */
    public String expiresAbout() {
        return expiresInSeconds < 0 ? "" : Propagation.aboutMinutes(expiresInSeconds);
    }
}
