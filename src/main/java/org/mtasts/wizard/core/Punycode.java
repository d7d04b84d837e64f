package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Punycode (RFC 3492) for single labels, without any IDNA mapping. {@link java.net.IDN} applies
 * IDNA2003 nameprep before encoding (it maps {@code ß} to {@code ss}); IDNA2008 labels that keep
 * {@code ß} or {@code ς} need the bare algorithm, which the JDK does not expose.
 */
final class Punycode {
    private static final int BASE = 36;
    private static final int TMIN = 1;
    private static final int TMAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;
    private static final long MAX = Integer.MAX_VALUE;

    private Punycode() {}

    /** Encodes a label's code points; the result has no {@code xn--} prefix. */
    static String encode(String input) {
        int[] cps = input.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int c : cps) {
            if (c < 0x80) {
                out.append((char) c);
            }
        }
        int b = out.length();
        int h = b;
        if (b > 0) {
            out.append('-');
        }
        long n = INITIAL_N;
        long delta = 0;
        int bias = INITIAL_BIAS;
        while (h < cps.length) {
            long m = Long.MAX_VALUE;
            for (int c : cps) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            delta += (m - n) * (h + 1);
            if (delta > MAX) {
                throw new IllegalArgumentException("label too long for Punycode");
            }
            n = m;
            for (int c : cps) {
                if (c < n) {
                    delta++;
                }
                if (c == n) {
                    long q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        out.append(digit((int) (t + (q - t) % (BASE - t))));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digit((int) q));
                    bias = adapt(delta, h + 1, h == b);
                    delta = 0;
                    h++;
                }
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    /** Decodes the part after {@code xn--}; empty when it is not valid Punycode. */
    static Optional<String> decode(String input) {
        int b = input.lastIndexOf('-');
        StringBuilder out = new StringBuilder();
        List<Integer> output = new ArrayList<>();
        if (b > 0) {
            for (int j = 0; j < b; j++) {
                char c = input.charAt(j);
                if (c >= 0x80) {
                    return Optional.empty();
                }
                output.add((int) c);
            }
        }
        long n = INITIAL_N;
        long i = 0;
        int bias = INITIAL_BIAS;
        int in = b > 0 ? b + 1 : 0;
        while (in < input.length()) {
            long oldi = i;
            long w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return Optional.empty();
                }
                int d = digitValue(input.charAt(in++));
                if (d < 0) {
                    return Optional.empty();
                }
                i += d * w;
                if (i > MAX) {
                    return Optional.empty();
                }
                int t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
                if (d < t) {
                    break;
                }
                w *= BASE - t;
                if (w > MAX) {
                    return Optional.empty();
                }
            }
            int len = output.size() + 1;
            bias = adapt(i - oldi, len, oldi == 0);
            n += i / len;
            i %= len;
            if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF)) {
                return Optional.empty();
            }
            output.add((int) i, (int) n);
            i++;
        }
        for (int cp : output) {
            out.appendCodePoint(cp);
        }
        return Optional.of(out.toString());
    }

    private static int adapt(long delta, int numPoints, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return (int) (k + (BASE - TMIN + 1) * delta / (delta + SKEW));
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    private static int digitValue(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        return -1;
    }
}
