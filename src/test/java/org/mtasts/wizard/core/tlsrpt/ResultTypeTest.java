package org.mtasts.wizard.core.tlsrpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTypeTest {

    @Test
    void everyRfc8460ResultTypeIsKnownByItsTokenInAnyCase() {
        List<String> rfc = List.of(
                "starttls-not-supported",
                "certificate-host-mismatch",
                "certificate-expired",
                "certificate-not-trusted",
                "validation-failure",
                "tlsa-invalid",
                "dnssec-invalid",
                "dane-required",
                "sts-policy-fetch-error",
                "sts-policy-invalid",
                "sts-webpki-invalid");
        for (String token : rfc) {
            ResultType t = ResultType.fromToken(" " + token.toUpperCase() + " ");
            assertEquals(token, t.token());
            assertFalse(t.meaning().isBlank() || t.fix().isBlank(), token + " is explained with a fix");
            assertTrue(t.checkCode().isPresent(), token + " links to a live check");
        }
        assertEquals(rfc.size() + 1, ResultType.values().length, "the RFC's types plus UNKNOWN");
    }

    @Test
    void anUnknownOrMissingResultTypeIsUnknownNotAnError() {
        assertEquals(ResultType.UNKNOWN, ResultType.fromToken("tls-too-old"));
        assertEquals(ResultType.UNKNOWN, ResultType.fromToken(null));
        FailureDetail d = new FailureDetail(null, "tls-too-old", null, null, null, null, 3, null, null);
        assertEquals(ResultType.UNKNOWN, d.resultType());
        assertEquals("tls-too-old", d.rawResultType());
    }

    @Test
    void onlyStarttlsCertificateAndStsFailuresBlockEnforce() {
        assertTrue(ResultType.STARTTLS_NOT_SUPPORTED.blocksEnforce());
        assertTrue(ResultType.CERTIFICATE_EXPIRED.blocksEnforce());
        assertTrue(ResultType.STS_POLICY_FETCH_ERROR.blocksEnforce());
        assertFalse(ResultType.DANE_REQUIRED.blocksEnforce());
        assertFalse(ResultType.DNSSEC_INVALID.blocksEnforce());
        assertFalse(ResultType.UNKNOWN.blocksEnforce());
    }

    @Test
    void aReportIsIdentifiedByOrganisationAndReportId() {
        TlsReport a = new TlsReport("Google Inc.", null, "r1", null, null, null);
        TlsReport b = new TlsReport("Google Inc.", "mailto:x@y", "r1", null, null, List.of());
        assertEquals(a.key(), b.key());
        PolicyResult p = new PolicyResult(
                PolicyType.STS,
                "sts",
                null,
                "example.com",
                null,
                10,
                5,
                List.of(new FailureDetail(
                        ResultType.CERTIFICATE_EXPIRED, null, null, null, null, null, 2, null, null)));
        assertEquals(2, p.detailedFailures());
        assertEquals(5, p.failedSessions(), "the summary's figure is kept apart from the details' sum");
    }
}
