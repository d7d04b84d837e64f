package org.mtasts.wizard.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a check run can be told. Immutable; change one field with the {@code withX} methods.
 *
 * @param resolver      which DNS resolver every lookup uses (also for the hosts the policy fetch
 *                      connects to)
 * @param caFile        a PEM file of extra CA certificates trusted in addition to the system's, or
 *                      {@code null}
 * @param probeTimeout  bound on one probe: one DNS question, the whole policy fetch, or one whole
 *                      SMTP session with one address
 * @param deadline      bound on the whole run; what has not finished by then is reported
 *                      inconclusive
 * @param httpsPort     port of the policy host (443 in the real world)
 * @param smtpPort      port the MX hosts are probed on (25 in the real world)
 * @param parallelism   how many blocking probes (SMTP sessions, policy fetch) run at once
 * @param trustAnchorFile DNSSEC trust anchors (DS or DNSKEY records in zone-file format) in place
 *                      of the IANA root anchors shipped with the application, or {@code null};
 *                      tests and private roots use it
 */
public record CheckSettings(
        ResolverSpec resolver,
        Path caFile,
        Duration probeTimeout,
        Duration deadline,
        int httpsPort,
        int smtpPort,
        int parallelism,
        Path trustAnchorFile) {

    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(10);
    /** The deadline's floor, and the deadline at the default timeout: see {@link #deadlineFor}. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(45);
    /** How many probe timeouts the whole run may take: see {@link #deadlineFor}. */
    static final int TIMEOUTS_PER_RUN = 4;
    /**
     * The longest per-probe timeout either face accepts: five minutes is already far beyond the
     * one minute RFC 8461 §3.3 suggests senders allow for the policy fetch.
     */
    public static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(300);
    /** The longest overall deadline the command line accepts. */
    public static final Duration MAX_DEADLINE = Duration.ofSeconds(3600);

    public static final int DEFAULT_PARALLELISM = 32;

    public CheckSettings {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        Objects.requireNonNull(deadline, "deadline");
        if (probeTimeout.isNegative() || probeTimeout.isZero()) {
            throw new IllegalArgumentException("the probe timeout must be positive");
        }
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the overall deadline must be positive");
        }
        if (httpsPort < 1 || httpsPort > 65535 || smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException("ports must be 1 to 65535");
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
    }

    /**
     * System resolver, system trust, 10 s per probe, 45 s overall, ports 443 and 25, 32 probes at
     * once, the IANA root trust anchors for DNSSEC.
     */
    public static CheckSettings defaults() {
        return new CheckSettings(
                ResolverSpec.system(),
                null,
                DEFAULT_PROBE_TIMEOUT,
                deadlineFor(DEFAULT_PROBE_TIMEOUT),
                443,
                25,
                DEFAULT_PARALLELISM,
                null);
    }

    /**
     * The overall deadline both faces derive from a probe timeout when none is given: the larger of
     * 45 s and four timeouts. The longest chain of probes that wait on each other is four deep: the
     * MX query, then each MX host's A/AAAA queries, then the SMTP session with each address (three
     * timeouts), plus one for what can come on top without failing: a truncated UDP answer asked
     * again over TCP, or a probe queued behind {@code parallelism} others. Everything else (the TXT
     * records, the policy host's address and fetch) runs alongside that chain. The 45 s floor keeps
     * short timeouts from cutting off a slow but healthy run of many MX hosts. Capped at
     * {@link #MAX_DEADLINE}.
     */
    public static Duration deadlineFor(Duration probeTimeout) {
        Duration d = probeTimeout.multipliedBy(TIMEOUTS_PER_RUN);
        d = d.compareTo(DEFAULT_DEADLINE) < 0 ? DEFAULT_DEADLINE : d;
        return d.compareTo(MAX_DEADLINE) > 0 ? MAX_DEADLINE : d;
    }

    /** These settings with the probe timeout {@code t} and the deadline derived from it ({@link #deadlineFor}). */
    public CheckSettings withProbeTimeoutAndDerivedDeadline(Duration t) {
        return withProbeTimeout(t).withDeadline(deadlineFor(t));
    }

    public CheckSettings withResolver(ResolverSpec r) {
        return new CheckSettings(r, caFile, probeTimeout, deadline, httpsPort, smtpPort, parallelism, trustAnchorFile);
    }

    public CheckSettings withCaFile(Path f) {
        return new CheckSettings(
                resolver, f, probeTimeout, deadline, httpsPort, smtpPort, parallelism, trustAnchorFile);
    }

    public CheckSettings withProbeTimeout(Duration t) {
        return new CheckSettings(resolver, caFile, t, deadline, httpsPort, smtpPort, parallelism, trustAnchorFile);
    }

    public CheckSettings withDeadline(Duration d) {
        return new CheckSettings(resolver, caFile, probeTimeout, d, httpsPort, smtpPort, parallelism, trustAnchorFile);
    }

    public CheckSettings withHttpsPort(int p) {
        return new CheckSettings(resolver, caFile, probeTimeout, deadline, p, smtpPort, parallelism, trustAnchorFile);
    }

    public CheckSettings withSmtpPort(int p) {
        return new CheckSettings(resolver, caFile, probeTimeout, deadline, httpsPort, p, parallelism, trustAnchorFile);
    }

    public CheckSettings withTrustAnchorFile(Path f) {
        return new CheckSettings(resolver, caFile, probeTimeout, deadline, httpsPort, smtpPort, parallelism, f);
    }

    public CheckSettings withParallelism(int n) {
        return new CheckSettings(resolver, caFile, probeTimeout, deadline, httpsPort, smtpPort, n, trustAnchorFile);
    }
}
