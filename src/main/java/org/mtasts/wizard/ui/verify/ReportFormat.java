package org.mtasts.wizard.ui.verify;

import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.report.JsonReport;
import org.mtasts.wizard.check.report.MarkdownReport;

/** The formats a report can be saved in; rendering is shared with the command line. */
public enum ReportFormat {
    MARKDOWN("Markdown", "*.md", ".md"),
    JSON("JSON", "*.json", ".json");

    private final String label;
    private final String glob;
    private final String extension;

    ReportFormat(String label, String glob, String extension) {
        this.label = label;
        this.glob = glob;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String glob() {
        return glob;
    }

    public String extension() {
        return extension;
    }

    public String render(Report report) {
        return this == JSON ? JsonReport.render(report) : MarkdownReport.render(report);
    }
}
