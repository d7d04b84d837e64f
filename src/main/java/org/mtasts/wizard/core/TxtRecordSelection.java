package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The record selection RFC 8461 §3.1 defines for {@code _mta-sts} and RFC 8460 §3 repeats for
 * {@code _smtp._tls}: join each record's character-strings with no separator, discard records not
 * beginning with the version prefix, and use the record only if exactly one remains. One
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
        List<Finding> f = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (List<String> strings : txtRecords) {
            String joined = TxtStrings.join(strings);
            if (joined.startsWith(kind.prefix())) {
                candidates.add(joined);
            } else if (joined.toLowerCase(Locale.ROOT).contains(kind.version().toLowerCase(Locale.ROOT))) {
                f.add(lookalike(joined, kind));
            } else {
                f.add(Finding.of(
                        kind.unrelated(),
                        0,
                        "TXT record " + TxtFields.shown(joined) + " does not begin with " + kind.prefix()
                                + " senders ignore it",
                        ""));
            }
        }
        if (candidates.isEmpty()) {
            f.add(Finding.of(
                    kind.none(),
                    0,
                    "no TXT record beginning with '" + kind.prefix() + "': " + kind.noneMessage(),
                    kind.noneFix()));
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

    /** A record that nearly begins with the prefix: senders discard it, so say exactly why. */
    static Finding lookalike(String text, Kind<?> kind) {
        String version = kind.version();
        String why;
        if (text.regionMatches(true, 0, version, 0, version.length()) && !text.startsWith(version)) {
            why = "'" + version + "' is case-sensitive";
        } else if (text.startsWith(version)) {
            why = text.length() == version.length()
                    ? "the " + kind.requiredField() + " field is missing"
                    : "the ';' must follow '" + version + "' directly";
        } else {
            why = "it must begin with '" + kind.prefix() + "'";
        }
        return Finding.of(
                kind.lookalike(),
                0,
                "TXT record " + TxtFields.shown(text) + " looks like " + kind.label() + " but senders discard it: "
                        + why,
                "publish exactly '" + kind.shape() + "'");
    }
}
