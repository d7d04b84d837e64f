package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: parsing a resolver never fails with anything but a one-line message. */
class ResolverSpecPropertyTest {
    private static final String ALPHABET = "abcXYZ019.:-[]/_@ %\\thtps\u00e9\n";

    @Test
    void anyInputParsesOrGetsAOneLineMessage() {
        Random random = new Random(8461);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(24);
            if (random.nextInt(4) == 0) {
                sb.append(random.nextBoolean() ? "https://" : "127.0.0.1:");
            }
            for (int j = 0; j < len; j++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String input = sb.toString();
            try {
                ResolverSpec spec = ResolverSpec.parse(input);
                assertNotNull(spec, input);
                if (spec instanceof ResolverSpec.Server s) {
                    assertTrue(s.port() >= 1 && s.port() <= 65535, input);
                    assertFalse(s.host().isEmpty(), input);
                }
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), input);
                assertFalse(e.getMessage().contains("\n") && !input.contains("\n"), e.getMessage());
            }
        }
    }
}
