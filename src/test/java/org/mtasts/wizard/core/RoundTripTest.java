package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** For any valid request, what the writers produce, the parsers read back unchanged and without findings. */
class RoundTripTest {
    private static final int RUNS = 3000;

    @Test
    void generatedPolicyParsesBackToTheSamePolicyWithNoFindings() {
        Random r = new Random(20261128L);
        for (int i = 0; i < RUNS; i++) {
            SetupRequest req = Generators.request(r);
            Clock clock = Clock.fixed(Instant.ofEpochSecond(r.nextInt(Integer.MAX_VALUE)), ZoneOffset.UTC);
            SetupArtifacts a = SetupArtifacts.generate(req, clock);
            ParseResult<Policy> parsed = PolicyParser.parse(a.policyText());
            assertEquals(List.of(), parsed.findings(), a.policyText());
            assertEquals(req.policy(), parsed.value().orElseThrow());
            // The byte path (as fetched over HTTPS) agrees with the text path.
            assertEquals(parsed, PolicyParser.parse(a.policyText().getBytes(StandardCharsets.UTF_8)));
            assertTrue(a.policyText().endsWith("\r\n")
                    && !a.policyText().replace("\r\n", "").contains("\n"));
        }
    }

    @Test
    void generatedRecordsParseBackFromTheirZoneFileForm() {
        Random r = new Random(8460L);
        for (int i = 0; i < RUNS; i++) {
            SetupRequest req = Generators.request(r);
            SetupArtifacts a =
                    SetupArtifacts.generate(req, Generators.asciiLabel(r, 32).replace("-", "x"));
            DnsRecord sts = a.records().get(0);
            List<String> stsStrings = zoneStrings(sts);
            ParseResult<StsRecord> s = StsRecord.select(List.of(stsStrings));
            assertEquals(List.of(), s.findings(), sts.value());
            assertEquals(a.policyId(), s.value().orElseThrow().id());
            if (req.ruaUris().isEmpty()) {
                assertEquals(1, a.records().size());
                continue;
            }
            DnsRecord tls = a.records().get(1);
            ParseResult<TlsRptRecord> t = TlsRptRecord.select(List.of(zoneStrings(tls)));
            assertEquals(List.of(), t.findings(), tls.value());
            assertEquals(req.ruaUris(), t.value().orElseThrow().rua());
        }
    }

    @Test
    void everyAcceptedPolicyIsAFixedPointOfWriteThenParse() {
        // Whatever the parser accepts (even from messy input), canonical output reads back identically.
        Random r = new Random(7505L);
        String[] seeds = {
            "version: STSv1\nmode: testing\nmx: a.example.com\nmx: *.b.example.com\nmax_age: 86400\n",
            "max_age: 1\r\nmode: none\r\nversion: STSv1\r\nnote: x",
        };
        int accepted = 0;
        for (int i = 0; i < RUNS; i++) {
            String text = Generators.mutate(r, seeds[r.nextInt(seeds.length)]);
            ParseResult<Policy> first = PolicyParser.parse(text);
            if (first.value().isEmpty()) {
                continue;
            }
            accepted++;
            ParseResult<Policy> again =
                    PolicyParser.parse(PolicyWriter.write(first.value().get()));
            assertEquals(List.of(), again.findings(), text);
            assertEquals(first.value(), again.value(), text);
        }
        assertTrue(
                accepted > RUNS / 10,
                "enough mutated inputs stay parseable to make the property meaningful: " + accepted);
    }

    private static List<String> zoneStrings(DnsRecord rec) {
        String line = rec.zoneLine();
        return TxtStrings.fromZoneText(line.substring(line.indexOf("TXT\t") + 4))
                .orElseThrow();
    }
}
