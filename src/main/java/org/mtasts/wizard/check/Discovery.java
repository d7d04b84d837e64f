package org.mtasts.wizard.check;

import java.util.List;
import org.mtasts.wizard.core.PublishedSetup;

/**
 * What is live for a domain before anything is judged: the wizard's first screen shows it and
 * pre-fills its questions from it. Produced by {@link Checker#discover(String)}.
 *
 * @param domain       the domain asked about (A-labels, no trailing dot)
 * @param mxOutcome    how the MX question ended
 * @param mxHosts      the MX hosts by ascending priority (empty for a null MX or none)
 * @param nullMx       true when the domain publishes {@code MX 0 .} (RFC 7505): it receives no mail
 * @param stsRecord    the {@code _mta-sts} TXT lookup
 * @param tlsrptRecord the {@code _smtp._tls} TXT lookup
 * @param policyText   the live policy body when {@code https://mta-sts.<domain>/.well-known/mta-sts.txt}
 *                     answered 200, else {@code null}
 * @param policyNote   why there is no policy text (one sentence), or an empty string
 * @param elapsedMillis wall time of the discovery
 */
public record Discovery(
        String domain,
        DnsOutcome mxOutcome,
        List<MxHost> mxHosts,
        boolean nullMx,
        TxtLookup stsRecord,
        TxtLookup tlsrptRecord,
        String policyText,
        String policyNote,
        long elapsedMillis) {
    public Discovery {
        mxHosts = List.copyOf(mxHosts);
        policyNote = policyNote == null ? "" : policyNote;
    }

    /**
     * What the domain publishes today, read with core's rules (the valid parts only), as
     * {@link Report#live()} does for a check: the wizard compares it with the draft.
     */
    public PublishedSetup live() {
        return PublishedSetup.read(stsRecord.records(), policyText, tlsrptRecord.records());
    }

    /** False when the resolver answered none of the questions (nothing here can be trusted). */
    public boolean resolverAnswered() {
        return !(mxOutcome.isTransportFailure()
                && stsRecord.outcome().isTransportFailure()
                && tlsrptRecord.outcome().isTransportFailure());
    }
}
