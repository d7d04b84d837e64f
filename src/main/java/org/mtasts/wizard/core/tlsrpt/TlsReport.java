package org.mtasts.wizard.core.tlsrpt;

import java.time.Instant;
import java.util.List;

/**
 * One aggregate TLS report (RFC 8460 §4.4): one reporting organisation's sessions towards one
 * policy domain over one date range. Identity is (organisation name, report id): the same report
 * arriving as an .eml and as a .json.gz is one report (RFC 8460 §4.4: report-id is unique per
 * reporter).
 *
 * @param organizationName the reporter ("organization-name"), never null (empty when missing)
 * @param contactInfo      "contact-info", or null (some reporters send null or leave it out)
 * @param reportId         "report-id", never null
 * @param start            "date-range"."start-datetime" (UTC; a datetime without a zone is read as UTC)
 * @param end              "date-range"."end-datetime"
 * @param policies         one entry per policy the reporter applied
 */
public record TlsReport(
        String organizationName,
        String contactInfo,
        String reportId,
        Instant start,
        Instant end,
        List<PolicyResult> policies) {

    public TlsReport {
        organizationName = organizationName == null ? "" : organizationName;
        reportId = reportId == null ? "" : reportId;
        policies = policies == null ? List.of() : List.copyOf(policies);
    }

    /** The deduplication key: RFC 8460 §4.4 makes report-id unique per reporting organisation. */
    public Key key() {
        return new Key(organizationName, reportId);
    }

    /** (organisation name, report id). */
    public record Key(String organizationName, String reportId) {}
}
