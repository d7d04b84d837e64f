package org.mtasts.wizard.check;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Looks up one MX host's addresses and runs one STARTTLS session per address. A single check does
 * this itself; a bulk check shares one prober across all its domains so a host that many domains
 * use is probed once per run ({@link SharedMxProbes}).
 */
interface MxProber {
    /** The address answers (A and AAAA) and one session per address found. */
    record HostProbe(List<DnsAnswer> addresses, List<SmtpProbe> sessions) {
        public HostProbe {
            addresses = List.copyOf(addresses);
            sessions = List.copyOf(sessions);
        }
    }

    /** Never completes exceptionally. */
    CompletableFuture<HostProbe> probe(String host);
}
