package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and mutated inputs for the three parsers: they must return findings, never throw,
 * and explain every input they cannot use.
 */
class ParserPropertyTest {
    private static final int RUNS = 5000;

    private static final String[] POLICY_SEEDS = {
        "version: STSv1\r\nmode: enforce\r\nmx: mail.example.net\r\nmx: *.example.org\r\nmax_age: 604800\r\n",
        "version: STSv1\nmode: none\nmax_age: 0\n",
        "version: STSv1\r\nmode: testing\r\nmx: xn--bcher-kva.example\r\nmax_age: 31557600\r\next: Grüße\r\n",
    };
    private static final String[] STS_SEEDS = {
        "v=STSv1; id=20261128093000", "v=STSv1;id=a;ext=x/y;", "v=STSv1; id=1; x.y-z=abc ;"
    };
    private static final String[] TLSRPT_SEEDS = {
        "v=TLSRPTv1; rua=mailto:tls@example.com",
        "v=TLSRPTv1;rua=mailto:a%21b@example.com , https://r.example.com/x?y=1;",
    };

    private static String input(Random r, String[] seeds) {
        return r.nextInt(4) == 0 ? Generators.noise(r, 200) : Generators.mutate(r, seeds[r.nextInt(seeds.length)]);
    }

    private static <T> void check(String what, String in, ParseResult<T> result, int maxLine) {
        assertNotNull(result, what);
        assertNotNull(result.value(), what);
        assertNotNull(result.findings(), what);
        if (result.value().isEmpty()) {
            assertTrue(
                    result.hasErrors(),
                    () -> what + ": an unusable input must be explained by an error: " + printable(in));
        }
        for (Finding f : result.findings()) {
            assertTrue(f.rule().startsWith("RFC "), f::toString);
            assertFalse(f.message().isBlank(), f::toString);
            assertTrue(f.line() >= 0 && f.line() <= maxLine, () -> f + " for " + printable(in));
        }
    }

    @Test
    void policyParserNeverThrowsAndExplainsRejections() {
        Random r = new Random(3);
        for (int i = 0; i < RUNS; i++) {
            String in = input(r, POLICY_SEEDS);
            int lines = in.split("\r\n|\r|\n", -1).length;
            check("policy", in, PolicyParser.parse(in), lines);
            byte[] bytes = r.nextBoolean() ? in.getBytes(StandardCharsets.UTF_8) : randomBytes(r, in);
            check("policy bytes", in, PolicyParser.parse(bytes), Integer.MAX_VALUE);
        }
    }

    @Test
    void stsRecordParserNeverThrowsAndExplainsRejections() {
        Random r = new Random(4);
        for (int i = 0; i < RUNS; i++) {
            String in = input(r, STS_SEEDS);
            check("sts", in, StsRecord.parse(in), 0);
            check("sts select", in, StsRecord.select(List.of(split(r, in), List.of(input(r, STS_SEEDS)))), 0);
        }
    }

    @Test
    void tlsRptRecordParserNeverThrowsAndExplainsRejections() {
        Random r = new Random(5);
        for (int i = 0; i < RUNS; i++) {
            String in = input(r, TLSRPT_SEEDS);
            check("tlsrpt", in, TlsRptRecord.parse(in), 0);
            check("tlsrpt select", in, TlsRptRecord.select(List.of(split(r, in))), 0);
        }
    }

    @Test
    void inputNormalisersNeverThrow() {
        Random r = new Random(6);
        for (int i = 0; i < RUNS; i++) {
            String in = r.nextBoolean() ? Generators.mutate(r, Generators.typedDomain(r)) : Generators.noise(r, 80);
            assertNotNull(DomainName.parse(in));
            assertNotNull(MxPattern.parse(in));
            assertNotNull(MxPattern.parseUserInput(in));
            assertNotNull(RuaUri.parse(in));
            assertNotNull(Coverage.analyze(List.of(in, "mx." + in), List.of(MxPattern.of("*.example.com"))));
            assertNotNull(PatternSuggestion.suggest(List.of(in, in + ".")));
            assertNotNull(TxtStrings.fromZoneText(in));
        }
    }

    @Test
    void normalisedNamesAreFixedPoints() {
        // A name the wizard produced reads back as itself, from either form, with nothing to change.
        Random r = new Random(7);
        for (int i = 0; i < RUNS; i++) {
            String typed = Generators.typedDomain(r);
            DomainName.DomainInput in = DomainName.parse(typed);
            if (!(in instanceof DomainName.Valid v)) {
                throw new AssertionError(typed + " -> " + in);
            }
            DomainName name = v.name();
            DomainName.Valid fromAscii = (DomainName.Valid) DomainName.parse(name.ascii());
            assertTrue(fromAscii.name().equals(name) && fromAscii.changes().isEmpty(), typed + " -> " + fromAscii);
            DomainName.Valid fromUnicode = (DomainName.Valid) DomainName.parse(name.unicode());
            assertTrue(fromUnicode.name().equals(name), typed + " -> " + fromUnicode);
            MxPattern p = MxPattern.of((r.nextBoolean() ? "*." : "") + name.ascii());
            assertTrue(MxPattern.of(p.toString()).equals(p));
            assertTrue(
                    p.isWildcard()
                            ? p.matches("x." + name.ascii() + ".") && !p.matches(name.ascii())
                            : p.matches(name.ascii().toUpperCase(Locale.ROOT) + "."),
                    p::toString);
        }
    }

    private static byte[] randomBytes(Random r, String in) {
        byte[] b = in.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 1 + r.nextInt(4) && b.length > 0; k++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static List<String> split(Random r, String s) {
        if (s.length() < 2) {
            return List.of(s);
        }
        int cut = r.nextInt(s.length());
        return List.of(s.substring(0, cut), s.substring(cut));
    }

    private static String printable(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
