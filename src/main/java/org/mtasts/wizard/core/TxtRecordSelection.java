package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record selection RFC 8461 §3.1 defines for {@code _mta-sts} and RFC 8460 §3 repeats for
 * {@code _smtp._tls}: join each record's character-strings with no separator; when several records
 * are returned, discard those not beginning with the version prefix, and use the record only if
 * exactly one remains. One
 * implementation for both, parameterised by the words and finding codes of each record type.
 */
final class TxtRecordSelection {
    private TxtRecordSelection() {}

    /**
     * What differs between the two record types.
     *
     * @param version       the version tag, e.g. {@code v=STSv1} (the prefix is this plus {@code ;})
     * @param label         what users call the record, e.g. {@code MTA-STS}
     * @param requiredField the field that must follow the version, e.g. {@code id}
     * @param shape         the record's shape as a fix shows it, e.g. {@code v=STSv1; id=...}
     * @param unrelated     code for a TXT record of another kind (INFO)
     * @param none          code for no candidate record
     * @param multiple      code for more than one candidate record
     * @param lookalike     code for a record that nearly begins with the prefix
     * @param spacedPrefix  code for a valid record with white space before its first ';' (WARNING)
     * @param noneMessage   what having no record means for senders
     * @param noneFix       the fix when there is no record
     * @param multipleMeans what more than one record means for senders
     * @param multipleFix   the fix for more than one record
     * @param parse         the parser for the single remaining record
     */
    record Kind<T>(
            String version,
            String label,
            String requiredField,
            String shape,
            FindingCode unrelated,
            FindingCode none,
            FindingCode multiple,
            FindingCode lookalike,
            FindingCode spacedPrefix,
            String noneMessage,
            String noneFix,
            String multipleMeans,
            String multipleFix,
            Function<String, ParseResult<T>> parse) {

        String prefix() {
            return version + ";";
        }
    }

    static <T> ParseResult<T> select(List<List<String>> txtRecords, Kind<T> kind) {
        List<String> joined = txtRecords.stream().map(TxtStrings::join).toList();
        return joined.size() == 1 ? selectOne(joined.get(0), kind) : selectAmongSeveral(joined, kind);
    }

    /**
     * One TXT record: RFC 8461 §3.1 discards records "if multiple TXT records ... are returned", so
     * a single record is not discarded for its prefix; it is read against the grammar, where
     * {@code v=STSv1 ; id=...} is valid ({@code sts-field-delim = *WSP ";" *WSP}).
     */
    private static <T> ParseResult<T> selectOne(String record, Kind<T> kind) {
        if (beginsWithVersion(record, kind.version())) {
            return kind.parse().apply(record);
        }
        List<Finding> f = new ArrayList<>();
        f.add(notThisKind(record, kind, Severity.ERROR, false));
        f.add(none(kind));
        return new ParseResult<>(Optional.empty(), f);
    }

    /**
     * Several TXT records: "records that do not begin with 'v=STSv1;' are discarded" (RFC 8461
     * §3.1, RFC 8460 §3), byte for byte; unless exactly one remains, there is no usable record. A
     * discarded look-alike is a warning: the count decides whether the domain has a record.
     */
    private static <T> ParseResult<T> selectAmongSeveral(List<String> records, Kind<T> kind) {
        List<Finding> f = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String record : records) {
            if (record.startsWith(kind.prefix())) {
                candidates.add(record);
            } else {
                f.add(notThisKind(record, kind, Severity.WARNING, true));
            }
        }
        if (candidates.isEmpty()) {
            f.add(none(kind));
            return new ParseResult<>(Optional.empty(), f);
        }
        if (candidates.size() > 1) {
            f.add(Finding.of(
                    kind.multiple(),
                    0,
                    candidates.size() + " TXT records begin with '" + kind.prefix() + "';" + " with more than one, "
                            + kind.multipleMeans(),
                    kind.multipleFix()));
            return new ParseResult<>(Optional.empty(), f);
        }
        ParseResult<T> one = kind.parse().apply(candidates.get(0));
        f.addAll(one.findings());
        return new ParseResult<>(one.value(), f);
    }

    /**
     * True when {@code text} starts with the version followed by {@code *WSP ";"}: the start the
     * grammar allows ({@code v=STSv1 1*(sts-field-delim sts-field)}).
     */
    static boolean beginsWithVersion(String text, String version) {
        if (text == null || !text.startsWith(version)) {
            return false;
        }
        int i = version.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ';';
    }

    /**
     * A grammatical record that does not begin with the exact prefix: valid alone, but some senders
     * match the prefix byte for byte, and with a second TXT record at the name every sender discards
     * it.
     */
    static Finding spacedPrefix(String text, Kind<?> kind) {
        return Finding.of(
                kind.spacedPrefix(),
                0,
                "TXT record " + TxtFields.shown(text) + " is valid (the grammar allows white space before ';'),"
                        + " but some senders look for the exact prefix '" + kind.prefix()
                        + "' and ignore it; with a second TXT record at this name every sender discards it",
                "write '" + kind.prefix() + "' with no space before the ';'");
    }

    private static Finding none(Kind<?> kind) {
        return Finding.of(
                kind.none(),
                0,
                "no TXT record beginning with '" + kind.prefix() + "': " + kind.noneMessage(),
                kind.noneFix());
    }

    /** A record of another kind (INFO), or one that looks like this kind but is not read as it. */
    private static Finding notThisKind(String record, Kind<?> kind, Severity lookalikeSeverity, boolean several) {
        if (record.toLowerCase(Locale.ROOT).contains(kind.version().toLowerCase(Locale.ROOT))) {
            return lookalike(record, kind, lookalikeSeverity, several);
        }
        return Finding.of(
                kind.unrelated(),
                0,
                "TXT record " + TxtFields.shown(record) + " does not begin with " + kind.prefix()
                        + " senders ignore it",
                "");
    }

    /** A record that nearly begins with the prefix, with exactly why senders do not read it. */
    static Finding lookalike(String text, Kind<?> kind) {
        return lookalike(text, kind, Severity.ERROR, false);
    }

    private static Finding lookalike(String text, Kind<?> kind, Severity severity, boolean several) {
        String version = kind.version();
        String why;
        if (text.regionMatches(true, 0, version, 0, version.length()) && !text.startsWith(version)) {
            why = "'" + version + "' is case-sensitive";
        } else if (several && beginsWithVersion(text, version)) {
            why = "with several TXT records at the name, only those beginning exactly with '" + kind.prefix()
                    + "' count";
        } else if (text.startsWith(version)) {
            why = text.length() == version.length()
                    ? "the " + kind.requiredField() + " field is missing"
                    : "'" + version + "' must be followed by ';'";
        } else {
            why = "it must begin with '" + kind.prefix() + "'";
        }
        return Finding.of(
                kind.lookalike(),
                severity,
                0,
                "TXT record " + TxtFields.shown(text) + " looks like " + kind.label() + " but senders "
                        + (several ? "discard it" : "do not read it as one") + ": " + why,
                "publish exactly '" + kind.shape() + "'");
    }
}
