package org.mtasts.wizard.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DNS TXT record text: a record is one or more character-strings of at most 255 octets each
 * (RFC 1035 §3.3.14). Senders join them with no separator before parsing (RFC 8461 §3.1, RFC 8460 §3).
 */
public final class TxtStrings {
    /** The most octets one character-string holds. */
    public static final int MAX_STRING = 255;

    private TxtStrings() {}

    /** Joins a record's character-strings with no separator. */
    public static String join(List<String> strings) {
        return String.join("", strings);
    }

    /** Splits a value into character-strings of at most 255 octets (UTF-8), never inside a character. */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int n = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > MAX_STRING) {
                out.add(cur.toString());
                cur.setLength(0);
                octets = 0;
            }
            cur.append(ch);
            octets += n;
            i += Character.charCount(cp);
        }
        if (cur.length() > 0 || out.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** The zone-file form: each character-string in double quotes, {@code "} and {@code \} escaped. */
    public static String quote(String value) {
        List<String> parts = new ArrayList<>();
        for (String s : split(value)) {
            parts.add('"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return String.join(" ", parts);
    }

    /**
     * Reads presentation format as people copy it from a zone file or {@code dig}:
     * {@code "v=STSv1; " "id=1"} gives two strings. Text that does not start with a quote is one
     * string as-is. Empty when the quoting is broken (an unterminated string, text between strings).
     */
    public static Optional<List<String>> fromZoneText(String text) {
        String t = text.strip();
        if (!t.startsWith("\"")) {
            return Optional.of(List.of(text));
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (c != '"') {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < t.length()) {
                char d = t.charAt(i);
                if (d == '\\' && i + 1 < t.length()) {
                    if (i + 3 < t.length()
                            && Character.isDigit(t.charAt(i + 1))
                            && Character.isDigit(t.charAt(i + 2))
                            && Character.isDigit(t.charAt(i + 3))) {
                        int v = Integer.parseInt(t.substring(i + 1, i + 4));
                        if (v > 255) {
                            return Optional.empty();
                        }
                        sb.append((char) v);
                        i += 4;
                    } else {
                        sb.append(t.charAt(i + 1));
                        i += 2;
                    }
                } else if (d == '"') {
                    closed = true;
                    i++;
                    break;
                } else {
                    sb.append(d);
                    i++;
                }
            }
            if (!closed) {
                return Optional.empty();
            }
            out.add(sb.toString());
        }
        return Optional.of(out);
    }
}
