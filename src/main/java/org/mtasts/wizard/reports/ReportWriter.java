package org.mtasts.wizard.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.mtasts.wizard.core.tlsrpt.FailureDetail;
import org.mtasts.wizard.core.tlsrpt.PolicyResult;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

/**
 * Writes a {@link TlsReport} as RFC 8460 §4.4 JSON, in the clean form {@link ReportReader} reads
 * back unchanged: the store keeps each report this way next to its original bytes, and
 * {@code reports summary --json} can show a report as the RFC spells it.
 */
public final class ReportWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ReportWriter() {}

    public static byte[] write(TlsReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("organization-name", r.organizationName());
            g.writeObjectFieldStart("date-range");
            g.writeStringField("start-datetime", datetime(r.start()));
            g.writeStringField("end-datetime", datetime(r.end()));
            g.writeEndObject();
            optional(g, "contact-info", r.contactInfo());
            g.writeStringField("report-id", r.reportId());
            g.writeArrayFieldStart("policies");
            for (PolicyResult p : r.policies()) {
                policy(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return out.toByteArray();
    }

    private static void policy(JsonGenerator g, PolicyResult p) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("policy");
        // The text as the reporter sent it, so a re-read gives the same value.
        boolean raw = !p.rawPolicyType().isEmpty() || p.policyType() == null;
        optional(g, "policy-type", raw ? p.rawPolicyType() : p.policyType().token());
        strings(g, "policy-string", p.policyStrings());
        g.writeStringField("policy-domain", p.policyDomain());
        strings(g, "mx-host", p.mxHosts());
        g.writeEndObject();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("total-successful-session-count", p.successfulSessions());
        g.writeNumberField("total-failure-session-count", p.failedSessions());
        g.writeEndObject();
        if (!p.failureDetails().isEmpty()) {
            g.writeArrayFieldStart("failure-details");
            for (FailureDetail d : p.failureDetails()) {
                detail(g, d);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void detail(JsonGenerator g, FailureDetail d) throws IOException {
        g.writeStartObject();
        optional(g, "result-type", d.rawResultType());
        optional(g, "sending-mta-ip", d.sendingMtaIp());
        optional(g, "receiving-mx-hostname", d.receivingMxHostname());
        optional(g, "receiving-mx-helo", d.receivingMxHelo());
        optional(g, "receiving-ip", d.receivingIp());
        g.writeNumberField("failed-session-count", d.failedSessions());
        optional(g, "additional-information", d.additionalInformation());
        optional(g, "failure-reason-code", d.failureReasonCode());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(name, value);
        }
    }

    private static String datetime(Instant t) {
        return t.toString();
    }
}
