package org.mtasts.wizard.core;

import java.util.List;
import java.util.Optional;

/**
 * What a domain publishes today, as a sender reads it: the id of its {@code _mta-sts} record, its
 * policy file and the report addresses of its {@code _smtp._tls} record. Any part may be missing
 * (not published, or not valid, which a sender treats the same way: RFC 8461 §3.1, §3.2).
 *
 * @param stsId   the {@code id} of the one valid {@code _mta-sts} record, or null
 * @param policy  the policy served at {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} when it
 *                was fetched and parsed, or null
 * @param ruaUris the reporting URIs of the one valid TLSRPT record; empty when there is none
 */
public record PublishedSetup(String stsId, Policy policy, List<String> ruaUris) {

    /** A domain that publishes none of the three. */
    public static final PublishedSetup NOTHING = new PublishedSetup(null, null, List.of());

    public PublishedSetup {
        ruaUris = ruaUris == null ? List.of() : List.copyOf(ruaUris);
    }

    /**
     * Reads what DNS and the policy host served with core's record and policy rules: the TXT
     * records of {@code _mta-sts} and {@code _smtp._tls} (one string per record, as served) and the
     * policy body ({@code null} when it was not fetched). Invalid parts count as missing.
     */
    public static PublishedSetup read(List<String> stsTxt, String policyText, List<String> tlsrptTxt) {
        String id = StsRecord.select(wrap(stsTxt)).value().map(StsRecord::id).orElse(null);
        Policy p = policyText == null
                ? null
                : PolicyParser.parse(policyText).value().orElse(null);
        List<String> rua = TlsRptRecord.select(wrap(tlsrptTxt))
                .value()
                .map(TlsRptRecord::rua)
                .orElse(List.of());
        return new PublishedSetup(id, p, rua);
    }

    private static List<List<String>> wrap(List<String> records) {
        return records == null ? List.of() : records.stream().map(List::of).toList();
    }

    /** True when neither an MTA-STS record nor a policy is live: the domain has no MTA-STS yet. */
    public boolean nothingLive() {
        return stsId == null && policy == null;
    }

    /** The live policy's mode, if a policy is live. */
    public Optional<Mode> mode() {
        return policy == null ? Optional.empty() : Optional.of(policy.mode());
    }
}
