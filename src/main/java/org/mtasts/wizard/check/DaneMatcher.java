package org.mtasts.wizard.check;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import okhttp3.internal.tls.OkHostnameVerifier;
import org.xbill.DNS.TLSARecord;

/**
 * Matches DANE TLSA records against the certificate chain an SMTP server presented, as a sending
 * MTA does under RFC 7672 §3.1 and RFC 7671: DANE-EE(3) matches the server's own certificate or
 * key, with no name or expiry checks (RFC 7672 §3.1.1); DANE-TA(2) matches a CA certificate or key
 * the server sent in its chain, below which the server certificate must chain by signature, be
 * unexpired and name the MX host (RFC 7672 §3.1.2, §3.2.2). PKIX-TA(0) and PKIX-EE(1) are not used
 * for SMTP (RFC 7672 §3.1.3), so such records count as unusable, as do unknown selectors and
 * matching types.
 */
final class DaneMatcher {
    private static final HexFormat HEX = HexFormat.of();

    private DaneMatcher() {}

    /** One TLSA record's fields (RFC 6698 §2.1). */
    record Tlsa(int usage, int selector, int matchingType, byte[] data) {
        static Tlsa of(TLSARecord r) {
            return new Tlsa(
                    r.getCertificateUsage(), r.getSelector(), r.getMatchingType(), r.getCertificateAssociationData());
        }

        /** Usable for SMTP: DANE-TA or DANE-EE, selector Cert or SPKI, matching Full, SHA2-256 or SHA2-512. */
        boolean usable() {
            return (usage == 2 || usage == 3)
                    && (selector == 0 || selector == 1)
                    && matchingType >= 0
                    && matchingType <= 2;
        }

        /** As in a zone file: {@code 3 1 1 8f3a...}. */
        String text() {
            return usage + " " + selector + " " + matchingType + " " + HEX.formatHex(data);
        }

        /** The three parameters with their RFC 7218 names, e.g. {@code 3 1 1 (DANE-EE, SPKI, SHA2-256)}. */
        String params() {
            return usage + " " + selector + " " + matchingType + " " + names();
        }

        /** The RFC 7218 names of the parameters, e.g. {@code (DANE-EE, SPKI, SHA2-256)}. */
        String names() {
            return "(" + usageName(usage) + ", "
                    + (selector == 0 ? "Cert" : selector == 1 ? "SPKI" : "selector " + selector) + ", "
                    + (matchingType == 0
                            ? "Full"
                            : matchingType == 1
                                    ? "SHA2-256"
                                    : matchingType == 2 ? "SHA2-512" : "matching type " + matchingType)
                    + ")";
        }
    }

    static String usageName(int usage) {
        return switch (usage) {
            case 0 -> "PKIX-TA";
            case 1 -> "PKIX-EE";
            case 2 -> "DANE-TA";
            case 3 -> "DANE-EE";
            default -> "usage " + usage;
        };
    }

    /** A record that authenticated the chain, and the chain position it matched (0 is the server's own). */
    record Match(Tlsa record, int depth) {}

    /**
     * The first usable record that authenticates {@code chain} (server certificate first) for the
     * MX host {@code host}, or null when none does.
     */
    static Match authenticate(List<Tlsa> records, List<X509Certificate> chain, String host, Instant now) {
        if (chain.isEmpty()) {
            return null;
        }
        for (Tlsa t : records) {
            if (!t.usable()) {
                continue;
            }
            if (t.usage() == 3 && matches(t, chain.get(0))) {
                return new Match(t, 0);
            }
            if (t.usage() == 2) {
                for (int i = 1; i < chain.size(); i++) {
                    if (matches(t, chain.get(i)) && chainsTo(chain, i) && serverCertOk(chain.get(0), host, now)) {
                        return new Match(t, i);
                    }
                }
            }
        }
        return null;
    }

    /** Whether the selected part of {@code cert}, after the matching type's digest, equals the record's data. */
    static boolean matches(Tlsa t, X509Certificate cert) {
        byte[] selected = selected(cert, t.selector());
        byte[] digest = digest(selected, t.matchingType());
        return digest != null && MessageDigest.isEqual(digest, t.data());
    }

    /** The record data that would match {@code cert} with these selector and matching type, in hex. */
    static String association(X509Certificate cert, int selector, int matchingType) {
        byte[] d = digest(selected(cert, selector), matchingType);
        return d == null ? "" : HEX.formatHex(d);
    }

    private static byte[] selected(X509Certificate cert, int selector) {
        try {
            // Selector 1 is the DER SubjectPublicKeyInfo, which is what getEncoded() of an X.509 key returns.
            return selector == 0 ? cert.getEncoded() : cert.getPublicKey().getEncoded();
        } catch (CertificateEncodingException e) {
            return new byte[0];
        }
    }

    private static byte[] digest(byte[] data, int matchingType) {
        try {
            return switch (matchingType) {
                case 0 -> data;
                case 1 -> MessageDigest.getInstance("SHA-256").digest(data);
                case 2 -> MessageDigest.getInstance("SHA-512").digest(data);
                default -> null;
            };
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** Each certificate below position {@code anchor} is signed by the next one up (RFC 7671 §5.2.2). */
    private static boolean chainsTo(List<X509Certificate> chain, int anchor) {
        for (int i = 0; i < anchor; i++) {
            try {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
        return true;
    }

    /** Under DANE-TA the server certificate is checked as usual: in its validity period, naming the MX host. */
    private static boolean serverCertOk(X509Certificate leaf, String host, Instant now) {
        return !now.isBefore(leaf.getNotBefore().toInstant())
                && !now.isAfter(leaf.getNotAfter().toInstant())
                && OkHostnameVerifier.INSTANCE.verify(host, leaf);
    }
}
