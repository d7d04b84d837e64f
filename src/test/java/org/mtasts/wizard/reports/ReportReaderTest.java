package org.mtasts.wizard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mtasts.wizard.reports.Samples.utf8;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mtasts.wizard.core.tlsrpt.FailureDetail;
import org.mtasts.wizard.core.tlsrpt.PolicyResult;
import org.mtasts.wizard.core.tlsrpt.PolicyType;
import org.mtasts.wizard.core.tlsrpt.ResultType;
import org.mtasts.wizard.core.tlsrpt.TlsReport;

class ReportReaderTest {

    static TlsReport read(byte[] json) {
        ReadOutcome o = ReportReader.read(json, "t.json");
        if (o instanceof ReadOutcome.Problem p) {
            throw new AssertionError("unexpected problem: " + p.message());
        }
        return ((ReadOutcome.Read) o).report();
    }

    static TlsReport read(String json) {
        return read(utf8(json));
    }

    static String problem(String json) {
        return problem(utf8(json));
    }

    static String problem(byte[] json) {
        ReadOutcome o = ReportReader.read(json, "t.json");
        return assertInstanceOf(ReadOutcome.Problem.class, o, () -> "expected a problem, read " + o)
                .message();
    }

    /** A report with {@code policy} as its only policy entry. */
    static String withPolicy(String policy) {
        return """
                {"organization-name":"Org","date-range":{"start-datetime":"2024-09-03T00:00:00Z",\
                "end-datetime":"2024-09-03T23:59:59Z"},"report-id":"r1","policies":[%s]}""".formatted(policy);
    }

    static String withDetail(String detail) {
        return withPolicy("""
                {"policy":{"policy-type":"sts","policy-domain":"example.com"},"summary":{\
                "total-successful-session-count":1,"total-failure-session-count":1},"failure-details":[%s]}""".formatted(detail));
    }

    @Test
    void googleSampleReadsAsSent() {
        TlsReport r = read(Samples.json(Samples.GOOGLE_GZ));
        assertEquals("Google Inc.", r.organizationName());
        assertEquals("2024-09-03T00:00:00Z_example.com", r.reportId());
        assertEquals("smtp-tls-reporting@google.com", r.contactInfo());
        assertEquals(Instant.parse("2024-09-03T00:00:00Z"), r.start());
        assertEquals(Instant.parse("2024-09-03T23:59:59Z"), r.end());
        PolicyResult p = r.policies().get(0);
        assertEquals(PolicyType.STS, p.policyType());
        assertEquals("example.com", p.policyDomain());
        assertEquals(
                List.of("version: STSv1", "mode: testing", "mx: mail.example.com", "max_age: 86400"),
                p.policyStrings());
        assertEquals(List.of("mail.example.com"), p.mxHosts());
        assertEquals(42, p.successfulSessions());
        assertEquals(0, p.failedSessions());
        assertEquals(List.of(), p.failureDetails());
    }

    /** Microsoft: datetimes without a zone are UTC, mx-host a string, empty strings are missing. */
    @Test
    void microsoftSampleZonelessDatetimesAreUtcAndMxHostMayBeAString() {
        TlsReport r = read(Samples.json(Samples.MICROSOFT_JSON));
        assertEquals(Instant.parse("2024-09-03T00:00:00Z"), r.start());
        assertEquals(Instant.parse("2024-09-03T23:59:59Z"), r.end());
        PolicyResult p = r.policies().get(0);
        assertEquals(List.of("mail.example.com"), p.mxHosts());
        FailureDetail d = p.failureDetails().get(0);
        assertEquals(ResultType.CERTIFICATE_EXPIRED, d.resultType());
        assertEquals("2a01:111:f403:c200::1", d.sendingMtaIp());
        assertEquals("192.0.2.25", d.receivingIp());
        assertEquals(3, d.failedSessions());
        assertNull(d.additionalInformation(), "\"\" is missing");
        assertNull(d.failureReasonCode(), "\"\" is missing");
        assertNull(d.receivingMxHelo());
    }

