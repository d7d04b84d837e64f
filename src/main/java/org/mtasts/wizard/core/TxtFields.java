package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The field syntax shared by the {@code _mta-sts} (RFC 8461 §3.1) and {@code _smtp._tls}
 * (RFC 8460 §3) records:
 *
 * <pre>
 * record      = version 1*(field-delim field) [field-delim]
 * field-delim = *WSP ";" *WSP
 * ext-name    = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
 * ext-value   = 1*(%x21-3A / %x3C / %x3E-7E)
 * </pre>
 *
 * Trailing white space is allowed only as part of a final delimiter.
 */
final class TxtFields {
    static final Pattern EXT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");

    /** The finding codes of one record type. */
    record Codes(FindingCode syntax, FindingCode extensionInvalid) {}

    record Field(String name, String value) {}

    record Result(List<Field> fields, List<Finding> findings) {}

    private TxtFields() {}

    /**
     * Splits the fields after the version. The caller has checked that {@code text} begins with
     * {@code version + ";"}.
     */
    static Result parse(String text, String version, Codes codes) {
        List<Finding> f = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        String[] parts = text.split(";", -1);
        // parts[0] is the version itself (checked by the caller).
        for (int k = 1; k < parts.length; k++) {
            String p = parts[k];
            boolean last = k == parts.length - 1;
            String t = stripWsp(p);
            if (t.isEmpty()) {
                if (!last) {
                    f.add(Finding.of(
                            codes.syntax(),
                            0,
                            "empty field (two ';' in a row) in '" + HostSyntax.abbreviate(text) + "'",
                            "remove the extra ';'"));
                }
                continue;
            }
            if (last && (p.endsWith(" ") || p.endsWith("\t"))) {
                f.add(Finding.of(
                        codes.syntax(),
                        0,
                        "trailing white space after the last field; the grammar allows it only after a final ';'",
                        "remove the trailing space"));
            }
            int eq = t.indexOf('=');
            if (eq < 0) {
                f.add(Finding.of(
                        codes.syntax(),
                        0,
                        "field '" + HostSyntax.abbreviate(t) + "' has no '='; fields are name=value",
                        "write the field as name=value"));
                continue;
            }
            String name = t.substring(0, eq);
            String value = t.substring(eq + 1);
            if (!name.equals(stripWsp(name))
                    || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(0) == '\t'))) {
                f.add(Finding.of(
                        codes.syntax(),
                        0,
                        "white space around '=' in '" + HostSyntax.abbreviate(t) + "'",
                        "write '" + stripWsp(name) + "=" + stripWsp(value) + "'"));
                name = stripWsp(name);
                value = stripWsp(value);
            }
            if (!EXT_NAME.matcher(name).matches()) {
                f.add(Finding.of(
                        codes.extensionInvalid(),
                        0,
                        "'" + HostSyntax.abbreviate(name)
                                + "' is not a valid field name (letters, digits, '_', '-', '.'; at most 32)",
                        "remove or correct the field"));
                continue;
            }
            fields.add(new Field(name, value));
        }
        return new Result(fields, f);
    }

    /** True when every character is allowed in an extension value: visible ASCII except '=' and ';'. */
    static boolean isExtValue(String v) {
        if (v.isEmpty()) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '=' || c == ';') {
                return false;
            }
        }
        return true;
    }

    static String stripWsp(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        return s.substring(a, b);
    }

    static String shown(String record) {
        return "'" + (record.length() <= 60 ? record : record.substring(0, 56) + "...") + "'";
    }
}
