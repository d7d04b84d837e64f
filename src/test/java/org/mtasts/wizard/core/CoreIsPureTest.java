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

/** core imports the JDK only, and from java.net only the pure IDN and URI helpers (docs/architecture.md). */
class CoreIsPureTest {
    private static final List<String> ALLOWED = List.of(
            "java.util.",
            "java.time.",
            "java.text.",
            "java.nio.charset.",
            "java.nio.ByteBuffer",
            "java.net.IDN",
            "java.net.URI",
            "java.io.ByteArrayOutputStream");

    @Test
    void coreImportsNothingButPureJdkClasses() throws IOException {
        Path dir = Path.of("src/main/java/org/mtasts/wizard/core");
        List<String> bad = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                for (String line : Files.readAllLines(p)) {
                    if (line.startsWith("import ")) {
                        String name = line.substring(7)
                                .replace("static ", "")
                                .replace(";", "")
                                .strip();
                        if (ALLOWED.stream().noneMatch(name::startsWith)
                                && !name.startsWith("org.mtasts.wizard.core.")) {
                            bad.add(p.getFileName() + ": " + line);
                        }
                    }
                }
            }
        }
        assertTrue(files > 10);
        assertEquals(List.of(), bad);
    }
}
