package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Seeded random inputs for the round-trip and property tests. */
final class Generators {
    private static final String[] UNICODE = {"ü", "é", "ß", "ж", "中", "ñ", "ø", "ς", "ä", "文"};
    private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Generators() {}

    static String asciiLabel(Random r, int max) {
        int len = 1 + r.nextInt(max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            boolean edge = i == 0 || i == len - 1;
            if (!edge && r.nextInt(8) == 0) {
                sb.append('-');
            } else {
                sb.append(LDH.charAt(r.nextInt(LDH.length())));
            }
        }
        String s = sb.toString();
        // Labels like "ab--cd" are reserved for A-labels; avoid them in generated names.
        return s.length() >= 4 && s.charAt(2) == '-' && s.charAt(3) == '-' ? s.replace('-', 'x') : s;
    }

    /** A name a person might type: sometimes internationalised, sometimes upper case. */
    static String typedDomain(Random r) {
        int labels = 2 + r.nextInt(3);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < labels; i++) {
            String l = asciiLabel(r, 12);
            if (i < labels - 1 && r.nextInt(4) == 0) {
                l = l + UNICODE[r.nextInt(UNICODE.length)];
            }
            parts.add(l);
        }
        // Keep the top-level label alphabetic (an all-numeric one would look like an address).
        parts.set(labels - 1, "example");
        String name = String.join(".", parts);
        return r.nextInt(5) == 0 ? name.toUpperCase(Locale.ROOT) : name;
    }

    static SetupRequest request(Random r) {
        DomainName d = DomainName.of(typedDomain(r));
        Mode mode = Mode.values()[r.nextInt(3)];
        List<MxPattern> mx = new ArrayList<>();
        int n = mode == Mode.NONE ? r.nextInt(2) : 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String host = asciiLabel(r, 10) + "." + d.ascii();
            MxPattern p = MxPattern.of(r.nextInt(4) == 0 ? "*." + d.ascii() : host);
            if (!mx.contains(p)) {
                mx.add(p);
            }
        }
        long maxAge = switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> Policy.MAX_AGE_LIMIT;
            default -> (long) (r.nextDouble() * Policy.MAX_AGE_LIMIT);
        };
        List<String> rua = new ArrayList<>();
        int k = r.nextInt(4);
        for (int i = 0; i < k; i++) {
            rua.add(RuaUri.of(
                    r.nextBoolean()
                            ? "tls-" + asciiLabel(r, 8) + "@" + typedDomain(r)
                            : "https://reports." + d.ascii() + "/" + asciiLabel(r, 8) + "?a=1,b!c;d"));
        }
        return new SetupRequest(d, mx, mode, maxAge, rua);
    }

    private static final String NOISE =
            "\r\n\t\u0000 :;=,.*-_!%@/\\\"'\uFEFF\u007f\u00e9\u00dfSTSv1TLSRPTv1mxmodeenforcetestingnonemax_agerua=id=mailto:https://xn--0123456789";

    /** A valid sample with random edits: inserted, deleted, replaced or duplicated characters. */
    static String mutate(Random r, String seed) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> sb.insert(pos, NOISE.charAt(r.nextInt(NOISE.length())));
                case 1 -> {
                    if (pos < sb.length()) {
                        sb.deleteCharAt(pos);
                    }
                }
                case 2 -> {
                    if (pos < sb.length()) {
                        sb.setCharAt(pos, NOISE.charAt(r.nextInt(NOISE.length())));
                    }
                }
                case 3 -> {
                    int end = Math.min(sb.length(), pos + r.nextInt(20));
                    sb.insert(pos, sb.substring(pos, end));
                }
                default -> sb.insert(pos, (char) r.nextInt(0x3000));
            }
        }
        return sb.toString();
    }

    /** Completely random text over a small, syntax-heavy alphabet. */
    static String noise(Random r, int max) {
        int len = r.nextInt(max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < len; i++) {
            sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x10000) : NOISE.charAt(r.nextInt(NOISE.length())));
        }
        return sb.toString();
    }
}
