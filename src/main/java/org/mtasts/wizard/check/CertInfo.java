package org.mtasts.wizard.check;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a leaf certificate says about itself, for evidence.
 *
 * @param subject  the subject DN
 * @param dnsNames the subjectAltName DNS names (the only names RFC 6125 matching uses)
 * @param issuer   the issuer DN
 * @param notAfter end of validity
 */
record CertInfo(String subject, List<String> dnsNames, String issuer, Instant notBefore, Instant notAfter) {

    static CertInfo of(X509Certificate c) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> sans = c.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (san.size() >= 2 && Integer.valueOf(2).equals(san.get(0))) {
                        names.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // evidence only: a certificate whose SANs cannot be read shows none
        }
        return new CertInfo(
                c.getSubjectX500Principal().getName(),
                List.copyOf(names),
                c.getIssuerX500Principal().getName(),
                c.getNotBefore().toInstant(),
                c.getNotAfter().toInstant());
    }

    List<Evidence> evidence() {
        return List.of(
                Evidence.of("certificate subject", subject),
                Evidence.of("certificate DNS names", dnsNames.isEmpty() ? "(none)" : String.join(", ", dnsNames)),
                Evidence.of("certificate issuer", issuer),
                Evidence.of("certificate valid until", notAfter));
    }
}