    /**
     * The tlsa sample: a policy-string that is one JSON-encoded array, null contact-info, the older
     * additional-info-uri, an unknown result type, details (3) not adding up to the summary (5), an
     * upper-case policy domain with a trailing dot, and a zone offset.
     */
    @Test
    void tlsaSampleWithItsQuirks() {
        TlsReport r = read(Samples.json(Samples.TLSA_JSON));
        assertNull(r.contactInfo());
        assertEquals(Instant.parse("2024-09-02T22:00:00Z"), r.start());
        PolicyResult p = r.policies().get(0);
        assertEquals(PolicyType.TLSA, p.policyType());
        assertEquals("example.org", p.policyDomain());
        assertEquals(2, p.policyStrings().size());
        assertEquals(
                "3 1 1 0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6",
                p.policyStrings().get(0));
        assertEquals(List.of("mx1.example.org", "mx2.example.org"), p.mxHosts());
        assertEquals(5, p.failedSessions(), "the summary's figure is kept");
        assertEquals(3, p.detailedFailures(), "and the details' sum beside it");
        FailureDetail tlsa = p.failureDetails().get(0);
        assertEquals(ResultType.TLSA_INVALID, tlsa.resultType());
        assertEquals("https://posteo.de/tlsrpt/info", tlsa.additionalInformation());
        assertEquals("X509_V_ERR_CERT_UNTRUSTED", tlsa.failureReasonCode());
        assertEquals("mx2.example.org", tlsa.receivingMxHelo());
        FailureDetail unknown = p.failureDetails().get(1);
        assertEquals(ResultType.UNKNOWN, unknown.resultType());
        assertEquals("sts-policy-cache-stale", unknown.rawResultType());
    }

