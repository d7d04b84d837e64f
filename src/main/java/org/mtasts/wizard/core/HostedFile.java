package org.mtasts.wizard.core;

import java.util.Objects;

/**
 * A file to put on the policy host or into a server's configuration.
 *
 * @param path    relative path with '/' separators, e.g. {@code .well-known/mta-sts.txt}
 * @param content the exact content (the policy keeps its CRLF line endings)
 */
public record HostedFile(String path, String content) {
    public HostedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("a hosted file path must be relative: " + path);
        }
    }
}
