package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

/**
 * Seeded random mutations of the sample reports (no property-testing library: a fixed-seed
 * {@link Random}, as in the core parsers' property test): bytes flipped, cut or inserted, and JSON
 * values replaced by values of other types or removed. The reader must never throw, must explain
 * every refusal in one line naming the source, and whatever it reads must survive the store's
 * write-and-read-back unchanged.
 */
class ReportReaderPropertyTest {
    private static final int RUNS = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> SEEDS = List.of(
            Samples.json(Samples.GOOGLE_GZ), Samples.json(Samples.MICROSOFT_JSON), Samples.json(Samples.TLSA_JSON));

    @Test
    void byteMutationsNeverThrowAndAreExplained() {
        Random r = new Random(11);
        for (int i = 0; i < RUNS; i++) {
            byte[] in = mutateBytes(r, SEEDS.get(r.nextInt(SEEDS.size())));
            check(in);
        }
    }

    @Test
    void jsonTypeMutationsNeverThrowAndAreExplained() throws IOException {
        Random r = new Random(12);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < RUNS; i++) {
            JsonNode tree = JSON.readTree(SEEDS.get(r.nextInt(SEEDS.size())));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits; e++) {
                tree = mutateTree(r, tree);
            }
            if (check(JSON.writeValueAsBytes(tree)) instanceof ReadOutcome.Read) {
                read++;
            } else {
                refused++;
            }
        }
        // Both sides are exercised: lenient fields are read through, key fields refused.
        assertTrue(read > RUNS / 10 && refused > RUNS / 10, "read " + read + ", refused " + refused);
    }

    private static ReadOutcome check(byte[] in) {
        ReadOutcome o = ReportReader.read(in, "fuzz.json");
        assertNotNull(o);
        if (o instanceof ReadOutcome.Problem p) {
            String m = p.message();
            assertTrue(m.startsWith("fuzz.json: ") && m.endsWith("; not read"), m);
            assertFalse(
                    m.contains("\n") || m.contains("Exception") || m.contains("could not be read ("),
                    () -> m + " for " + printable(in));
        } else {
            TlsReport report = ((ReadOutcome.Read) o).report();
            ReadOutcome again = ReportReader.read(ReportWriter.write(report), "again");
            assertEquals(new ReadOutcome.Read(report), again, () -> "round trip of " + printable(in));
            assertFalse(report.reportId().isBlank());
            assertFalse(report.organizationName().isBlank());
            assertFalse(report.end().isBefore(report.start()));
        }
        return o;
    }

    private static final byte[] NOISE = "{}[]\",:\\0-.e \u00ff".getBytes(StandardCharsets.ISO_8859_1);

    private static byte[] mutateBytes(Random r, byte[] seed) {
        List<Byte> b = new ArrayList<>();
        for (byte x : seed) {
            b.add(x);
        }
        int edits = 1 + r.nextInt(8);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int pos = r.nextInt(b.size());
            switch (r.nextInt(4)) {
                case 0 -> b.set(pos, (byte) r.nextInt(256));
                case 1 -> b.remove(pos);
                case 2 -> b.add(pos, NOISE[r.nextInt(NOISE.length)]);
                default -> {
                    int end = Math.min(b.size(), pos + r.nextInt(b.size() - pos + 1));
                    b.subList(pos, end).clear();
                }
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    /** Replaces or removes one random node of the tree. */
    private static JsonNode mutateTree(Random r, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return randomValue(r, root);
        }
        JsonNode parent = containers.get(r.nextInt(containers.size()));
        if (parent instanceof ObjectNode obj && obj.size() > 0) {
            List<String> names = new ArrayList<>();
            obj.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(4) == 0) {
                obj.remove(name);
            } else {
                obj.set(name, randomValue(r, obj.get(name)));
            }
        } else if (parent instanceof ArrayNode arr && arr.size() > 0) {
            int i = r.nextInt(arr.size());
            if (r.nextInt(4) == 0) {
                arr.remove(i);
            } else {
                arr.set(i, randomValue(r, arr.get(i)));
            }
        } else if (r.nextBoolean()) {
            return randomValue(r, root);
        }
        return root;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(Random r, JsonNode old) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(r.nextInt(2000) - 1000);
            case 2 -> NODES.numberNode(r.nextDouble() * 10);
            case 3 -> NODES.textNode("");
            case 4 -> NODES.textNode(Long.toString(r.nextLong()));
            case 5 -> NODES.booleanNode(r.nextBoolean());
            case 6 -> NODES.arrayNode().add("x").add(NODES.objectNode());
            case 7 -> NODES.objectNode().put("a", 1);
            case 8 -> NODES.textNode("2024-13-45T99:00:00Z");
            case 9 -> NODES.textNode("[\"3 1 1 ab\"]");
            case 10 -> NODES.numberNode(new BigDecimal("1e400"));
            default -> old.isTextual() ? NODES.textNode(old.asText().toUpperCase(Locale.ROOT)) : NODES.textNode("text");
        };
    }

    private static String printable(byte[] in) {
        return HexFormat.of().formatHex(in, 0, Math.min(in.length, 400));
    }
}