    @ParameterizedTest
    @EnumSource(ResultType.class)
    void everyResultTypeIsRecognised(ResultType type) {
        String token = type == ResultType.UNKNOWN ? "something-new" : type.token();
        FailureDetail d = read(withDetail(
                        "{\"result-type\":\"" + token.toUpperCase(Locale.ROOT) + "\",\"failed-session-count\":1}"))
                .policies()
                .get(0)
                .failureDetails()
                .get(0);
        assertEquals(type, d.resultType());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-09-03T10:00:00Z|2024-09-03T10:00:00Z",
                "2024-09-03T10:00:00|2024-09-03T10:00:00Z",
                "2024-09-03 10:00:00Z|2024-09-03T10:00:00Z",
                "2024-09-03T10:00:00.1234567|2024-09-03T10:00:00.1234567Z",
                "2024-09-03t10:00:00z|2024-09-03T10:00:00Z",
                "2024-09-03T12:00:00+02:00|2024-09-03T10:00:00Z",
                "2024-09-03T12:00:00+0200|2024-09-03T10:00:00Z",
                "2024-09-03T05:00:00-05|2024-09-03T10:00:00Z",
                "2024-09-03|2024-09-03T00:00:00Z",
                "2024-09-03T10:00|2024-09-03T10:00:00Z",
            })
    void datetimesAsReportersSendThem(String text, String expected) {
        assertEquals(Instant.parse(expected), ReportReader.parseDatetime(text));
    }

    @Test
    void additionalInformationWinsOverTheOlderName() {
        FailureDetail d = read(withDetail("{\"result-type\":\"validation-failure\",\"failed-session-count\":1,"
                        + "\"additional-information\":\"new\",\"additional-info-uri\":\"old\"}"))
                .policies()
                .get(0)
                .failureDetails()
                .get(0);
        assertEquals("new", d.additionalInformation());
    }

    @Test
    void contactInfoMissingOrNullOrEmpty() {
        assertNull(read(withPolicy("")).contactInfo());
        assertNull(read(withPolicy("").replace("\"report-id\"", "\"contact-info\":null,\"report-id\""))
                .contactInfo());
        assertNull(read(withPolicy("").replace("\"report-id\"", "\"contact-info\":\"\",\"report-id\""))
                .contactInfo());
    }

    @Test
    void countsAsDigitsInStringsAndWholeFloatsAreRead() {
        PolicyResult p = read(withPolicy("""
                {"policy":{"policy-type":"no-policy-found","policy-domain":"example.com"},"summary":{\
                "total-successful-session-count":"12","total-failure-session-count":2.0}}""")).policies().get(0);
        assertEquals(PolicyType.NO_POLICY_FOUND, p.policyType());
        assertEquals(12, p.successfulSessions());
        assertEquals(2, p.failedSessions());
    }

    @Test
    void anUnknownPolicyTypeKeepsItsText() {
        PolicyResult p = read(withPolicy("""
                {"policy":{"policy-type":"future","policy-domain":"example.com"},"summary":{}}""")).policies().get(0);
        assertNull(p.policyType());
        assertEquals("future", p.rawPolicyType());
    }

    @Test
    void aPolicyLineStartingWithABracketThatIsNotJsonIsKept() {
        PolicyResult p = read(withPolicy("""
                {"policy":{"policy-type":"tlsa","policy-string":["[not json"],"policy-domain":"example.com"},\
                "summary":{}}""")).policies().get(0);
        assertEquals(List.of("[not json"), p.policyStrings());
    }

    @Test
    void aUtf8ByteOrderMarkIsFine() {
        byte[] json = Samples.json(Samples.MICROSOFT_JSON);
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(json, 0, bom, 3, json.length);
        assertEquals("Microsoft Corporation", read(bom).organizationName());
    }

    // Hostile and malformed inputs: one clear message each, naming the field.

    @Test
    void notJson() {
        assertEquals("t.json: not JSON (line 1, column 1); not read", problem("<html>"));
        assertEquals("t.json: empty, not a TLS report; not read", problem(""));
        assertEquals("t.json: not JSON (line 1, column 22); not read", problem("{\"organization-name\":"));
        assertEquals(
                "t.json: gzip-compressed data where JSON was expected; not read", problem(Samples.gzip(utf8("{}"))));
        assertEquals("t.json: not JSON (line 1, column 4); not read", problem("{} {}"));
    }

    @Test
    void wrongJsonTypes() {
        assertEquals(
                "t.json: not a usable TLS report: the JSON is an array, not an object (RFC 8460 §4.4); not read",
                problem("[1,2]"));
        assertEquals(
                "t.json: not a usable TLS report: policies is the string \"none\", not an array; not read",
                problem(withPolicy("").replace("[]", "\"none\"")));
        assertEquals(
                "t.json: not a usable TLS report: policies[0].summary.total-failure-session-count is the string"
                        + " \"many\", not a number of sessions; not read",
                problem(withPolicy("""
                {"policy":{"policy-domain":"example.com"},"summary":{"total-failure-session-count":"many"}}""")));
        assertEquals(
                "t.json: not a usable TLS report: policies[0].failure-details[0].failed-session-count is -3, not a"
                        + " number of sessions; not read",
                problem(withDetail("{\"result-type\":\"validation-failure\",\"failed-session-count\":-3}")));
        assertEquals(
                "t.json: not a usable TLS report: organization-name is an object, not a string; not read",
                problem(withPolicy("").replace("\"Org\"", "{}")));
        assertEquals(
                "t.json: not a usable TLS report: policies[0].policy.mx-host holds an object, not only strings; not read",
                problem(withPolicy("""
                {"policy":{"policy-domain":"example.com","mx-host":[{}]},"summary":{}}""")));
    }

    @Test
    void missingKeyFields() {
        assertEquals(
                "t.json: not a usable TLS report: report-id is missing; not read",
                problem(withPolicy("").replace("\"report-id\":\"r1\",", "")));
        assertEquals(
                "t.json: not a usable TLS report: report-id is empty; not read",
                problem(withPolicy("").replace("\"r1\"", "\"\"")));
        assertEquals(
                "t.json: not a usable TLS report: organization-name is missing; not read",
                problem(withPolicy("").replace("\"organization-name\":\"Org\",", "")));
        assertEquals(
                "t.json: not a usable TLS report: date-range is missing; not read",
                problem("{\"organization-name\":\"O\",\"report-id\":\"r\",\"policies\":[]}"));
        assertEquals(
                "t.json: not a usable TLS report: policies[0].policy.policy-domain is missing; not read",
                problem(withPolicy("{\"policy\":{\"policy-type\":\"sts\"},\"summary\":{}}")));
        assertEquals(
                "t.json: not a usable TLS report: policies[0].summary is missing; not read",
                problem(withPolicy("{\"policy\":{\"policy-domain\":\"example.com\"}}")));
        assertEquals(
                "t.json: not a usable TLS report: policies is missing; not read",
                problem(withPolicy("").replace(",\"policies\":[]", "")));
    }

    @Test
    void badDateRanges() {
        assertEquals(
                "t.json: not a usable TLS report: date-range.start-datetime is \"yesterday\", not a date and time"
                        + " (RFC 3339); not read",
                problem(withPolicy("").replace("2024-09-03T00:00:00Z", "yesterday")));
        assertEquals(
                "t.json: not a usable TLS report: date-range ends (2024-09-03T23:59:59Z) before it starts"
                        + " (2024-09-04T00:00:00Z); not read",
                problem(withPolicy("").replace("2024-09-03T00:00:00Z", "2024-09-04T00:00:00Z")));
        assertEquals(
                "t.json: not a usable TLS report: date-range.end-datetime is \"2024-02-30T00:00:00Z\", not a date"
                        + " and time (RFC 3339); not read",
                problem(withPolicy("").replace("2024-09-03T23:59:59Z", "2024-02-30T00:00:00Z")));
    }

    @Test
    void deepNestingIsRefusedWithoutRecursingIntoIt() {
        String deep = "[".repeat(100_000);
        assertEquals("t.json: the JSON is nested too deeply for a TLS report; not read", problem(deep));
    }

    @Test
    void whatTheWriterWritesReadsBackUnchanged() {
        for (String sample : List.of(Samples.GOOGLE_GZ, Samples.MICROSOFT_JSON, Samples.TLSA_JSON)) {
            TlsReport r = read(Samples.json(sample));
            assertEquals(r, read(ReportWriter.write(r)), sample);
        }
    }
}
