package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one layer rule the class files cannot show: javac copies a constant ({@code static final}
 * String or number) into the class that uses it, so a core class reading a constant of check, ui or
 * cli leaves no trace for ArchitectureTest. The sources still name the import.
 */
class CoreIsPureTest {

    @Test
    void coreSourcesImportNoOtherProjectPackage() throws IOException {
        Path dir = Path.of("src/main/java/org/mtasts/wizard/core");
        List<String> bad = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(p)) {
                    String name = line.replace("import static ", "import ").strip();
                    if (name.startsWith("import org.mtasts.wizard.")
                            && !name.startsWith("import org.mtasts.wizard.core.")) {
                        bad.add(p.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertTrue(files > 10);
        assertEquals(List.of(), bad);
    }
}
