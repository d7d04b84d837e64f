package org.mtasts.wizard.core;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts one label between its Unicode form and its A-label.
 *
 * <p>The JDK's {@link IDN} implements IDNA2003 (RFC 3490). Registries, browsers and current mail
 * software use IDNA2008 (RFC 5890-5892, with UTS #46 non-transitional mapping). For nearly every
 * name the two agree. Where they differ this class decides as follows:
 * <ul>
 *   <li>{@code ß} (sharp s) and {@code ς} (final sigma) are "deviation" characters: IDNA2003 maps them
 *       to {@code ss} and {@code σ}, a different domain. We follow IDNA2008 and keep them (so
 *       {@code faß.de} becomes {@code xn--fa-hia.de}, not {@code fass.de}), and say so in a note.</li>
 *   <li>The joiners U+200C and U+200D are deviation characters too, but IDNA2008 allows them only in
 *       narrow script contexts (RFC 5892 CONTEXTJ): we refuse them with a message.</li>
 *   <li>Symbols and punctuation that IDNA2003 allowed (e.g. {@code ♥}) are disallowed by IDNA2008:
 *       we refuse them.</li>
 * </ul>
 */
final class Idna {

    /** A converted label, or the reason it cannot be converted. */
    record Label(String ascii, String unicode, boolean deviation, FindingCode error, String message) {
        boolean ok() {
            return error == null;
        }

        static Label ok(String ascii, String unicode, boolean deviation) {
            return new Label(ascii, unicode, deviation, null, null);
        }

        static Label fail(FindingCode code, String message) {
            return new Label(null, null, false, code, message);
        }
    }

    private Idna() {}

    /** Converts a label that holds non-ASCII characters into its A-label. */
    static Label fromUnicode(String label) {
        if (label.indexOf('\u200C') >= 0 || label.indexOf('\u200D') >= 0) {
            return Label.fail(
                    FindingCode.DOMAIN_IDN_AMBIGUOUS,
                    "the label '" + label + "' contains an invisible joiner (U+200C/U+200D);"
                            + " IDNA2003 deletes it and IDNA2008 keeps it only in some scripts, so the two standards name different"
                            + " domains. Enter the A-label (xn--...) your registrar shows");
        }
        // UTS #46 maps capital sigma to small sigma everywhere; String.toLowerCase would pick the
        // final form at the end of a word and so invent a deviation the user never typed.
        String lower = Normalizer.normalize(label.replace('Σ', 'σ').toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        boolean deviation = lower.indexOf('ß') >= 0 || lower.indexOf('ς') >= 0;
        String probe = lower.replace("ß", "ss").replace('ς', 'σ');
        String probeAscii;
        try {
            probeAscii = IDN.toASCII(probe, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Label.fail(
                    FindingCode.DOMAIN_IDN_INVALID,
                    "the label '" + label + "' cannot be converted to an A-label: " + e.getMessage());
        }
        String mapped = IDN.toUnicode(probeAscii, IDN.USE_STD3_ASCII_RULES);
        for (int i = 0; i < mapped.length(); ) {
            int cp = mapped.codePointAt(i);
            i += Character.charCount(cp);
            if (!idna2008Letter(cp)) {
                return Label.fail(
                        FindingCode.DOMAIN_IDN_INVALID,
                        "the label '" + label + "' contains " + HostSyntax.describe(cp)
                                + ", which IDNA2008 (used by registries and browsers) does not allow in domain names");
            }
        }
        if (!deviation) {
            return Label.ok(probeAscii, mapped, false);
        }
        if (!mapped.equals(probe)) {
            // Nameprep changed more than the deviation characters: we cannot tell what IDNA2008 would do.
            return Label.fail(
                    FindingCode.DOMAIN_IDN_AMBIGUOUS,
                    "the label '" + label + "' mixes 'ß' or 'ς' with characters that need"
                            + " further mapping; enter the A-label (xn--...) your registrar shows");
        }
        String ascii = "xn--" + Punycode.encode(lower);
        if (ascii.length() > HostSyntax.MAX_LABEL) {
            return Label.fail(
                    FindingCode.DOMAIN_LABEL_TOO_LONG,
                    "the label '" + label + "' is longer than 63 octets as an A-label");
        }
        return Label.ok(ascii, lower, true);
    }

    /** Converts an {@code xn--} label to Unicode, verifying that it is a well-formed A-label. */
    static Label fromALabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        Optional<String> decoded = Punycode.decode(lower.substring(4));
        if (decoded.isEmpty() || decoded.get().chars().allMatch(c -> c < 0x80)) {
            return Label.fail(
                    FindingCode.DOMAIN_IDN_INVALID,
                    "the label '" + label + "' starts with xn-- but is not valid Punycode");
        }
        Label back = fromUnicode(decoded.get());
        if (!back.ok()) {
            return back;
        }
        if (!back.ascii().equals(lower)) {
            return Label.fail(
                    FindingCode.DOMAIN_IDN_INVALID,
                    "the label '" + label + "' is not in canonical form; its canonical A-label is " + back.ascii());
        }
        return Label.ok(lower, back.unicode(), false);
    }

    /**
     * Approximates RFC 5892's PVALID set by general category: lower-case and other letters, marks,
     * decimal digits and the hyphen. Symbols, punctuation and spaces are DISALLOWED there.
     */
    private static boolean idna2008Letter(int cp) {
        if (cp == '-') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.LOWERCASE_LETTER:
            case Character.OTHER_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
