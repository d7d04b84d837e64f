package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code _mta-sts} TXT record (RFC 8461 §3.1): {@code v=STSv1; id=20261128093000}.
 *
 * @param id the policy id: 1 to 32 ASCII letters or digits
 */
public record StsRecord(String id) {
    /** What a record must begin with to be considered at all (RFC 8461 §3.1). */
    public static final String PREFIX = "v=STSv1;";

    private static final TxtFields.Codes CODES =
            new TxtFields.Codes(FindingCode.STS_SYNTAX, FindingCode.STS_EXTENSION_INVALID);

    private static final TxtRecordSelection.Kind<StsRecord> KIND = new TxtRecordSelection.Kind<>(
            "v=STSv1",
            "MTA-STS",
            "id",
            "v=STSv1; id=...",
            FindingCode.STS_UNRELATED_TXT,
            FindingCode.STS_NO_RECORD,
            FindingCode.STS_MULTIPLE_RECORDS,
            FindingCode.STS_LOOKALIKE,
            FindingCode.STS_PREFIX_SPACING,
            "senders see no MTA-STS policy",
            "publish one TXT record such as '" + format(PolicyId.EXAMPLE) + "'",
            "senders treat the domain as having no policy",
            "delete all but one of them",
            StsRecord::parse);

    public StsRecord {
        if (!PolicyId.isValid(id)) {
            throw new IllegalArgumentException("an id is 1 to 32 ASCII letters or digits: " + id);
        }
    }

    /** {@code v=STSv1; id=<id>}. */
    public String format() {
        return format(id);
    }

    /** {@code v=STSv1; id=<id>}. */
    public static String format(String id) {
        return "v=STSv1; id=" + id;
    }

    /**
     * Applies the record selection of RFC 8461 §3.1 to the TXT records found at {@code _mta-sts}:
     * each record's character-strings are joined with no separator; a single record is read
     * against the grammar ({@code v=STSv1 ; id=1} is valid, with a warning); when several are
     * returned, those not beginning with exactly {@code v=STSv1;} are discarded (INFO, or WARNING
     * when they look like a mistyped MTA-STS record) and unless exactly one remains, the domain has
     * no usable policy (ERROR).
     *
     * @param txtRecords one list of character-strings per TXT record
     */
    public static ParseResult<StsRecord> select(List<List<String>> txtRecords) {
        return TxtRecordSelection.select(txtRecords, KIND);
    }

    /** Parses one record's text (the character-strings already joined). Never throws. */
    public static ParseResult<StsRecord> parse(String text) {
        List<Finding> f = new ArrayList<>();
        if (!TxtRecordSelection.beginsWithVersion(text, KIND.version())) {
            f.add(
                    text == null || text.isBlank()
                            ? Finding.of(
                                    FindingCode.STS_NO_RECORD, 0, "the record is empty", "publish 'v=STSv1; id=...'")
                            : lookalike(text));
            return new ParseResult<>(Optional.empty(), f);
        }
        if (!text.startsWith(PREFIX)) {
            f.add(TxtRecordSelection.spacedPrefix(text, KIND));
        }
        TxtFields.Result r = TxtFields.parse(text, "v=STSv1", CODES);
        f.addAll(r.findings());
        String id = null;
        boolean idSeen = false;
        Set<String> seen = new HashSet<>();
        for (TxtFields.Field field : r.fields()) {
            String name = field.name();
            if (!seen.add(name)) {
                f.add(Finding.of(
                        FindingCode.STS_DUPLICATE_FIELD,
                        0,
                        "field '" + name + "' appears more than once; senders may take either",
                        "keep one '" + name + "=' field"));
            } else if (name.equals("id")) {
                idSeen = true;
                id = id(f, field.value());
            } else {
                f.add(otherField(field));
            }
        }
        if (!idSeen) {
            f.add(Finding.of(
                    FindingCode.STS_ID_MISSING,
                    0,
                    "the record has no 'id=' field; senders ignore it",
                    "add an id: 'v=STSv1; id=" + PolicyId.EXAMPLE + "'"));
        }
        return new ParseResult<>(id == null ? Optional.empty() : Optional.of(new StsRecord(id)), f);
    }

    /** RFC 8461 §3.1: {@code sts-id = 1*32(ALPHA / DIGIT)}; returns the id, or null (reported) when invalid. */
    private static String id(List<Finding> f, String value) {
        if (PolicyId.isValid(value)) {
            return value;
        }
        f.add(Finding.of(
                FindingCode.STS_ID_INVALID,
                0,
                "id '" + HostSyntax.abbreviate(value) + "' is not 1 to 32 ASCII letters or digits",
                "use a timestamp such as " + PolicyId.EXAMPLE));
        return null;
    }

    /**
     * RFC 8461 §3.1: any field but {@code id} after the version is an extension ({@code sts-ext-name
     * "=" sts-ext-value}), which senders ignore. Field names are case-sensitive, so {@code ID} is one
     * (said as a case mistake); {@code v} again is a second version; an extension value is visible
     * ASCII except {@code =} and {@code ;}.
     */
    private static Finding otherField(TxtFields.Field field) {
        String name = field.name();
        if (name.equalsIgnoreCase("id") || name.equals("V")) {
            return Finding.of(
                    FindingCode.STS_FIELD_CASE,
                    0,
                    "field names are case-sensitive: '" + name + "' is not '" + name.toLowerCase(Locale.ROOT) + "'",
                    "write '" + name.toLowerCase(Locale.ROOT) + "='");
        }
        if (name.equals("v")) {
            return Finding.of(
                    FindingCode.STS_DUPLICATE_FIELD,
                    0,
                    "the version field 'v' appears again after the start",
                    "remove the second 'v=' field");
        }
        if (!TxtFields.isExtValue(field.value())) {
            return Finding.of(
                    FindingCode.STS_EXTENSION_INVALID,
                    0,
                    "extension '" + name + "' has an invalid value '" + HostSyntax.abbreviate(field.value())
                            + "' (visible ASCII except '=' and ';')",
                    "remove or correct the field");
        }
        return Finding.of(FindingCode.STS_EXTENSION, 0, "unknown field '" + name + "' is ignored by senders", "");
    }

    private static Finding lookalike(String text) {
        return TxtRecordSelection.lookalike(text, KIND);
    }
}
