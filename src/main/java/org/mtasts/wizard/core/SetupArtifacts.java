package org.mtasts.wizard.core;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a domain owner publishes for one {@link SetupRequest}: the policy file, the DNS
 * records (as rows and as a zone-file snippet) and the hosting files per target.
 *
 * @param request     the request these were generated from
 * @param policyId    the {@code id} in the {@code _mta-sts} record
 * @param policyText  the policy file, CRLF line endings
 * @param records     the DNS records: {@code _mta-sts} TXT, and {@code _smtp._tls} TXT when reporting URIs were given
 * @param zoneSnippet the records as zone-file lines, TXT values over 255 octets split into several strings
 * @param hosting     one bundle per {@link HostingTarget}, in enum order
 * @param advice      warnings and notes about the request (e.g. testing mode without reports)
 */
public record SetupArtifacts(
        SetupRequest request,
        String policyId,
        String policyText,
        List<DnsRecord> records,
        String zoneSnippet,
        List<HostingBundle> hosting,
        List<Finding> advice) {

    /** Where senders fetch the policy, relative to {@code https://mta-sts.<domain>/} (RFC 8461 §3.3). */
    public static final String POLICY_PATH = ".well-known/mta-sts.txt";
    /** Suggested TTL for the TXT records: an hour keeps fixes quick without loading the DNS. */
    public static final long TXT_TTL = 3600;

    public SetupArtifacts {
        Objects.requireNonNull(request, "request");
        records = List.copyOf(records);
        hosting = List.copyOf(hosting);
        advice = List.copyOf(advice);
    }

    /** Generates with a policy id from the clock ({@code yyyyMMddHHmmss} UTC). */
    public static SetupArtifacts generate(SetupRequest request, Clock clock) {
        return generate(request, PolicyId.generate(clock));
    }

    /** Generates with the given policy id (1 to 32 ASCII letters or digits). */
    public static SetupArtifacts generate(SetupRequest request, String policyId) {
        if (!PolicyId.isValid(policyId)) {
            throw new IllegalArgumentException("a policy id is 1 to 32 ASCII letters or digits: " + policyId);
        }
        DomainName d = request.domain();
        String policy = PolicyWriter.write(request.policy());
        List<DnsRecord> records = new ArrayList<>();
        records.add(new DnsRecord(d.stsRecordName(), "TXT", StsRecord.format(policyId), TXT_TTL));
        if (!request.ruaUris().isEmpty()) {
            records.add(new DnsRecord(d.tlsRptRecordName(), "TXT", TlsRptRecord.format(request.ruaUris()), TXT_TTL));
        }
        StringBuilder zone = new StringBuilder();
        zone.append("; MTA-STS (RFC 8461)")
                .append(request.ruaUris().isEmpty() ? "" : " and TLS reporting (RFC 8460)")
                .append(" for ")
                .append(d.display())
                .append('\n');
        zone.append("; The policy host mta-sts.")
                .append(d.ascii())
                .append(" also needs an address (A/AAAA) or CNAME record: see the hosting steps.\n");
        for (DnsRecord r : records) {
            zone.append(r.zoneLine()).append('\n');
        }
        List<HostingBundle> hosting = new ArrayList<>();
        for (HostingTarget t : HostingTarget.values()) {
            hosting.add(Hosting.bundle(t, d, policy));
        }
        return new SetupArtifacts(request, policyId, policy, records, zone.toString(), hosting, advise(request));
    }

    /** The bundle for one target. */
    public HostingBundle hosting(HostingTarget target) {
        return hosting.stream().filter(b -> b.target() == target).findFirst().orElseThrow();
    }

    /** Advice on a request: things that work but that the RFCs advise against. */
    public static List<Finding> advise(SetupRequest request) {
        List<Finding> f = new ArrayList<>();
        if (request.mode() == Mode.TESTING && request.ruaUris().isEmpty()) {
            f.add(Finding.of(
                    FindingCode.SETUP_TESTING_WITHOUT_REPORTS,
                    0,
                    "testing mode without a TLSRPT address:"
                            + " senders report failures only through TLSRPT, so you will learn nothing from the test",
                    "add a reporting address (rua), e.g. mailto:tls-reports@"
                            + request.domain().ascii()));
        }
        if (request.mode() == Mode.ENFORCE && request.maxAgeSeconds() < 86_400) {
            f.add(Finding.of(
                    FindingCode.SETUP_MAX_AGE_SHORT,
                    0,
                    "max_age " + request.maxAgeSeconds()
                            + " is under one day; in enforce mode senders protect you only while the policy is cached",
                    "use 604800 (one week) or more once the policy works"));
        }
        f.addAll(PatternSuggestion.adviseWildcards(request.mx()));
        return f;
    }
}
