package org.mtasts.wizard.check.propagation;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mtasts.wizard.check.CheckSettings;
import org.mtasts.wizard.core.DomainName;

/**
 * "Is it live yet?" for the records the wizard asks to publish: {@code _mta-sts} TXT,
 * {@code _smtp._tls} TXT and the policy host's A/AAAA (or CNAME). Each is asked of every address of
 * every authoritative server directly (RD=0, UDP then TCP when truncated) and of the configured
 * resolver; see {@link PropagationReport}.
 *
 * <p>Safe to call from any thread; nothing blocks the caller. One DNS question is bounded by the
 * settings' probe timeout and the whole run by their deadline.
 */
public final class Propagation {
    /** Where authoritative servers listen (RFC 1035 §4.2). */
    public static final int DNS_PORT = 53;

    static final Duration FIRST_RECHECK = Duration.ofSeconds(15);
    static final Duration LONGEST_RECHECK = Duration.ofMinutes(10);

    private Propagation() {}

    /** Checks {@code domain} against {@code expected} ({@link Expected#NONE}: the majority's values). */
    public static CompletableFuture<PropagationReport> check(
            DomainName domain, Expected expected, CheckSettings settings) {
        return start(domain, expected, settings, DNS_PORT, PropagationListener.none())
                .report();
    }

    /**
     * Starts a check that hands each record to {@code listener} as soon as it is complete and can be
     * cancelled. {@code nameServerPort} is where the authoritative servers are asked (53; tests
     * and the command line's {@code --ns-port} change it).
     */
    public static PropagationRun start(
            DomainName domain,
            Expected expected,
            CheckSettings settings,
            int nameServerPort,
            PropagationListener listener) {
        if (nameServerPort < 1 || nameServerPort > 65535) {
            throw new IllegalArgumentException("the name server port must be 1 to 65535, not " + nameServerPort);
        }
        return new Runner(domain, expected, settings, nameServerPort, listener);
    }

    /**
     * When to check again after {@code report}, the {@code attempt}-th re-check (0 first): never
     * once live everywhere; just after the longest cached answer expires while only caches wait;
     * otherwise 15 s doubling each attempt up to 10 min (a secondary usually catches up within its
     * SOA refresh, or at once on NOTIFY, RFC 1996).
     */
    public static Optional<Duration> recheckAfter(PropagationReport report, int attempt) {
        return switch (report.state()) {
            case LIVE_EVERYWHERE -> Optional.empty();
            case PUBLISHED_WAITING_FOR_CACHES ->
                Optional.of(min(Duration.ofSeconds(Math.max(report.maxRemainingSeconds(), 0) + 1), LONGEST_RECHECK));
            default ->
                Optional.of(min(FIRST_RECHECK.multipliedBy(1L << Math.min(Math.max(attempt, 0), 10)), LONGEST_RECHECK));
        };
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "about 5 min": whole minutes rounded up, at least one. */
    public static String aboutMinutes(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return "about " + minutes + " min";
    }
}
