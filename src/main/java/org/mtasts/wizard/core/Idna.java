package org.mtasts.wizard.core;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.IDNA;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * IDNA2008 (RFC 5890-5893) for whole domain names, through ICU4J's UTS #46 processing.
 *
 * <p>Settings: non-transitional (UTS #46 §4: {@code ß}, {@code ς} and the joiners U+200C/U+200D
 * are kept, as IDNA2008 does, so {@code faß.de} is {@code xn--fa-hia.de}, not {@code fass.de}),
 * CheckBidi (RFC 5893), CheckJoiners (RFC 5892 Appendix A.1/A.2, CONTEXTJ), CONTEXTO (RFC 5892
 * Appendix A.3-A.9: the Catalan middle dot in {@code col·legi.cat}, Greek keraia, Hebrew
 * punctuation, katakana middle dot, Arabic-Indic digits) and UseSTD3ASCIIRules (host names:
 * letters, digits and hyphens only). ICU's data follow current Unicode, unlike the JDK's
 * {@code IDN}, which is IDNA2003 on Unicode 3.2 and so refuses every letter added since.
 *
 * <p>UTS #46 also accepts symbols that IDNA2008 disallows (status {@code NV8}/{@code XV8} in the
 * mapping table, such as {@code ♥} or {@code ¢}); registries refuse them, so {@link
 * #disallowedByIdna2008} refuses them too, from the RFC 5892 §2 derivation.
 */
final class Idna {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ
            | IDNA.CHECK_CONTEXTO
            | IDNA.USE_STD3_RULES);

    /**
     * What UTS #46 made of a name.
     *
     * @param ascii   ToASCII's result (A-labels); meaningful only without errors
     * @param unicode ToUnicode's result (U-labels, mapped: lower case, NFC)
     * @param errors  ToASCII's errors; empty when the name is valid
     * @param deviation true when transitional (IDNA2003-style) processing would give another name:
     *                  the name keeps {@code ß}, {@code ς} or a joiner
     */
    record Conversion(String ascii, String unicode, Set<IDNA.Error> errors, boolean deviation) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private Idna() {}

    /** Applies UTS #46 ToASCII and ToUnicode (non-transitional) to a whole name. Never throws. */
    static Conversion convert(String name) {
        StringBuilder ascii = new StringBuilder();
        IDNA.Info asciiInfo = new IDNA.Info();
        UTS46.nameToASCII(name, ascii, asciiInfo);
        StringBuilder unicode = new StringBuilder();
        IDNA.Info unicodeInfo = new IDNA.Info();
        UTS46.nameToUnicode(name, unicode, unicodeInfo);
        Set<IDNA.Error> errors = EnumSet.noneOf(IDNA.Error.class);
        errors.addAll(asciiInfo.getErrors());
        errors.addAll(unicodeInfo.getErrors());
        if (errors.contains(IDNA.Error.HYPHEN_3_4) && !hyphens34InIdnLabel(name, unicode.toString())) {
            // RFC 5891 §4.2.3.1 applies to U-labels; an all-ASCII label such as "ab--cd" is an
            // LDH label (RFC 5890 §2.3.1) that DNS accepts, so only HostSyntax judges it.
            errors.remove(IDNA.Error.HYPHEN_3_4);
        }
        return new Conversion(ascii.toString(), unicode.toString(), errors, asciiInfo.isTransitionalDifferent());
    }

    /**
     * True when an {@code xn--} label is a valid A-label: it decodes, what it decodes to passes
     * every IDNA2008 check above, and it is the canonical encoding of that (RFC 5891 §5.4).
     */
    static boolean isValidALabel(String label) {
        StringBuilder unicode = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.labelToUnicode(label, unicode, info);
        if (info.hasErrors() || unicode.chars().allMatch(c -> c < 0x80)) {
            return false;
        }
        StringBuilder back = new StringBuilder();
        IDNA.Info backInfo = new IDNA.Info();
        UTS46.labelToASCII(unicode, back, backInfo);
        return !backInfo.hasErrors() && back.toString().equalsIgnoreCase(label);
    }

    /** True when this one code point is disallowed by UTS #46 (with STD3 rules) on its own. */
    static boolean disallowedByUts46(int cp) {
        if (cp < 0x80) {
            return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-');
        }
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.labelToUnicode(new String(Character.toChars(cp)), out, info);
        return info.getErrors().contains(IDNA.Error.DISALLOWED);
    }

    /**
     * The first code point of a mapped (ToUnicode) name that IDNA2008 does not allow although
     * UTS #46 does: RFC 5892 §2 makes PVALID only letters and digits (LetterDigits: Ll, Lu, Lo,
     * Nd, Lm, Mn, Mc), less the exceptions of §2.6, the blocks of §2.4 and the old Hangul jamo of §2.9; symbols and
     * punctuation are DISALLOWED. Categories come from ICU, so they are those of ICU's Unicode
     * version, not the JDK's.
     */
    static Optional<Integer> disallowedByIdna2008(String mapped) {
        for (int i = 0; i < mapped.length(); ) {
            int cp = mapped.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '-' || cp == '.' || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                continue;
            }
            if (!idna2008Allowed(cp)) {
                return Optional.of(cp);
            }
        }
        return Optional.empty();
    }

    private static boolean idna2008Allowed(int cp) {
        switch (cp) {
            // RFC 5892 §2.6 Exceptions (F): PVALID ...
            case 0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007:
            // ... and CONTEXTO, which ICU's CONTEXTO check has already judged in context.
            case 0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB:
            // RFC 5892 Appendix A.1/A.2: the joiners are CONTEXTJ, judged by CheckJoiners.
            case 0x200C, 0x200D:
                return true;
            // RFC 5892 §2.6: DISALLOWED although they are letters.
            case 0x0640, 0x07FA, 0x302E, 0x302F, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303B:
                return false;
            default:
                break;
        }
        // RFC 5892 §2.9 OldHangulJamo (Hangul_Syllable_Type L, V or T): DISALLOWED.
        if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
            return false;
        }
        // RFC 5892 §2.4 IgnorableBlocks: DISALLOWED whatever their category.
        UCharacter.UnicodeBlock block = UCharacter.UnicodeBlock.of(cp);
        if (block == UCharacter.UnicodeBlock.COMBINING_MARKS_FOR_SYMBOLS
                || block == UCharacter.UnicodeBlock.MUSICAL_SYMBOLS
                || block == UCharacter.UnicodeBlock.ANCIENT_GREEK_MUSICAL_NOTATION) {
            return false;
        }
        // Arabic-Indic digits (0660..0669, 06F0..06F9) are CONTEXTO; Nd anyway.
        return switch (UCharacter.getType(cp)) {
            case UCharacterCategory.LOWERCASE_LETTER,
                    UCharacterCategory.UPPERCASE_LETTER,
                    UCharacterCategory.OTHER_LETTER,
                    UCharacterCategory.MODIFIER_LETTER,
                    UCharacterCategory.NON_SPACING_MARK,
                    UCharacterCategory.COMBINING_SPACING_MARK,
                    UCharacterCategory.DECIMAL_DIGIT_NUMBER -> true;
            default -> false;
        };
    }

    /** True when a label that is not plain ASCII has "--" in its third and fourth positions. */
    private static boolean hyphens34InIdnLabel(String input, String mapped) {
        String[] in = input.split("[.\u3002\uFF0E\uFF61]", -1);
        String[] out = mapped.split("\\.", -1);
        for (int i = 0; i < out.length; i++) {
            boolean asciiInput = i < in.length
                    && in.length == out.length
                    && in[i].chars().allMatch(c -> c < 0x80)
                    && !in[i].regionMatches(true, 0, "xn--", 0, 4);
            if (!asciiInput && out[i].length() >= 4 && out[i].startsWith("--", 2)) {
                return true;
            }
        }
        return false;
    }
}
