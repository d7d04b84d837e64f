package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Unicode's UTS #46 conformance data (idna/IdnaTestV2.txt, see idna/README.md) against {@link
 * DomainName#parse}.
 *
 * <p>DomainName runs with every UTS #46 flag on (CheckHyphens, CheckBidi, CheckJoiners,
 * UseSTD3ASCIIRules, VerifyDnsLength), so each line's toAsciiN column is the expectation: a status
 * means the name is refused; no status means it is accepted with toAsciiN as the A-label form and
 * toUnicode as the display form. Transitional processing (the toAsciiT columns) is not used by
 * DomainName and not checked.
 *
 * <p>Lines where DomainName deliberately differs are listed, by line number and source, under a
 * reason in idna/known-differences.txt. The test fails on a difference that is not listed and on a
 * listed line that no longer differs. {@code -Didna.writeDifferences=FILE} writes the current
 * differences, grouped by {@link #reason}, to FILE (to review after updating the data or ICU).
 */
class IdnaConformanceTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|\\\\x\\{([0-9A-Fa-f]+)}");

    /** One test line: the columns this test uses, after the file's rules for blank columns. */
    record Line(int number, String rawSource, String source, String toUnicode, String toAsciiN, String toAsciiNStatus) {
        boolean expectError() {
            return !toAsciiNStatus.isEmpty() && !toAsciiNStatus.equals("[]");
        }
    }

    @Test
    void domainNameAgreesWithIdnaTestV2ExceptWhereListed() throws IOException {
        List<Line> lines = readTestFile();
        Map<Integer, String> listed = readKnownDifferences();
        Map<Integer, String> differing = new TreeMap<>();
        Map<Line, String> details = new LinkedHashMap<>();
        for (Line line : lines) {
            String difference = difference(line);
            if (difference != null) {
                differing.put(line.number(), line.rawSource());
                details.put(line, difference);
            }
        }
        String out = System.getProperty("idna.writeDifferences");
        if (out != null && !out.isBlank()) {
            writeDifferences(Path.of(out), details);
        }
        int listedAndDiffering =
                (int) differing.keySet().stream().filter(listed::containsKey).count();
        int agree = lines.size() - differing.size();
        List<String> unlisted = new ArrayList<>();
        details.forEach((line, why) -> {
            if (!listed.containsKey(line.number())) {
                unlisted.add(line.number() + "\t" + line.rawSource() + "\t" + why);
            }
        });
        List<String> stale = new ArrayList<>();
        listed.forEach((number, source) -> {
            if (!differing.containsKey(number)) {
                stale.add(number + "\t" + source);
            } else if (!differing.get(number).equals(source)) {
                stale.add(number + "\t" + source + "\t(line " + number + " is now '" + differing.get(number) + "')");
            }
        });
        System.out.printf(
                "IdnaTestV2.txt: %d lines checked, %d agree, %d differ and are listed, %d differ unlisted,"
                        + " %d listed but agree%n",
                lines.size(), agree, listedAndDiffering, unlisted.size(), stale.size());
        if (!unlisted.isEmpty() || !stale.isEmpty()) {
            fail("Differences from IdnaTestV2.txt not in known-differences.txt (" + unlisted.size() + "):\n"
                    + String.join("\n", unlisted.subList(0, Math.min(40, unlisted.size())))
                    + "\nListed in known-differences.txt but no longer different (" + stale.size() + "):\n"
                    + String.join("\n", stale.subList(0, Math.min(40, stale.size()))));
        }
    }

    @Test
    void theDataFileIsTheOneTheReadmeNames() throws IOException {
        List<Line> lines = readTestFile();
        assertEquals(6389, lines.size(), "test lines in IdnaTestV2.txt (Unicode 16.0.0)");
        String header = resource("idna/IdnaTestV2.txt").lines().limit(10).reduce("", (a, b) -> a + b + "\n");
        assertTrue(header.contains("# Version: 16.0.0"), header);
    }

    /** Null when DomainName agrees with the line, else what it did instead. */
    static String difference(Line line) {
        DomainName.DomainInput in = DomainName.parse(line.source());
        if (line.expectError()) {
            if (in instanceof DomainName.Valid v) {
                return "accepted as " + v.name().ascii() + ", expected " + line.toAsciiNStatus();
            }
            return null;
        }
        String ascii = line.toAsciiN();
        String unicode = line.toUnicode();
        if (in instanceof DomainName.Invalid inv) {
            return "refused (" + inv.code() + ": " + inv.message() + "), expected " + ascii;
        }
        DomainName name = ((DomainName.Valid) in).name();
        if (!name.ascii().equals(ascii) || !name.unicode().equals(unicode)) {
            return "gave " + name.ascii() + " / " + name.unicode() + ", expected " + ascii + " / " + unicode;
        }
        return null;
    }

    /**
     * The reason a line differs, for {@code -Didna.writeDifferences}: the groups of
     * known-differences.txt. Anything else is "unexplained" and needs a look.
     */
    static String reason(Line line, String difference) {
        if (difference.contains("DOMAIN_SINGLE_LABEL")) {
            return "single label: a mail domain has at least two labels (MTA-STS names the domain e-mail"
                    + " addresses end in; a top-level domain alone is refused)";
        }
        if (difference.contains("DOMAIN_IP_ADDRESS")) {
            return "numeric top-level label or an IP address: RFC 3696 §2, a top-level label is never all-numeric,"
                    + " so such a name is taken for an address and refused";
        }
        boolean newer = line.source().codePoints().anyMatch(IdnaConformanceTest::newerThanTheFile)
                || line.toUnicode().codePoints().anyMatch(IdnaConformanceTest::newerThanTheFile);
        if (newer) {
            return "Unicode version: the file is Unicode 16.0, ICU4J's data are Unicode "
                    + UCharacter.getUnicodeVersion().getMajor() + "."
                    + UCharacter.getUnicodeVersion().getMinor()
                    + "; these lines hold code points assigned since 16.0, which the file treats as unassigned";
        }
        if (!line.expectError() && Idna.disallowedByIdna2008(line.toUnicode()).isPresent()) {
            return "IDNA2008 DISALLOWED (NV8/XV8): symbols and punctuation that UTS #46 keeps but RFC 5892 §2"
                    + " disallows; registries refuse them, so DomainName does (the file says an IDNA2008"
                    + " implementation skips these lines)";
        }
        if (difference.contains("punctuation that IDNA2008 allows only in one place")
                || difference.contains("Arabic-Indic digits")) {
            return "CONTEXTO (RFC 5892 Appendix A.3-A.9): DomainName checks it, the file does not test it";
        }
        if (line.expectError()
                && line.toAsciiNStatus().equals("[V2]")
                && Arrays.stream(line.source().split("[.\u3002\uFF0E\uFF61]"))
                        .filter(l ->
                                l.length() >= 4 && l.startsWith("--", 2) && !l.regionMatches(true, 0, "xn--", 0, 4))
                        .allMatch(l -> l.chars().allMatch(c -> c < 0x80))) {
            return "'--' in the third and fourth positions of a plain ASCII label: an LDH label (RFC 5890 §2.3.1)"
                    + " that DNS accepts; RFC 5891 §4.2.3.1 applies to U-labels only";
        }
        if (line.expectError()
                && line.toAsciiNStatus().equals("[A4_2]")
                && line.source().matches(".*[^.\u3002\uFF0E\uFF61][.\u3002\uFF0E\uFF61]")) {
            return "trailing dot: DomainName removes one trailing (root) dot, as people paste fully qualified"
                    + " names (UTS #46 VerifyDnsLength counts it as an empty label)";
        }
        if (line.expectError() && line.source().indexOf('@') >= 0) {
            return "e-mail address: DomainName takes the part after '@'";
        }
        return "unexplained";
    }

    private static boolean newerThanTheFile(int cp) {
        VersionInfo age = UCharacter.getAge(cp);
        return age.compareTo(VersionInfo.getInstance(16, 0)) > 0;
    }

    static List<Line> readTestFile() throws IOException {
        List<Line> lines = new ArrayList<>();
        String[] all = resource("idna/IdnaTestV2.txt").split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String text = all[i];
            int hash = text.indexOf('#');
            if (hash >= 0) {
                text = text.substring(0, hash);
            }
            if (text.isBlank()) {
                continue;
            }
            String[] c = text.split(";", -1);
            String rawSource = c[0].strip();
            String source = cell(c[0], "");
            // Column rules from the file's header: blank toUnicode is the source, blank toUnicode
            // status is [], blank toAsciiN is toUnicode, blank toAsciiN status is toUnicode's.
            String toUnicode = cell(c[1], source);
            String toUnicodeStatus = c[2].strip();
            String toAsciiN = cell(c[3], toUnicode);
            String toAsciiNStatus = c[4].isBlank() ? toUnicodeStatus : c[4].strip();
            lines.add(new Line(i + 1, rawSource, source, toUnicode, toAsciiN, toAsciiNStatus));
        }
        return lines;
    }

    private static String cell(String raw, String ifBlank) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return ifBlank;
        }
        if (s.equals("\"\"")) {
            return "";
        }
        Matcher m = ESCAPE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int cp = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2), 16);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(cp))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Line number to source, from every entry line ("number TAB source [TAB note]") of known-differences.txt. */
    static Map<Integer, String> readKnownDifferences() throws IOException {
        Map<Integer, String> listed = new TreeMap<>();
        boolean inGroup = false;
        for (String text : resource("idna/known-differences.txt").split("\n")) {
            if (text.startsWith("## ")) {
                assertTrue(!text.contains("unexplained"), "every group states its reason: " + text);
                inGroup = true;
                continue;
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            assertTrue(inGroup, "every entry sits under a '## reason' heading: " + text);
            int tab = text.indexOf('\t');
            assertTrue(tab > 0, "entry is 'line number, tab, source': " + text);
            // An entry may go on with a tab and a note on what DomainName does.
            String rest = text.substring(tab + 1);
            String source = rest.indexOf('\t') >= 0 ? rest.substring(0, rest.indexOf('\t')) : rest;
            String previous = listed.put(Integer.parseInt(text.substring(0, tab)), source);
            assertEquals(null, previous, "listed twice: " + text);
        }
        return listed;
    }

    private static void writeDifferences(Path file, Map<Line, String> details) throws IOException {
        Map<String, List<String>> groups = new TreeMap<>();
        details.forEach((line, why) -> groups.computeIfAbsent(reason(line, why), k -> new ArrayList<>())
                .add(line.number() + "\t" + line.rawSource() + "\t# " + why));
        StringBuilder out = new StringBuilder();
        groups.forEach((reason, entries) -> {
            out.append("\n## ")
                    .append(reason)
                    .append(" (")
                    .append(entries.size())
                    .append(" lines)\n");
            entries.forEach(e -> out.append(e).append('\n'));
        });
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IdnaConformanceTest.class.getClassLoader().getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
