package org.mtasts.wizard.core.tlsrpt;

/**
 * One entry of "failure-details" (RFC 8460 §4.4). Every field but the result type and the count
 * is optional in practice; missing or empty-string fields are null.
 *
 * @param resultType            the result type; {@link ResultType#UNKNOWN} for one this project does not know
 * @param rawResultType         "result-type" as sent
 * @param sendingMtaIp          "sending-mta-ip"
 * @param receivingMxHostname   "receiving-mx-hostname"
 * @param receivingMxHelo       "receiving-mx-helo"
 * @param receivingIp           "receiving-ip"
 * @param failedSessions        "failed-session-count"
 * @param additionalInformation "additional-information" (or the older "additional-info-uri")
 * @param failureReasonCode     "failure-reason-code"
 */
public record FailureDetail(
        ResultType resultType,
        String rawResultType,
        String sendingMtaIp,
        String receivingMxHostname,
        String receivingMxHelo,
        String receivingIp,
        long failedSessions,
        String additionalInformation,
        String failureReasonCode) {

    public FailureDetail {
        resultType = resultType == null ? ResultType.UNKNOWN : resultType;
        rawResultType = rawResultType == null ? resultType.token() : rawResultType;
    }
}
