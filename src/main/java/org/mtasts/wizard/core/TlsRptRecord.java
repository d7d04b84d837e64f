package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code _smtp._tls} TLSRPT record (RFC 8460 §3):
 * {@code v=TLSRPTv1; rua=mailto:tls-reports@example.com}.
 *
 * <pre>
 * tlsrpt-rua = %s"rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)
 * </pre>
 *
 * @param rua the reporting URIs, each valid per {@link RuaUri#check}
 */
public record TlsRptRecord(List<String> rua) {
    /** What a record must begin with to be considered at all (RFC 8460 §3). */
    public static final String PREFIX = "v=TLSRPTv1;";

    private static final TxtFields.Codes CODES =
            new TxtFields.Codes(FindingCode.TLSRPT_SYNTAX, FindingCode.TLSRPT_EXTENSION_INVALID);

    private static final TxtRecordSelection.Kind<TlsRptRecord> KIND = new TxtRecordSelection.Kind<>(
            "v=TLSRPTv1",
            "TLSRPT",
            "rua",
            "v=TLSRPTv1; rua=mailto:...",
            FindingCode.TLSRPT_UNRELATED_TXT,
            FindingCode.TLSRPT_NO_RECORD,
            FindingCode.TLSRPT_MULTIPLE_RECORDS,
            FindingCode.TLSRPT_LOOKALIKE,
            FindingCode.TLSRPT_PREFIX_SPACING,
            "senders send no TLS reports",
            "publish 'v=TLSRPTv1; rua=mailto:tls-reports@example.com'",
            "senders send no reports",
            "merge them into one record (rua takes several URIs)",
            TlsRptRecord::parse);

    public TlsRptRecord {
        rua = List.copyOf(rua);
        if (rua.isEmpty()) {
            throw new IllegalArgumentException("a TLSRPT record needs at least one rua URI");
        }
        for (String u : rua) {
            Optional<Finding> problem = RuaUri.check(u);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get().message());
            }
        }
    }

    /** {@code v=TLSRPTv1; rua=<uri>,<uri>}. */
    public String format() {
        return format(rua);
    }

    /** {@code v=TLSRPTv1; rua=<uri>,<uri>}; the URIs must already be valid (see {@link RuaUri#parse}). */
    public static String format(List<String> rua) {
        return "v=TLSRPTv1; rua=" + String.join(",", rua);
    }

    /**
     * Applies the record selection of RFC 8460 §3 (the same as RFC 8461 §3.1): strings joined; a
     * single record is read against the grammar; when several are returned, those not beginning
     * with exactly {@code v=TLSRPTv1;} are discarded and exactly one must remain.
     *
     * @param txtRecords one list of character-strings per TXT record at {@code _smtp._tls}
     */
    public static ParseResult<TlsRptRecord> select(List<List<String>> txtRecords) {
        return TxtRecordSelection.select(txtRecords, KIND);
    }

    /** Parses one record's text (character-strings already joined). Never throws. */
    public static ParseResult<TlsRptRecord> parse(String text) {
        List<Finding> f = new ArrayList<>();
        if (!TxtRecordSelection.beginsWithVersion(text, KIND.version())) {
            f.add(
                    text == null || text.isBlank()
                            ? Finding.of(
                                    FindingCode.TLSRPT_NO_RECORD,
                                    0,
                                    "the record is empty",
                                    "publish 'v=TLSRPTv1; rua=mailto:...'")
                            : lookalike(text));
            return new ParseResult<>(Optional.empty(), f);
        }
        if (!text.startsWith(PREFIX)) {
            f.add(TxtRecordSelection.spacedPrefix(text, KIND));
        }
        TxtFields.Result r = TxtFields.parse(text, "v=TLSRPTv1", CODES);
        f.addAll(r.findings());
        List<String> rua = new ArrayList<>();
        boolean ruaSeen = false;
        Set<String> seen = new HashSet<>();
        for (TxtFields.Field field : r.fields()) {
            String name = field.name();
            if (!seen.add(name)) {
                f.add(Finding.of(
                        FindingCode.TLSRPT_DUPLICATE_FIELD,
                        0,
                        "field '" + name + "' appears more than once;" + " senders may take either",
                        name.equals("rua")
                                ? "list all URIs in one rua field, separated by commas"
                                : "keep one '" + name + "=' field"));
            } else if (name.equals("rua")) {
                ruaSeen = true;
                rua(f, field.value(), rua);
            } else {
                f.add(otherField(field));
            }
        }
        if (!ruaSeen) {
            f.add(Finding.of(
                    FindingCode.TLSRPT_RUA_MISSING,
                    0,
                    "the record has no 'rua=' field; senders have nowhere to send reports",
                    "add 'rua=mailto:tls-reports@example.com'"));
        }
        // The valid URIs are returned even when others in the list are broken (each broken one is an error).
        Optional<TlsRptRecord> value = rua.isEmpty() ? Optional.empty() : Optional.of(new TlsRptRecord(rua));
        return new ParseResult<>(value, f);
    }

    /**
     * RFC 8460 §3: {@code tlsrpt-rua = "rua=" tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)}, each URI
     * {@code mailto:} or {@code https:} ({@link RuaUri#check}). Adds the valid URIs to {@code rua}
     * and reports each broken one.
     */
    private static void rua(List<Finding> f, String value, List<String> rua) {
        if (value.isEmpty()) {
            f.add(Finding.of(
                    FindingCode.TLSRPT_RUA_MISSING,
                    0,
                    "the rua field is empty",
                    "give at least one mailto: or https: URI"));
            return;
        }
        for (String part : value.split(",", -1)) {
            String uri = TxtFields.stripWsp(part);
            Optional<Finding> problem = uri.isEmpty()
                    ? Optional.of(Finding.of(
                            FindingCode.TLSRPT_SYNTAX,
                            0,
                            "empty URI in the rua list (two commas in a row, or a trailing comma)",
                            "remove the extra comma"))
                    : RuaUri.check(uri);
            if (problem.isPresent()) {
                f.add(problem.get());
            } else {
                rua.add(uri);
            }
        }
    }

    /**
     * RFC 8460 §3: any field but {@code rua} after the version is an extension, which senders
     * ignore. Field names are case-sensitive, so {@code RUA} is one (said as a case mistake);
     * {@code v} again is a second version; an extension value is visible ASCII except {@code =} and
     * {@code ;}.
     */
    private static Finding otherField(TxtFields.Field field) {
        String name = field.name();
        if (name.equalsIgnoreCase("rua") || name.equals("V")) {
            return Finding.of(
                    FindingCode.TLSRPT_FIELD_CASE,
                    0,
                    "field names are case-sensitive: '" + name + "' is not '" + name.toLowerCase(Locale.ROOT) + "'",
                    "write '" + name.toLowerCase(Locale.ROOT) + "='");
        }
        if (name.equals("v")) {
            return Finding.of(
                    FindingCode.TLSRPT_DUPLICATE_FIELD,
                    0,
                    "the version field 'v' appears again after the start",
                    "remove the second 'v=' field");
        }
        if (!TxtFields.isExtValue(field.value())) {
            return Finding.of(
                    FindingCode.TLSRPT_EXTENSION_INVALID,
                    0,
                    "extension '" + name + "' has an invalid value '" + HostSyntax.abbreviate(field.value())
                            + "' (visible ASCII except '=' and ';')",
                    "remove or correct the field");
        }
        return Finding.of(FindingCode.TLSRPT_EXTENSION, 0, "unknown field '" + name + "' is ignored by senders", "");
    }

    private static Finding lookalike(String text) {
        return TxtRecordSelection.lookalike(text, KIND);
    }
}
