package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.check.DaneMatcher.Match;
import org.mtasts.wizard.check.DaneMatcher.Tlsa;
import org.mtasts.wizard.fixtures.CertFault;
import org.mtasts.wizard.fixtures.TestCa;

/** TLSA matching against real chains from a test CA (RFC 7672 §3.1, RFC 7671 §5). */
class DaneMatcherTest {
    private static final String HOST = "mx1.example.test";
    private final TestCa ca = TestCa.create("Dane Test CA");
    private final X509Certificate leaf = ca.issue(HOST, CertFault.NONE).certificate();
    private final X509Certificate root = ca.root().certificate();
    private final Instant now = Instant.now();

    private static byte[] digest(String alg, byte[] b) throws Exception {
        return MessageDigest.getInstance(alg).digest(b);
    }

    @Test
    void daneTaMatchesTheCaCertificateTheServerSendsAfterItsOwn() throws Exception {
        Tlsa ta = new Tlsa(2, 0, 1, digest("SHA-256", root.getEncoded()));
        Match m = DaneMatcher.authenticate(List.of(ta), List.of(leaf, root), HOST, now);
        assertNotNull(m);
        assertEquals(1, m.depth());
    }

    @Test
    void daneTaMatchesTheCaKeyWithSha512() throws Exception {
        Tlsa ta = new Tlsa(2, 1, 2, digest("SHA-512", root.getPublicKey().getEncoded()));
        assertNotNull(DaneMatcher.authenticate(List.of(ta), List.of(leaf, root), HOST, now));
    }

    @Test
    void daneTaNeedsTheCaInThePresentedChain() throws Exception {
        Tlsa ta = new Tlsa(2, 0, 1, digest("SHA-256", root.getEncoded()));
        assertNull(DaneMatcher.authenticate(List.of(ta), List.of(leaf), HOST, now));
    }

    @Test
    void daneTaChecksTheServerNameButDaneEeDoesNot() throws Exception {
        Tlsa ta = new Tlsa(2, 0, 1, digest("SHA-256", root.getEncoded()));
        assertNull(DaneMatcher.authenticate(List.of(ta), List.of(leaf, root), "mx2.example.test", now));
        Tlsa ee = new Tlsa(3, 1, 1, digest("SHA-256", leaf.getPublicKey().getEncoded()));
        assertNotNull(DaneMatcher.authenticate(List.of(ee), List.of(leaf), "mx2.example.test", now));
    }

    @Test
    void daneTaNeedsTheServerCertificateSignedByTheMatchedCa() throws Exception {
        X509Certificate otherRoot = TestCa.create("Other CA").root().certificate();
        Tlsa ta = new Tlsa(2, 0, 1, digest("SHA-256", otherRoot.getEncoded()));
        assertNull(DaneMatcher.authenticate(List.of(ta), List.of(leaf, otherRoot), HOST, now));
    }

    @Test
    void daneEeMatchesTheFullKeyAndTheFullCertificate() throws Exception {
        assertNotNull(DaneMatcher.authenticate(
                List.of(new Tlsa(3, 1, 0, leaf.getPublicKey().getEncoded())), List.of(leaf), HOST, now));
        assertNotNull(DaneMatcher.authenticate(
                List.of(new Tlsa(3, 0, 2, digest("SHA-512", leaf.getEncoded()))), List.of(leaf), HOST, now));
    }

    @Test
    void pkixUsagesAreNotUsedForSmtpEvenWhenTheirDataMatches() throws Exception {
        byte[] spki = digest("SHA-256", leaf.getPublicKey().getEncoded());
        Tlsa pkixEe = new Tlsa(1, 1, 1, spki);
        assertFalse(pkixEe.usable());
        assertNull(DaneMatcher.authenticate(List.of(pkixEe), List.of(leaf), HOST, now));
        assertFalse(new Tlsa(3, 1, 7, spki).usable());
    }

    @Test
    void theRecordThatWouldMatchIsOfferedInHex() throws Exception {
        String hex = DaneMatcher.association(leaf, 1, 1);
        assertEquals(64, hex.length());
        assertNotNull(DaneMatcher.authenticate(
                List.of(new Tlsa(3, 1, 1, HexFormat.of().parseHex(hex))), List.of(leaf), HOST, now));
    }
}
