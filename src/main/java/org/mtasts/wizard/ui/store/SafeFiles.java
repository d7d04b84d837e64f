package org.mtasts.wizard.ui.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes what the user saves, never replacing an existing file unless they said so. */
public final class SafeFiles {
    private SafeFiles() {}

    /** Which of {@code files} (relative paths under {@code dir}) already exist. */
    public static List<Path> existing(Path dir, Iterable<String> relativePaths) {
        List<Path> out = new ArrayList<>();
        for (String rel : relativePaths) {
            Path p = dir.resolve(rel);
            if (Files.exists(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Writes {@code content} byte for byte (UTF-8; CRLF stays CRLF). Without {@code replace} an
     * existing file is left alone and {@link FileAlreadyExistsException} is thrown.
     */
    public static void write(Path file, String content, boolean replace) throws IOException {
        Path parent = file.getParent();
        if (parent != null) {
            // createDirectories reports a file in the way as "already exists", which would read
            // as "the target exists"; say what is really wrong.
            for (Path p = parent; p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new IOException(p + " is a file, not a folder");
                }
            }
            Files.createDirectories(parent);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (replace) {
            Files.write(file, bytes);
        } else {
            Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** Writes several files under {@code dir}; the same overwrite rule for each. */
    public static void writeAll(Path dir, Map<String, String> files, boolean replace) throws IOException {
        if (!replace) {
            List<Path> clash = existing(dir, files.keySet());
            if (!clash.isEmpty()) {
                throw new FileAlreadyExistsException(clash.get(0).toString());
            }
        }
        for (Map.Entry<String, String> e : files.entrySet()) {
            write(dir.resolve(e.getKey()), e.getValue(), true);
        }
    }
}
