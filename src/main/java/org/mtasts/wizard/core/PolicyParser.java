package org.mtasts.wizard.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses a policy file following the ABNF of RFC 8461 §3.2 exactly, reporting every deviation as a
 * {@link Finding} with its line number:
 *
 * <pre>
 * sts-policy-record        = sts-policy-field *WSP *(sts-policy-term sts-policy-field *WSP) [sts-policy-term]
 * sts-policy-field-delim   = ":" *WSP
 * sts-policy-term          = LF / CRLF
 * sts-policy-mx-value      = ["*."] Domain
 * sts-policy-max-age-value = 1*10(DIGIT)
 * sts-policy-ext-name      = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
 * sts-policy-ext-value     = sts-policy-vchar [*(%x20 / sts-policy-vchar) sts-policy-vchar]
 * sts-policy-vchar         = %x21-7E / UTF8-2 / UTF8-3 / UTF8-4
 * </pre>
 *
 * <p>The returned policy is what a lenient sender would read (first occurrence of a repeated key
 * wins; invalid {@code mx} lines are skipped). It is present when {@code version}, {@code mode},
 * {@code max_age} and, outside mode {@code none}, at least one {@code mx} are usable, even if other
 * lines hold errors: {@link ParseResult#hasErrors()} says whether strict senders reject the file.
 */
public final class PolicyParser {
    /** RFC 8461 §3.3 suggests senders refuse bodies larger than 64 KiB. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Pattern EXT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final List<String> KNOWN = List.of("version", "mode", "max_age", "mx");

    private PolicyParser() {}

    /** Parses a body as fetched: checks the size and the UTF-8 encoding, then parses the text. */
    public static ParseResult<Policy> parse(byte[] body) {
        List<Finding> pre = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(body, StandardCharsets.UTF_8);
            boolean utf16 = body.length >= 2
                    && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                            || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE));
            pre.add(Finding.of(
                    FindingCode.POLICY_INVALID_UTF8,
                    0,
                    utf16
                            ? "the policy is encoded as UTF-16; senders expect ASCII/UTF-8"
                            : "the policy is not valid UTF-8",
                    "save the file as plain ASCII text (UTF-8 without a byte-order mark)"));
        }
        ParseResult<Policy> r = parse(text, body.length);
        if (pre.isEmpty()) {
            return r;
        }
        pre.addAll(r.findings());
        return new ParseResult<>(r.value(), sorted(pre));
    }

    /** Parses policy text. Never throws. */
    public static ParseResult<Policy> parse(String text) {
        return parse(text, text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * The steps of a parse: whole-file checks (empty, size, byte-order mark), {@link #split line
     * splitting}, {@link #readLine one line at a time} into a {@link Fields}, then the required keys.
     */
    private static ParseResult<Policy> parse(String text, int byteLength) {
        List<Finding> f = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            f.add(Finding.of(
                    FindingCode.POLICY_EMPTY,
                    0,
                    "the policy file is empty",
                    "publish a policy with version, mode, mx and max_age lines"));
            return new ParseResult<>(Optional.empty(), f);
        }
        checkSize(f, byteLength);
        text = withoutBom(f, text);
        Lines lines = split(text);
        checkLineEndings(f, lines);
        Fields fields = new Fields(f);
        for (int n = 1; n <= lines.lines().size(); n++) {
            readLine(fields, lines.lines(), n);
        }
        fields.checkRequired();
        return new ParseResult<>(fields.policy(), sorted(f));
    }

    /** RFC 8461 §3.3: senders may refuse a policy body over 64 KiB; the check says so, still parsing it. */
    private static void checkSize(List<Finding> f, int byteLength) {
        if (byteLength > MAX_BYTES) {
            f.add(Finding.of(
                    FindingCode.POLICY_TOO_LARGE,
                    0,
                    "the policy is " + byteLength + " bytes; senders may refuse policies larger than 64 KiB",
                    "remove everything but the policy fields"));
        }
    }

    /**
     * RFC 8461 §3.2: the record starts with a field (an ext-name begins with ALPHA or DIGIT), so a
     * leading U+FEFF makes the first key unknown to senders. Reported, then dropped so the rest of the
     * file is still read.
     */
    private static String withoutBom(List<Finding> f, String text) {
        if (text.charAt(0) != '\uFEFF') {
            return text;
        }
        f.add(Finding.of(
                FindingCode.POLICY_BOM,
                1,
                "the file starts with a byte-order mark (U+FEFF),"
                        + " which the grammar does not allow; senders then see an unknown first key",
                "save the file without a byte-order mark (BOM)"));
        return text.substring(1);
    }

    /**
     * The file cut into lines.
     *
     * @param lines  the lines without their terminators
     * @param bareCr the 1-based numbers of lines that ended in a bare CR
     * @param lf     how many lines ended in LF
     * @param crlf   how many lines ended in CRLF
     */
    private record Lines(List<String> lines, List<Integer> bareCr, int lf, int crlf) {}

    /**
     * RFC 8461 §3.2: the policy is key/value pairs separated by {@code sts-policy-term = LF / CRLF},
     * with an optional terminator after the last field. A bare CR is no terminator, but lenient
     * readers split on it, so it ends a line here too (and is reported by {@link #checkLineEndings}).
     */
    private static Lines split(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> bareCr = new ArrayList<>();
        int lf = 0;
        int crlf = 0;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(text.substring(start, i));
                lf++;
                start = ++i;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                lines.add(text.substring(start, i));
                crlf++;
                i += 2;
                start = i;
            } else if (c == '\r') {
                bareCr.add(lines.size() + 1);
                lines.add(text.substring(start, i));
                start = ++i;
            } else {
                i++;
            }
        }
        if (start != text.length()) {
            lines.add(text.substring(start));
        }
        return new Lines(lines, bareCr, lf, crlf);
    }

    /**
     * RFC 8461 §3.2: {@code sts-policy-term = LF / CRLF}. A bare CR is outside the grammar (error);
     * LF is inside it although the prose says "CRLF-separated", so LF endings are information only.
     */
    private static void checkLineEndings(List<Finding> f, Lines lines) {
        for (int line : lines.bareCr()) {
            f.add(Finding.of(
                    FindingCode.POLICY_BARE_CR,
                    line,
                    "line " + line + " ends in a bare CR;" + " lines must end in CRLF or LF",
                    "save the file with CRLF (or LF) line endings"));
        }
        if (lines.lf() > 0) {
            f.add(Finding.of(
                    FindingCode.POLICY_LF_LINE_ENDINGS,
                    0,
                    lines.crlf() > 0
                            ? "lines end in a mix of CRLF and LF; the grammar allows both (the RFC's prose says CRLF)"
                            : "lines end in LF, not CRLF; the grammar allows it (the RFC's prose says CRLF)",
                    "nothing required; CRLF is the most widely compatible choice"));
        }
    }

    /**
     * RFC 8461 §3.2's grammar has no empty lines, no whitespace before a field and no control
     * characters (values are VCHAR, space and UTF-8). Reports each; returns the line without leading
     * whitespace and control characters, or null for an empty line, which holds nothing to read.
     */
    private static String cleanLine(List<Finding> f, List<String> lines, int n) {
        String line = lines.get(n - 1);
        if (line.isBlank()) {
            f.add(Finding.of(
                    FindingCode.POLICY_BLANK_LINE,
                    n,
                    (n == lines.size() || allBlankFrom(lines, n)
                                    ? "extra line break at the end of the file (line " + n + " is empty)"
                                    : "line " + n + " is empty")
                            + "; the grammar has no empty lines and some senders reject the whole policy",
                    "remove the empty line"));
            return null;
        }
        int bad = firstControl(line);
        if (bad >= 0) {
            f.add(Finding.of(
                    FindingCode.POLICY_INVALID_CHARACTER,
                    n,
                    "line " + n + " contains " + HostSyntax.describe(line.charAt(bad)) + " at column " + (bad + 1)
                            + ", which the grammar does not allow",
                    "remove the character"));
            line = stripControls(line);
        }
        if (line.startsWith(" ") || line.startsWith("\t")) {
            f.add(Finding.of(
                    FindingCode.POLICY_MALFORMED_LINE,
                    n,
                    "line " + n + " starts with whitespace;"
                            + " senders may read it as the continuation of the previous line",
                    "remove the leading whitespace"));
            line = line.stripLeading();
        }
        return line;
    }

    /**
     * One line as {@code sts-policy-field} (RFC 8461 §3.2): {@code key ":" *WSP value *WSP}, the key
     * an {@code sts-policy-ext-name} or one of the four known names. A line that is still readable
     * after an error is read on (as lenient senders do), then handed to the handler of its key. Keys
     * are case-sensitive, so only the exact names reach the known handlers.
     */
    private static void readLine(Fields fields, List<String> lines, int n) {
        List<Finding> f = fields.findings;
        String line = cleanLine(f, lines, n);
        if (line == null) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
            f.add(Finding.of(
                    FindingCode.POLICY_MALFORMED_LINE,
                    n,
                    "line " + n + " has no ':'; every line must be 'key: value'",
                    guessFix(line)));
            return;
        }
        String key = line.substring(0, colon);
        String value = stripWsp(line.substring(colon + 1));
        if (!key.equals(stripWsp(key))) {
            f.add(Finding.of(
                    FindingCode.POLICY_MALFORMED_LINE,
                    n,
                    "line " + n + " has whitespace before the ':'",
                    "write '" + stripWsp(key) + ": " + value + "'"));
            key = stripWsp(key);
        }
        if (!EXT_NAME.matcher(key).matches()) {
            f.add(Finding.of(
                    FindingCode.POLICY_MALFORMED_LINE,
                    n,
                    "line " + n + ": '" + HostSyntax.abbreviate(key)
                            + "' is not a valid key (letters, digits, '_', '-', '.'; at most 32)",
                    "write the key as one of version, mode, mx, max_age"));
            return;
        }
        fields.field(n, key, value);
    }

    /**
     * What the lines say so far: the first usable value of each key, every valid {@code mx}, and the
     * findings. One handler per key of RFC 8461 §3.2.
     */
    private static final class Fields {
        final List<Finding> findings;
        String version;
        Mode mode;
        Long maxAge;
        final List<MxPattern> mx = new ArrayList<>();
        boolean sawMx;
        /** Known keys met so far (a repeated one is reported, not read). */
        final Set<String> seen = new HashSet<>();
        /** For a required key missing in its exact spelling: where a case variant of it was. */
        final Map<String, String> caseVariants = new HashMap<>();

        Fields(List<Finding> findings) {
            this.findings = findings;
        }

        /** Hands a well-formed {@code key: value} to the handler of its key. */
        void field(int n, String key, String value) {
            if (!KNOWN.contains(key)) {
                extension(n, key, value);
                return;
            }
            if (!key.equals("mx") && !seen.add(key)) {
                duplicate(n, key);
                return;
            }
            switch (key) {
                case "version" -> version(n, value);
                case "mode" -> mode(n, value);
                case "max_age" -> maxAge(n, value);
                default -> mx(n, value);
            }
        }

        /**
         * RFC 8461 §3.2 ({@code sts-policy-version = "version" ":" *WSP "STSv1"}): the version is
         * required and "currently, only STSv1 is supported"; the value is case-sensitive.
         */
        void version(int n, String value) {
            if (value.equals("STSv1")) {
                version = value;
            } else if (value.equalsIgnoreCase("STSv1")) {
                findings.add(Finding.of(
                        FindingCode.POLICY_VALUE_CASE,
                        n,
                        "line " + n + ": the version is case-sensitive: '" + value + "' is not 'STSv1'",
                        "write 'version: STSv1'"));
            } else {
                findings.add(Finding.of(
                        FindingCode.POLICY_VERSION_INVALID,
                        n,
                        "line " + n + ": version '" + value + "' is not supported; the only version is STSv1",
                        "write 'version: STSv1'"));
            }
        }

        /**
         * RFC 8461 §3.2 ({@code sts-policy-mode-value = "testing" / "enforce" / "none"}): mode is
         * one of enforce, testing or none, exactly in that spelling (§5 says what each means).
         */
        void mode(int n, String value) {
            Optional<Mode> m = Mode.fromToken(value);
            if (m.isPresent()) {
                mode = m.get();
            } else if (Mode.fromToken(value.toLowerCase(Locale.ROOT)).isPresent()) {
                findings.add(Finding.of(
                        FindingCode.POLICY_VALUE_CASE,
                        n,
                        "line " + n + ": the mode is case-sensitive: '" + value + "' is not '"
                                + value.toLowerCase(Locale.ROOT) + "'",
                        "write 'mode: " + value.toLowerCase(Locale.ROOT) + "'"));
            } else {
                findings.add(Finding.of(
                        FindingCode.POLICY_MODE_INVALID,
                        n,
                        "line " + n + ": mode '" + value + "' is not one of enforce, testing, none",
                        "write 'mode: testing' (or enforce, or none)"));
            }
        }

        /**
         * RFC 8461 §3.2 ({@code sts-policy-max-age-value = 1*10(DIGIT)}): the policy's lifetime in
         * seconds, "maximum value of 31557600" (one year); both rules live in {@link MaxAge}.
         */
        void maxAge(int n, String value) {
            if (!MaxAge.isWellFormed(value)) {
                findings.add(Finding.of(
                        FindingCode.POLICY_MAX_AGE_INVALID,
                        n,
                        "line " + n + ": max_age '" + value + "' is not a number of seconds (1 to 10 digits)",
                        "write 'max_age: 604800' (one week)"));
            } else if (!MaxAge.inRange(Long.parseLong(value))) {
                findings.add(Finding.of(
                        FindingCode.POLICY_MAX_AGE_OUT_OF_RANGE,
                        n,
                        "line " + n + ": max_age " + value
                                + " is more than one year (31557600 seconds), the RFC's maximum",
                        "write 'max_age: 31557600' or less"));
            } else {
                maxAge = Long.parseLong(value);
            }
        }

        /**
         * RFC 8461 §3.2: {@code mx} "may be specified multiple times", each value
         * {@code ["*."] Domain} (an RFC 5321 Domain, so no trailing dot), matched as §4.1 says
         * ({@link MxPattern}). An invalid value is skipped, the other lines still count.
         */
        void mx(int n, String value) {
            sawMx = true;
            MxPattern.MxPatternInput in = MxPattern.parse(value);
            if (in instanceof MxPattern.Invalid inv) {
                findings.add(Finding.of(inv.code(), n, "line " + n + ": " + inv.message(), inv.fix()));
            } else if (in instanceof MxPattern.Valid v) {
                if (value.endsWith(".")) {
                    findings.add(Finding.of(
                            FindingCode.MX_TRAILING_DOT,
                            n,
                            "line " + n + ": '" + value + "' ends in a dot; an mx value is an RFC 5321"
                                    + " Domain, which has no trailing dot, so senders may reject the policy"
                                    + " or not match the host",
                            "write 'mx: " + v.pattern() + "'"));
                }
                mx.add(v.pattern());
            }
        }

        /**
         * RFC 8461 §3.2 ({@code sts-policy-extension = sts-policy-ext-name ":" *WSP
         * sts-policy-ext-value}): keys other than the four are extensions, which senders ignore.
         * Keys are case-sensitive, so {@code Mode} is such an extension: a warning that it looks
         * mistyped (the missing {@code mode} is the error), as is a near-miss such as
         * {@code max-age}. The value must still be an {@code sts-policy-ext-value}.
         */
        void extension(int n, String key, String value) {
            String known = KNOWN.stream()
                    .filter(k -> k.equalsIgnoreCase(key))
                    .findFirst()
                    .orElse(null);
            if (known != null) {
                findings.add(Finding.of(
                        FindingCode.POLICY_KEY_CASE,
                        n,
                        "line " + n + ": '" + key + "' is an extension key that senders ignore (keys are"
                                + " case-sensitive); it looks like a mistyped '" + known + "'",
                        "write '" + known + ": " + value + "'"));
                caseVariants.putIfAbsent(known, "line " + n + "'s '" + key + "'");
            } else {
                String typo = typoOf(key);
                if (typo != null) {
                    findings.add(Finding.of(
                            FindingCode.POLICY_KEY_TYPO,
                            n,
                            "line " + n + ": unknown key '" + key + "' (did you mean '" + typo
                                    + "'?); senders ignore it",
                            "write '" + typo + ": " + value + "'"));
                } else {
                    findings.add(Finding.of(
                            FindingCode.POLICY_UNKNOWN_KEY,
                            n,
                            "line " + n + ": unknown key '" + key + "' is ignored by senders",
                            ""));
                }
            }
            checkExtValue(findings, n, key, value);
        }

        /**
         * The grammar allows each known key once except {@code mx}; implementations differ on a
         * repeat (most keep the first), so the repeat is reported and not read.
         */
        void duplicate(int n, String key) {
            findings.add(Finding.of(
                    FindingCode.POLICY_DUPLICATE_KEY,
                    n,
                    "line " + n + ": '" + key + "' appears more than once;"
                            + " senders differ on which one counts (most take the first)",
                    "keep one '" + key + "' line"));
        }

        /**
         * RFC 8461 §3.2: version, mode and max_age are required; mx at least once unless the mode is
         * none. A key present but invalid was reported on its line, so only absent keys count here.
         */
        void checkRequired() {
            if (version == null && !seen.contains("version")) {
                findings.add(Finding.of(
                        FindingCode.POLICY_VERSION_MISSING,
                        0,
                        "the policy has no 'version' line" + readAs(caseVariants, "version"),
                        "add 'version: STSv1' as the first line"));
            }
            if (mode == null && !seen.contains("mode")) {
                findings.add(Finding.of(
                        FindingCode.POLICY_MODE_MISSING,
                        0,
                        "the policy has no 'mode' line" + readAs(caseVariants, "mode"),
                        "add 'mode: testing' (or enforce, or none)"));
            }
            if (maxAge == null && !seen.contains("max_age")) {
                findings.add(Finding.of(
                        FindingCode.POLICY_MAX_AGE_MISSING,
                        0,
                        "the policy has no 'max_age' line" + readAs(caseVariants, "max_age"),
                        "add 'max_age: 604800' (one week)"));
            }
            if (!sawMx && mode != Mode.NONE) {
                findings.add(Finding.of(
                        FindingCode.POLICY_MX_MISSING,
                        0,
                        "the policy has no 'mx' line; outside mode none at least one is required"
                                + readAs(caseVariants, "mx"),
                        "add one 'mx:' line per MX host, such as 'mx: mail.example.net'"));
            }
        }

        /** What a lenient sender would use: present when every required key has a usable value. */
        Optional<Policy> policy() {
            if (version != null && mode != null && maxAge != null && (mode == Mode.NONE || !mx.isEmpty())) {
                return Optional.of(new Policy(mode, mx, maxAge));
            }
            return Optional.empty();
        }
    }

    /**
     * Advice about a valid policy's content, beyond the grammar: a short {@code max_age} in
     * {@code enforce} (senders would re-fetch constantly and a downgrade attack needs only to wait
     * out a short cache), and repeated {@code mx} patterns. Kept apart from {@link #parse} so that
     * canonical output parses with zero findings.
     */
    public static List<Finding> advise(Policy policy) {
        List<Finding> f = new ArrayList<>();
        if (policy.mode() == Mode.ENFORCE && policy.maxAgeSeconds() < 86_400) {
            f.add(Finding.of(
                    FindingCode.POLICY_MAX_AGE_SHORT,
                    0,
                    "max_age " + policy.maxAgeSeconds()
                            + " is under one day; in enforce mode weeks are expected (senders protect you only while the policy is cached)",
                    "use 'max_age: 604800' (one week) or more once the policy works"));
        }
        Set<MxPattern> unique = new LinkedHashSet<>();
        for (MxPattern p : policy.mx()) {
            if (!unique.add(p)) {
                f.add(Finding.of(
                        FindingCode.POLICY_MX_DUPLICATE,
                        0,
                        "mx " + p + " is listed more than once",
                        "keep one 'mx: " + p + "' line"));
            }
        }
        return f;
    }

    /** Why a required key counts as missing although a case variant of it is present. */
    private static String readAs(Map<String, String> caseVariants, String key) {
        String variant = caseVariants.get(key);
        return variant == null ? "" : " (senders do not read " + variant + " as '" + key + "')";
    }

    private static void checkExtValue(List<Finding> f, int n, String key, String value) {
        if (value.isEmpty()) {
            f.add(Finding.of(
                    FindingCode.POLICY_MALFORMED_LINE,
                    n,
                    "line " + n + ": '" + key + "' has an empty value," + " which the grammar does not allow",
                    "remove the line or give it a value"));
            return;
        }
        int tab = value.indexOf('\t');
        if (tab >= 0) {
            f.add(Finding.of(
                    FindingCode.POLICY_INVALID_CHARACTER,
                    n,
                    "line " + n + ": the value of '" + key
                            + "' contains a tab; extension values allow only spaces between characters",
                    "replace the tab with a space"));
        }
    }

    private static boolean allBlankFrom(List<String> lines, int n) {
        for (int k = n - 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int firstControl(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if ((c < 0x20 && c != '\t')
                    || c == 0x7f
                    || c == '\uFEFF'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029') {
                return k;
            }
        }
        return -1;
    }

    private static String stripControls(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!((c < 0x20 && c != '\t')
                    || c == 0x7f
                    || c == '\uFEFF'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Strips spaces and tabs (the grammar's WSP) only, not other Unicode white space. */
    private static String stripWsp(String s) {
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

    private static String guessFix(String line) {
        String t = line.strip();
        for (String k : KNOWN) {
            if (t.regionMatches(true, 0, k, 0, k.length())) {
                String rest = t.substring(k.length()).replaceFirst("^[\\s=]+", "");
                return "write '" + k + ": " + rest + "'";
            }
        }
        return "write the line as 'key: value'";
    }

    /** A known key one edit away (or a common spelling such as max-age), else null. */
    static String typoOf(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.equals("max-age") || k.equals("maxage") || k.equals("max.age")) {
            return "max_age";
        }
        for (String known : KNOWN) {
            if (editDistance(k, known) == 1) {
                return known;
            }
        }
        return null;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Finding> sorted(List<Finding> f) {
        List<Finding> copy = new ArrayList<>(f);
        copy.sort(Comparator.comparingInt(Finding::line));
        return copy;
    }
}
