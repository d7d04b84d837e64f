package org.mtasts.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names a class by its import, not by {@code java.util.List} written inline: the imports are
 * then the one list of what a file depends on (what CoreIsPureTest reads), and lines stay short.
 */
class NoInlineQualifiedNamesTest {
    /** A package path (lower-case segments, and dnsjava's {@code org.xbill.DNS}) followed by a class name. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![.\\w\"])(?:java|javax|javafx|org|com|net|picocli|okhttp3)(?:\\.(?:[a-z][a-z0-9_]*|DNS))+\\.[A-Z]\\w*");

    static List<String> inlineNames(List<String> lines) {
        List<String> found = new ArrayList<>();
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String s = line.strip();
            if (s.startsWith("/*")) {
                inComment = true;
            }
            boolean code = !(inComment
                    || s.startsWith("import ")
                    || s.startsWith("package ")
                    || s.startsWith("//")
                    || s.startsWith("*"));
            if (s.contains("*/")) {
                inComment = false;
            }
            if (!code) {
                continue;
            }
            var m = QUALIFIED.matcher(line);
            while (m.find()) {
                String before = line.substring(0, m.start());
                boolean inStringOrComment =
                        before.chars().filter(c -> c == '"').count() % 2 == 1 || before.contains("//");
                if (!inStringOrComment) {
                    found.add((i + 1) + ": " + m.group());
                }
            }
        }
        return found;
    }

    @Test
    void sourcesUseImportsNotInlineQualifiedClassNames() throws IOException {
        List<String> bad = new ArrayList<>();
        int files = 0;
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    for (String hit : inlineNames(Files.readAllLines(p))) {
                        bad.add(p + ":" + hit);
                    }
                }
            }
        }
        assertTrue(files > 100, "read " + files + " files");
        assertEquals(List.of(), bad);
    }

    @Test
    void findsAnInlineNameInCodeButNotInImportsCommentsOrStrings() {
        List<String> lines = List.of(
                "import java.util.List;",
                "/** Uses {@link java.util.Map}. */",
                "class X {",
                "    java.util.List<String> a = new java.util.ArrayList<>();",
                "    String b = \"java.util.List\"; // java.util.Set",
                "    boolean c = r instanceof org.xbill.DNS.MXRecord;",
                "}");
        assertEquals(
                List.of("4: java.util.List", "4: java.util.ArrayList", "6: org.xbill.DNS.MXRecord"),
                inlineNames(lines));
    }
}
