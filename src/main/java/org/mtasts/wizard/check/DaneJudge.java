package org.mtasts.wizard.check;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mtasts.wizard.check.DaneMatcher.Match;
import org.mtasts.wizard.check.DaneMatcher.Tlsa;
import org.mtasts.wizard.check.DnssecValidator.Security;
import org.mtasts.wizard.check.DnssecValidator.Validated;
import org.xbill.DNS.Record;
import org.xbill.DNS.TLSARecord;

/**
 * The {@code mx-dane} row of one MX host, beside MTA-STS: the DANE TLSA records at
 * {@code _25._tcp.<host>} as validated (RFC 7672 §2.2), and whether they match the chain the host
 * presented in the STARTTLS probe (RFC 7672 §3.1). Senders that support DANE use it for the host
 * and do not let MTA-STS override a failing DANE check (RFC 8461 §2), so a mismatch here bounces
 * or defers their mail whatever the MTA-STS rows say.
 */
final class DaneJudge {
    static final String PREFERRED =
            " Senders that support DANE use it for this host in preference to MTA-STS (RFC 8461 §2).";

    private DaneJudge() {}

    static CheckResult mxDane(String host, Validated tlsa, List<SmtpProbe> probes) {
        List<Evidence> ev = new ArrayList<>();
        ev.add(Evidence.of(tlsa.question() + " (validated)", DnssecJudge.describe(tlsa)));
        List<Tlsa> records = new ArrayList<>();
        for (Record r : tlsa.records()) {
            if (r instanceof TLSARecord t) {
                Tlsa x = Tlsa.of(t);
                records.add(x);
                ev.add(Evidence.of("TLSA record", x.text() + " " + x.names()));
            }
        }
        if (tlsa.security() == Security.BOGUS) {
            return result(
                    host,
                    Status.FAIL,
                    "The TLSA lookup for " + tlsa.name() + " fails DNSSEC validation (bogus): "
                            + DnssecJudge.sentence(tlsa.reason())
                            + " Senders that support DANE defer mail to " + host + " until it validates.",
                    ev,
                    "Fix the DNSSEC signing of the zone that holds " + tlsa.name() + ".");
        }
        boolean absent =
                records.isEmpty() && (tlsa.outcome() == DnsOutcome.NXDOMAIN || tlsa.outcome() == DnsOutcome.NODATA);
        if (tlsa.security() == Security.UNKNOWN && !absent) {
            return result(
                    host,
                    Status.INCONCLUSIVE,
                    (records.isEmpty()
                                    ? "The TLSA records of " + host + " could not be looked up: "
                                    : "The TLSA records of " + host + " could not be validated: ")
                            + DnssecJudge.sentence(tlsa.reason()),
                    ev,
                    "");
        }
        if (absent) {
            return result(
                    host,
                    Status.INFO,
                    host + " publishes no DANE TLSA record (" + tlsa.outcome().meaning()
                            + "): senders authenticate it through MTA-STS alone.",
                    ev,
                    "Optional: with a DNSSEC-signed zone, publish a TLSA record for " + tlsa.name()
                            + " (3 1 1, the SHA-256 of the server's public key) so DANE senders authenticate it too.");
        }
        if (tlsa.security() == Security.INSECURE) {
            return result(
                    host,
                    Status.WARN,
                    host + " publishes TLSA records, but they are not DNSSEC-signed (insecure), so every sender"
                            + " ignores them: DANE needs DNSSEC (RFC 7672 §2.2).",
                    ev,
                    "Sign the zone that holds " + tlsa.name() + " with DNSSEC and publish its DS record at the"
                            + " parent, or remove the TLSA records.");
        }
        return secure(host, tlsa, records, probes, ev);
    }

    /** Secure TLSA records: each address's chain must match one usable record. */
    private static CheckResult secure(
            String host, Validated tlsa, List<Tlsa> records, List<SmtpProbe> probes, List<Evidence> ev) {
        if (records.stream().noneMatch(Tlsa::usable)) {
            return result(
                    host,
                    Status.WARN,
                    "The TLSA records of " + host + " are signed but none is usable for SMTP (only DANE-TA(2) and"
                            + " DANE-EE(3) are, RFC 7672 §3.1.3): DANE senders fall back to unauthenticated TLS.",
                    ev,
                    "Publish a DANE-EE record instead, e.g. " + tlsa.name() + ". IN TLSA 3 1 1 <SHA-256 of the"
                            + " server's public key>.");
        }
        Instant now = Instant.now();
        SmtpProbe mismatch = null;
        Match matched = null;
        int compared = 0;
        for (SmtpProbe p : probes) {
            List<X509Certificate> chain =
                    p.cert() == null ? List.of() : p.cert().chain();
            if (chain.isEmpty()) {
                continue;
            }
            compared++;
            ev.add(Evidence.of("certificate " + p.address(), chainText(chain)));
            Match m = DaneMatcher.authenticate(records, chain, host, now);
            if (m == null && mismatch == null) {
                mismatch = p;
            } else if (m != null && matched == null) {
                matched = m;
                ev.add(Evidence.of("matched " + p.address(), matchText(m)));
            }
        }
        if (compared == 0) {
            return result(
                    host,
                    Status.INCONCLUSIVE,
                    host + " publishes signed TLSA records, but no TLS session with it showed a certificate to"
                            + " compare them with.",
                    ev,
                    "");
        }
        if (mismatch != null) {
            X509Certificate leaf = mismatch.cert().chain().get(0);
            return result(
                    host,
                    Status.FAIL,
                    "None of the signed TLSA records of " + host + " matches the certificate it presents ("
                            + mismatch.address() + "): senders that support DANE will not deliver to it."
                            + PREFERRED,
                    ev,
                    "Publish a TLSA record for the certificate the server presents, e.g. " + tlsa.name()
                            + ". IN TLSA 3 1 1 " + DaneMatcher.association(leaf, 1, 1)
                            + ", keeping the old one until every server uses the new key.");
        }
        return result(
                host,
                Status.PASS,
                "The signed TLSA records of " + host + " match the certificate it presents (" + matchText(matched)
                        + ")." + PREFERRED,
                ev,
                "");
    }

    private static String chainText(List<X509Certificate> chain) {
        X509Certificate leaf = chain.get(0);
        return chain.size() + (chain.size() == 1 ? " certificate" : " certificates") + ", server certificate "
                + leaf.getSubjectX500Principal().getName() + ", SPKI SHA-256 " + DaneMatcher.association(leaf, 1, 1);
    }

    private static String matchText(Match m) {
        return m.record().params()
                + (m.depth() == 0
                        ? " matches the server's own certificate"
                        : " matches the CA certificate at depth " + m.depth() + " of the chain");
    }

    private static CheckResult result(String host, Status s, String summary, List<Evidence> ev, String fix) {
        return CheckResult.of(CheckId.MX_DANE, host, s, summary, ev, fix);
    }
}
