package org.mtasts.wizard.check;

import java.util.List;
import org.mtasts.wizard.core.Policy;
import org.mtasts.wizard.core.StsRecord;
import org.mtasts.wizard.core.TlsRptRecord;

/**
 * What the live setup says, as values: the fields a list of many domains is compared by (the bulk
 * CSV columns). Each field is empty or {@code null} when the record or policy it comes from was
 * missing or invalid; the results say why.
 *
 * @param stsId         the {@code id} of the one valid {@code _mta-sts} record (RFC 8461 §3.1)
 * @param mode          the policy's mode ({@code enforce}, {@code testing}, {@code none})
 * @param maxAgeSeconds the policy's {@code max_age}
 * @param mxPatterns    the policy's {@code mx} patterns, in policy order
 * @param mxHosts       the MX hosts published in DNS, by priority
 * @param rua           the reporting URIs of the one valid TLSRPT record (RFC 8460 §3)
 */
public record Facts(
        String stsId,
        String mode,
        Long maxAgeSeconds,
        List<String> mxPatterns,
        List<String> mxHosts,
        List<String> rua) {

    public static final Facts NONE = new Facts(null, null, null, List.of(), List.of(), List.of());

    public Facts {
        mxPatterns = List.copyOf(mxPatterns);
        mxHosts = List.copyOf(mxHosts);
        rua = List.copyOf(rua);
    }

    /** Collects the facts with core's record selection and the policy already parsed by the run. */
    static Facts of(DnsAnswer sts, DnsAnswer rpt, Policy policy, List<MxHost> hosts) {
        String id = null;
        if (sts != null && sts.outcome() == DnsOutcome.ANSWER) {
            id = StsRecord.select(DnsClient.txtStrings(sts))
                    .value()
                    .map(StsRecord::id)
                    .orElse(null);
        }
        List<String> rua = List.of();
        if (rpt != null && rpt.outcome() == DnsOutcome.ANSWER) {
            rua = TlsRptRecord.select(DnsClient.txtStrings(rpt))
                    .value()
                    .map(TlsRptRecord::rua)
                    .orElse(List.of());
        }
        return new Facts(
                id,
                policy == null ? null : policy.mode().token(),
                policy == null ? null : policy.maxAgeSeconds(),
                policy == null
                        ? List.of()
                        : policy.mx().stream().map(Object::toString).toList(),
                hosts.stream().map(MxHost::host).toList(),
                rua);
    }
}
