package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunycodeTest {

    @ParameterizedTest
    @CsvSource({
        // RFC 3492 §7.1 sample strings (B) and (L), and well-known IDN labels.
        "他们为什么不说中文, ihqwcrb4cv8a8dqg056pqjye",
        "3年B組金八先生, 3B-ww4c5e180e575a65lsy2b",
        "bücher, bcher-kva",
        "münchen, mnchen-3ya",
        "faß, fa-hia",
    })
    void encodesAndDecodesKnownVectors(String unicode, String puny) {
        assertEquals(puny, Punycode.encode(unicode));
        assertEquals(Optional.of(unicode), Punycode.decode(puny));
    }

    @Test
    void decodeRejectsGarbageWithoutThrowing() {
        assertEquals(Optional.empty(), Punycode.decode("zz"));
        assertEquals(Optional.empty(), Punycode.decode("a-ü"));
        assertEquals(Optional.empty(), Punycode.decode("99999999999999"));
        assertEquals(Optional.empty(), Punycode.decode("-!"));
    }

    @Test
    void randomLabelsRoundTrip() {
        Random r = new Random(8461);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                int cp = r.nextBoolean() ? 'a' + r.nextInt(26) : 0xA0 + r.nextInt(0x3000);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 'x';
                }
                sb.appendCodePoint(cp);
            }
            String s = sb.toString();
            String enc = Punycode.encode(s);
            assertTrue(enc.chars().allMatch(c -> c < 0x80), enc);
            assertEquals(Optional.of(s), Punycode.decode(enc), s);
        }
    }
}
