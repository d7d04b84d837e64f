package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * {@link Idna#disallowedByIdna2008} derives IDNA2008's DISALLOWED symbols from RFC 5892 §2 with
 * ICU's character properties. Unicode's IdnaMappingTable.txt (idna/, see idna/README.md) marks the
 * same code points: "valid" for UTS #46 but NV8 (not valid in IDNA2008) or XV8 (excluded). Every
 * valid code point must be refused exactly when the table marks it so.
 */
class Idna2008DerivationTest {

    @Test
    void refusesExactlyTheCodePointsTheMappingTableMarksNv8OrXv8() throws IOException {
        String table = resource("idna/IdnaMappingTable.txt");
        String version = "Version: " + UCharacter.getUnicodeVersion().getMajor() + "."
                + UCharacter.getUnicodeVersion().getMinor() + ".0";
        assertTrue(table.contains("# " + version), "the table is for ICU's Unicode " + version);
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : table.split("\n")) {
            int hash = line.indexOf('#');
            String data = hash >= 0 ? line.substring(0, hash) : line;
            if (data.isBlank()) {
                continue;
            }
            String[] c = data.split(";");
            if (!c[1].strip().equals("valid")) {
                continue;
            }
            boolean notIdna2008 =
                    c.length > 3 && (c[3].strip().equals("NV8") || c[3].strip().equals("XV8"));
            String[] range = c[0].strip().split("\\.\\.");
            int from = Integer.parseInt(range[0], 16);
            int to = range.length > 1 ? Integer.parseInt(range[1], 16) : from;
            for (int cp = Math.max(from, 0x80); cp <= to; cp++) {
                checked++;
                boolean refused = Idna.disallowedByIdna2008(new String(Character.toChars(cp)))
                        .isPresent();
                if (refused != notIdna2008) {
                    wrong.add(String.format(
                            "U+%04X (table: %s, refused: %s)", cp, notIdna2008 ? "NV8/XV8" : "valid", refused));
                }
            }
        }
        assertTrue(checked > 150_000, "valid code points checked: " + checked);
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " code points differ");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Idna2008DerivationTest.class.getClassLoader().getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
