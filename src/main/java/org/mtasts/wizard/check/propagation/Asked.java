package org.mtasts.wizard.check.propagation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mtasts.wizard.core.StsRecord;
import org.mtasts.wizard.core.TlsRptRecord;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * One server's answer to one record, read from the response: the records the name owns (of the
 * asked type, or the CNAME in their place), their TTL, and for a negative answer the time RFC 2308
 * §5 lets it be cached.
 *
 * @param negativeTtl for NXDOMAIN/NODATA: min(SOA TTL, SOA MINIMUM) of the SOA in the authority
 *                    section (RFC 2308 §5), or -1 when none came
 * @param serial      the SOA serial seen in the response (authority section of a negative answer), or null
 */
record Asked(
        AnswerKind kind, List<Record> records, long ttl, long negativeTtl, Long serial, boolean viaTcp, String detail) {

    /** What every negative answer is compared as: NXDOMAIN and NODATA both mean "not published". */
    static final String ABSENT = "absent";

    Asked {
        records = List.copyOf(records);
    }

    static Asked failed(AnswerKind kind, String detail) {
        return new Asked(kind, List.of(), -1, -1, null, false, detail);
    }

    /** Reads a response; {@code authoritative} demands the AA bit (a server of the zone's NS set). */
    static Asked read(Wire.Sent sent, Name qname, int type, boolean authoritative) {
        if (sent.failure() != null) {
            return new Asked(sent.failure(), List.of(), -1, -1, null, sent.viaTcp(), sent.detail());
        }
        Message m = sent.message();
        int rcode = m.getRcode();
        if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
            AnswerKind k = rcode == Rcode.SERVFAIL ? AnswerKind.SERVFAIL : AnswerKind.REFUSED;
            return new Asked(k, List.of(), -1, -1, null, sent.viaTcp(), "RCODE " + Rcode.string(rcode));
        }
        if (authoritative && !m.getHeader().getFlag(Flags.AA)) {
            return new Asked(AnswerKind.NOT_AUTHORITATIVE, List.of(), -1, -1, null, sent.viaTcp(), referral(m));
        }
        List<Record> owned = m.getSection(Section.ANSWER).stream()
                .filter(r -> r.getName().equals(qname) && (r.getType() == type || r.getType() == Type.CNAME))
                .toList();
        SOARecord soa = m.getSection(Section.AUTHORITY).stream()
                .filter(SOARecord.class::isInstance)
                .map(SOARecord.class::cast)
                .findFirst()
                .orElse(null);
        if (rcode == Rcode.NOERROR && !owned.isEmpty()) {
            long ttl = owned.stream().mapToLong(Record::getTTL).min().orElse(-1);
            return new Asked(AnswerKind.VALUE, owned, ttl, -1, null, sent.viaTcp(), "");
        }
        AnswerKind k = rcode == Rcode.NXDOMAIN ? AnswerKind.NXDOMAIN : AnswerKind.NODATA;
        // RFC 2308 §5: a negative answer is cached for the smaller of the SOA's own TTL and its
        // MINIMUM field; a cache hands the SOA out with that TTL counting down.
        long neg = soa == null ? -1 : Math.min(soa.getTTL(), soa.getMinimum());
        Long serial = soa == null ? null : soa.getSerial();
        return new Asked(k, List.of(), -1, neg, serial, sent.viaTcp(), "");
    }

    private static String referral(Message m) {
        List<String> ns = m.getSection(Section.AUTHORITY).stream()
                .filter(r -> r.getType() == Type.NS)
                .map(r -> r.getName().toString(true))
                .distinct()
                .toList();
        return ns.isEmpty() ? "the AA bit is not set" : "the AA bit is not set (referral to " + ns.get(0) + ")";
    }

    /**
     * Joins the answers to A and AAAA into one for the policy host: its values are both sets (a
     * CNAME shows once); a failure of either is the answer, as nothing can be compared then.
     */
    static Asked merge(List<Asked> parts) {
        for (Asked a : parts) {
            if (!a.kind().isDefinitive()) {
                return a;
            }
        }
        Map<String, Record> byValue = new LinkedHashMap<>();
        parts.forEach(a -> a.records().forEach(r -> byValue.putIfAbsent(render(r), r)));
        boolean tcp = parts.stream().anyMatch(Asked::viaTcp);
        long ttl =
                parts.stream().mapToLong(Asked::ttl).filter(t -> t >= 0).min().orElse(-1);
        long neg = parts.stream()
                .mapToLong(Asked::negativeTtl)
                .filter(t -> t >= 0)
                .min()
                .orElse(-1);
        Long serial = parts.stream()
                .map(Asked::serial)
                .filter(s -> s != null)
                .findFirst()
                .orElse(null);
        AnswerKind k = !byValue.isEmpty()
                ? AnswerKind.VALUE
                : parts.stream().anyMatch(a -> a.kind() == AnswerKind.NXDOMAIN)
                        ? AnswerKind.NXDOMAIN
                        : AnswerKind.NODATA;
        return new Asked(k, new ArrayList<>(byValue.values()), k == AnswerKind.VALUE ? ttl : -1, neg, serial, tcp, "");
    }

    /** The records as people read them: TXT text (strings joined), addresses, {@code CNAME target}; sorted. */
    List<String> values() {
        return records.stream()
                .map(Asked::render)
                .sorted(Comparator.naturalOrder())
                .distinct()
                .toList();
    }

    static String render(Record r) {
        if (r instanceof TXTRecord t) {
            return String.join("", t.getStrings());
        }
        if (r instanceof ARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (r instanceof AAAARecord a) {
            return a.getAddress().getHostAddress();
        }
        if (r instanceof CNAMERecord c) {
            return "CNAME " + c.getTarget().toString(true);
        }
        return Type.string(r.getType()) + " " + r.rdataToString();
    }

    /**
     * What the answer says for {@code kind}, in the terms it is compared by: {@code id=...} for the
     * MTA-STS record (the id is what senders act on, RFC 8461 §3.1), {@code rua=...} for TLSRPT,
     * the addresses or CNAME for the policy host, {@link #ABSENT} for NXDOMAIN and NODATA; null
     * when the server gave no definitive answer. Records are read by core's rules.
     */
    String served(RecordKind kind) {
        if (!this.kind.isDefinitive()) {
            return null;
        }
        if (this.kind.isNegative() || records.isEmpty()) {
            return ABSENT;
        }
        List<String> values = values();
        if (values.stream().anyMatch(v -> v.startsWith("CNAME "))) {
            return String.join(", ", values);
        }
        List<List<String>> txt = records.stream()
                .filter(TXTRecord.class::isInstance)
                .map(r -> List.copyOf(((TXTRecord) r).getStrings()))
                .toList();
        return switch (kind) {
            case STS_TXT ->
                StsRecord.select(txt).value().map(r -> stsKey(r.id())).orElse(invalid(values));
            case TLSRPT_TXT ->
                TlsRptRecord.select(txt).value().map(r -> ruaKey(r.rua())).orElse(invalid(values));
            case POLICY_HOST -> String.join(", ", values);
        };
    }

    static String stsKey(String id) {
        return "id=" + id;
    }

    static String ruaKey(List<String> rua) {
        return "rua=" + String.join(",", rua);
    }

    private static String invalid(List<String> values) {
        return "no valid record: " + String.join(" | ", values);
    }
}
