package org.mtasts.wizard.check.propagation;

import java.util.List;
import org.mtasts.wizard.core.DomainName;
import org.xbill.DNS.Type;

/** The records the wizard asks a domain owner to publish, each asked of every authoritative server. */
public enum RecordKind {
    /** {@code _mta-sts.<domain>} TXT (RFC 8461 §3.1). */
    STS_TXT("sts-record", List.of(Type.TXT)),
    /** {@code _smtp._tls.<domain>} TXT (RFC 8460 §3). */
    TLSRPT_TXT("tlsrpt-record", List.of(Type.TXT)),
    /** {@code mta-sts.<domain>}: its A and AAAA records, or the CNAME that stands in their place (RFC 8461 §3.3). */
    POLICY_HOST("policy-host", List.of(Type.A, Type.AAAA));

    private final String code;
    private final List<Integer> types;

    RecordKind(String code, List<Integer> types) {
        this.code = code;
        this.types = types;
    }

    /** Stable id for JSON, e.g. {@code sts-record}. */
    public String code() {
        return code;
    }

    /** The owner name of this record for {@code domain}; the prefixes are spelled only in {@link DomainName}. */
    public String nameFor(DomainName domain) {
        return switch (this) {
            case STS_TXT -> domain.stsRecordName();
            case TLSRPT_TXT -> domain.tlsRptRecordName();
            case POLICY_HOST -> domain.policyHost();
        };
    }

    /** The record types asked, as in a zone file: {@code TXT}, or {@code A/AAAA}. */
    public String typeLabel() {
        return String.join("/", types.stream().map(Type::string).toList());
    }

    List<Integer> types() {
        return types;
    }
}
