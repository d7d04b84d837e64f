package org.mtasts.wizard.ui.bulk;

import java.util.List;
import java.util.stream.Collectors;
import org.mtasts.wizard.check.Report;
import org.mtasts.wizard.check.report.BulkTable;
import org.mtasts.wizard.check.report.JsonReport;

/** The formats a bulk result is exported in: the same renderers as check --csv and --jsonl. */
public enum BulkFormat {
    CSV("CSV", ".csv"),
    MARKDOWN("Markdown", ".md"),
    JSON_LINES("JSON Lines", ".jsonl");

    private final String label;
    private final String extension;

    BulkFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String glob() {
        return "*" + extension;
    }

    public String render(List<Report> reports) {
        return switch (this) {
            case CSV -> BulkTable.csv(reports);
            case MARKDOWN -> BulkTable.markdown(reports);
            // One full report per line, as check --jsonl writes them.
            case JSON_LINES ->
                reports.stream().map(r -> JsonReport.line(r) + "\n").collect(Collectors.joining());
        };
    }
}
