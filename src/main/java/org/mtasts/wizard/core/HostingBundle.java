package org.mtasts.wizard.core;

import java.util.List;
import java.util.Objects;

/**
 * The files and instructions for one hosting target.
 *
 * @param target the target
 * @param files  the files, with paths relative to the site (or configuration) root
 * @param steps  short numbered steps a person follows, in order (without the numbers)
 */
public record HostingBundle(HostingTarget target, List<HostedFile> files, List<String> steps) {
    public HostingBundle {
        Objects.requireNonNull(target, "target");
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }
}
