package org.mtasts.wizard.reports;

import java.util.List;

/**
 * What one import did.
 *
 * @param added      reports new to the store
 * @param duplicates reports the store already held (same organisation and report id), also when
 *                   the same report came twice in this import
 * @param skipped    inputs passed over without complaint: files in a folder that are not reports
 *                   (by name and content) and mail messages that carry no TLS report
 * @param problems   inputs that look like reports but could not be read, each with its message
 * @param cancelled  whether the import stopped early because it was cancelled
 */
public record ImportSummary(int added, int duplicates, int skipped, List<ImportProblem> problems, boolean cancelled) {

    public ImportSummary {
        problems = List.copyOf(problems);
    }

    /** "added 12, duplicates 3, problems 1" (and "skipped N", "cancelled" when there are). */
    public String totals() {
        StringBuilder sb = new StringBuilder()
                .append("added ")
                .append(added)
                .append(", duplicates ")
                .append(duplicates)
                .append(", problems ")
                .append(problems.size());
        if (skipped > 0) {
            sb.append(", skipped ").append(skipped).append(" (not reports)");
        }
        if (cancelled) {
            sb.append(", cancelled");
        }
        return sb.toString();
    }
}
