package org.mtasts.wizard.ui.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * One small JSON file in the configuration directory, written atomically (temp file, then move)
 * so a crash while saving never leaves half a file behind.
 */
final class JsonStore<T> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A file written by a newer version may carry fields this one does not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;
    private final Class<T> type;

    JsonStore(Path file, Class<T> type) {
        this.file = file;
        this.type = type;
    }

    Path file() {
        return file;
    }

    /** The stored value; empty when there is none or it cannot be read (a broken file is not fatal). */
    Optional<T> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void save(T value) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), value);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
