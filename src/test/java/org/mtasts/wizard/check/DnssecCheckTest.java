package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mtasts.wizard.check.report.TextReport;
import org.mtasts.wizard.fixtures.LiveScenario;
import org.mtasts.wizard.fixtures.Scenario;
import org.mtasts.wizard.fixtures.SignedZone;
import org.xbill.DNS.Type;

/** The {@code dnssec} row against real DNSSEC-signed answers from the loopback DNS server. */
class DnssecCheckTest {
    @TempDir
    Path dir;

    private static CheckResult dnssecRow(Report r) {
        return r.resultsFor(CheckId.DNSSEC).get(0);
    }

    private static String text(Report r) {
        return TextReport.render(r, new TextReport.Options(false, true));
    }

    @Test
    void aSignedZoneThatValidatesFromTheTrustAnchorIsSecure() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            Report r = Checker.create(live.settings().withTrustAnchorFile(zone.trustAnchor(dir)))
                    .run("example.test");
            CheckResult row = dnssecRow(r);
            assertEquals(Status.PASS, row.status(), text(r));
            assertTrue(row.summary().contains("secure"), row.summary());
            assertTrue(
                    row.evidence().stream()
                            .anyMatch(e -> e.label().equals("MX example.test (validated)")
                                    && e.value().startsWith("secure")),
                    row.evidence().toString());
            assertEquals(Status.PASS, r.verdict(), text(r));
        }
    }

    @Test
    void anUnsignedZoneIsInsecureWhichIsInformationalNotAFailure() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            // Only another zone is signed: nothing anchors example.test, so it is provably unsigned.
            SignedZone other = SignedZone.sign(live.dns(), "signed.test");
            Report r = Checker.create(live.settings().withTrustAnchorFile(other.trustAnchor(dir)))
                    .run("example.test");
            CheckResult row = dnssecRow(r);
            assertEquals(Status.INFO, row.status(), text(r));
            assertTrue(row.summary().contains("not DNSSEC-signed"), row.summary());
            assertEquals(Status.PASS, r.verdict(), text(r));
        }
    }

    @Test
    void aBadSignatureIsBogusAndFailsItsOwnRowButNotTheMtaStsVerdict() throws Exception {
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            SignedZone zone = SignedZone.sign(live.dns(), "example.test");
            zone.breakSignature(live.dns(), "example.test", Type.MX);
            Report r = Checker.create(live.settings().withTrustAnchorFile(zone.trustAnchor(dir)))
                    .run("example.test");
            CheckResult row = dnssecRow(r);
            assertEquals(Status.FAIL, row.status(), text(r));
            assertTrue(row.summary().contains("bogus"), row.summary());
            // The validator's reason names the RRset whose signature failed.
            assertTrue(row.summary().contains("MX"), row.summary());
            assertEquals(Status.PASS, r.verdict(), text(r));
            assertTrue(r.failures().isEmpty(), r.failures().toString());
            assertEquals(
                    List.of(
                            "dig +dnssec SOA example.test @127.0.0.1 -p "
                                    + live.dns().port(),
                            "dig +dnssec MX example.test @127.0.0.1 -p "
                                    + live.dns().port()),
                    row.commands());
        }
    }

    @Test
    void throughAResolverThatDropsDnssecRecordsTheRowIsInconclusiveNotBogus() throws Exception {
        // The shipped root anchors: the loopback server has no root keys, as a resolver that strips
        // DNSSEC records has none to give.
        try (LiveScenario live = Scenario.withMxHosts("example.test", 1).start()) {
            Report r = Checker.create(live.settings()).run("example.test");
            CheckResult row = dnssecRow(r);
            assertEquals(Status.INCONCLUSIVE, row.status(), text(r));
            assertTrue(row.summary().contains("does not return DNSSEC records"), row.summary());
            assertTrue(
                    row.evidence().stream()
                            .anyMatch(e -> e.value().contains("key tag 20326")
                                    && e.value().contains("key tag 38696")),
                    row.evidence().toString());
        }
    }

    @Test
    void aTrustAnchorFileWithoutKeysIsASettingsErrorBeforeAnythingStarts() throws Exception {
        Path empty = Files.writeString(dir.resolve("anchor.txt"), "example.test. 300 IN TXT \"no key\"\n");
        InvalidSettingsException e = assertThrows(
                InvalidSettingsException.class,
                () -> Checker.create(CheckSettings.defaults().withTrustAnchorFile(empty)));
        assertTrue(e.getMessage().contains("holds no DS or DNSKEY record"), e.getMessage());
        InvalidSettingsException missing = assertThrows(
                InvalidSettingsException.class,
                () -> Checker.create(CheckSettings.defaults().withTrustAnchorFile(dir.resolve("none.txt"))));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }
}
