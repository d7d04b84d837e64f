package org.mtasts.wizard.reports;

import java.util.Objects;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

/** What {@link ReportReader#read} made of one report: the report, or one clear sentence why not. */
public sealed interface ReadOutcome {

    /** The report as read. */
    record Read(TlsReport report) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Why the input is not a usable report.
     *
     * @param source what was read (a file name, "message 3 of x.mbox", ...)
     * @param detail the reason, one sentence ending in "; not read" where the input was dropped
     */
    record Problem(String source, String detail) implements ReadOutcome {
        public Problem {
            source = source == null || source.isBlank() ? "report" : source;
            detail = Objects.requireNonNull(detail, "detail");
        }

        /** "{source}: {detail}", the line both faces show. */
        public String message() {
            return source + ": " + detail;
        }
    }
}
