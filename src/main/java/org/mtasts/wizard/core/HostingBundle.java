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
    /** The name of the steps file exported next to the hosting files. */
    public static final String STEPS_FILE = "STEPS.txt";

    public HostingBundle {
        Objects.requireNonNull(target, "target");
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    /** The steps, numbered, as the text file both faces export ({@link #STEPS_FILE}). */
    public String stepsText() {
        StringBuilder out = new StringBuilder(target.displayName() + ": steps\n\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return out.toString();
    }
}
