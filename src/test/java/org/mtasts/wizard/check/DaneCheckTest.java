package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SignedZone;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.TLSARecord;
import org.xbill.DNS.Type;

/**
 * The {@code mx-dane} row: TLSA records served by the loopback DNS server (signed or not) against
 * the certificate the loopback SMTP server presents in a real STARTTLS session.
 */
class DaneCheckTest {
    @TempDir
    Path dir;

    private static final String MX = "mx1.example.test";

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    /** A TLSA record for the MX host at the port the check probes (RFC 6698 §3: _port._tcp.host). */
    private static TLSARecord tlsa(LiveScenario live, int usage, int selector, int type, byte[] data) throws Exception {
        Name owner = Name.fromString("_" + live.smtpPort() + "._tcp." + MX + ".");
        return new TLSARecord(owner, DClass.IN, 300, usage, selector, type, data);
    }

    private static byte[] serverSpkiSha256(LiveScenario live) throws Exception {
        return sha256(live.mxCertificate(MX).certificate().getPublicKey().getEncoded());
    }

    private Report check(LiveScenario live, SignedZone zone) throws Exception {
        CheckSettings s = zone == null ? live.settings() : live.settings().withTrustAnchorFile(zone.trustAnchor(dir));
        return Checker.create(s).run(live.domain());
    }

    private static CheckResult daneRow(Report r) {
        List<CheckResult> rows = r.resultsFor(CheckId.MX_DANE);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(MX, rows.get(0).target());
        return rows.get(0);
    }

    private static String text(Report r) {
        return TextReport.render(r, new TextReport.Options(false, true));
    }

    @Test
    void aSignedDaneEeRecordOfTheServersKeyMatchesThePresentedCertificate() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            live.dns().add(tlsa(live, 3, 1, 1, serverSpkiSha256(live)));
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            Report r = check(live, zone);
            CheckResult row = daneRow(r);
            assertEquals(Status.PASS, row.status(), text(r));
            assertTrue(
                    row.summary().contains("3 1 1 (DANE-EE, SPKI, SHA2-256) matches the server's own certificate"),
                    row.summary());
            assertTrue(row.summary().contains("RFC 8461 §2"), row.summary());
            assertEquals(
                    "dig +dnssec TLSA _" + live.smtpPort() + "._tcp." + MX + " @127.0.0.1 -p "
                            + live.dns().port(),
                    row.commands().get(0));
            assertEquals(Status.PASS, r.verdict(), text(r));
            // The JSON of a matching row, as scripts read it.
            System.out.println(JsonReport.render(new Report(r.domain(), List.of(row), r.verdict(), 0)));
        }
    }

    @Test
    void aSignedRecordOfAnotherKeyIsAMismatchThatFailsOnlyTheDaneRow() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            byte[] other = sha256("some other key".getBytes());
            live.dns().add(tlsa(live, 3, 1, 1, other));
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            Report r = check(live, zone);
            CheckResult row = daneRow(r);
            assertEquals(Status.FAIL, row.status(), text(r));
            assertTrue(row.summary().contains("None of the signed TLSA records"), row.summary());
            // The fix names the record that would match.
            String want = HexFormat.of().formatHex(serverSpkiSha256(live));
            assertTrue(row.fix().contains("IN TLSA 3 1 1 " + want), row.fix());
            assertEquals(Status.PASS, r.verdict(), "a DANE mismatch never fails a correct MTA-STS setup");
            assertTrue(r.failures().isEmpty(), r.failures().toString());
        }
    }

    @Test
    void aFullCertificateRecordMatchesToo() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            live.dns()
                    .add(tlsa(
                            live,
                            3,
                            0,
                            1,
                            sha256(live.mxCertificate(MX).certificate().getEncoded())));
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            Report r = check(live, zone);
            assertEquals(Status.PASS, daneRow(r).status(), text(r));
        }
    }

    @Test
    void anUnsignedTlsaRecordIsIgnoredBySendersSoItWarns() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            live.dns().add(tlsa(live, 3, 1, 1, serverSpkiSha256(live)));
            // Only another zone is signed: example.test is provably insecure.
            SignedZone other = SignedZone.sign(live.dns(), "signed.test");
            Report r = check(live, other);
            CheckResult row = daneRow(r);
            assertEquals(Status.WARN, row.status(), text(r));
            assertTrue(row.summary().contains("not DNSSEC-signed"), row.summary());
        }
    }

    @Test
    void noTlsaRecordIsInformational() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            Report r = check(live, zone);
            CheckResult row = daneRow(r);
            assertEquals(Status.INFO, row.status(), text(r));
            assertTrue(row.summary().contains("publishes no DANE TLSA record"), row.summary());
            // The absence itself is proven by signed NSEC records.
            assertTrue(
                    row.evidence().get(0).value().startsWith("secure"),
                    row.evidence().toString());
        }
    }

    @Test
    void aBogusTlsaAnswerFailsTheDaneRow() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            live.dns().add(tlsa(live, 3, 1, 1, serverSpkiSha256(live)));
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            zone.breakSignature(live.dns(), "_" + live.smtpPort() + "._tcp." + MX, Type.TLSA);
            Report r = check(live, zone);
            CheckResult row = daneRow(r);
            assertEquals(Status.FAIL, row.status(), text(r));
            assertTrue(row.summary().contains("bogus"), row.summary());
        }
    }

    @Test
    void throughAResolverWithoutDnssecRecordsAnAbsentTlsaIsStillKnown() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            Report r = check(live, null);
            assertEquals(Status.INFO, daneRow(r).status(), text(r));
        }
    }
}
