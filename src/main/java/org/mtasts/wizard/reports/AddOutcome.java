package org.mtasts.wizard.reports;

/** What {@link ReportStore#add} did with a report. */
public enum AddOutcome {
    /** The report is new and now stored. */
    ADDED,
    /** A report with the same (organization-name, report-id) is already stored; nothing changed. */
    DUPLICATE
}
