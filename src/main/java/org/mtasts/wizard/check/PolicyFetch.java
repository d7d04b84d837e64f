package org.mtasts.wizard.check;

import java.util.List;

/**
 * What fetching {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} produced.
 *
 * @param url          the URL fetched
 * @param outcome      how far the fetch got
 * @param message      one sentence describing the outcome (the error for a failure)
 * @param status       HTTP status, or -1 without a response
 * @param location     the {@code Location} header of a redirect, or {@code null}
 * @param contentType  the {@code Content-Type} header, or {@code null}
 * @param body         the body, at most {@link PolicyFetcher#MAX_BODY} bytes
 * @param tooLarge     true when the body went on past {@link PolicyFetcher#MAX_BODY} bytes (reading stopped)
 * @param tlsVersion   the negotiated TLS version, or {@code null}
 * @param cipher       the negotiated cipher suite, or {@code null}
 * @param cert         the certificate judgement, or {@code null} when no certificate was seen
 * @param headers      response headers that matter, as evidence
 * @param elapsedMillis wall time of the fetch, address lookup included
 * @param httpMillis    wall time from the end of the address lookup to the end of the body
 */
record PolicyFetch(
        String url,
        FetchOutcome outcome,
        String message,
        int status,
        String location,
        String contentType,
        byte[] body,
        boolean tooLarge,
        String tlsVersion,
        String cipher,
        CertJudge.Verdict cert,
        List<Evidence> headers,
        long elapsedMillis,
        long httpMillis) {

    enum FetchOutcome {
        /** An HTTP response arrived (any status). */
        RESPONSE,
        /** The policy host did not resolve. */
        HOST_NOT_FOUND,
        /** TCP connection refused or unreachable. */
        CONNECT_FAILED,
        /** The TLS handshake failed (certificate or protocol). */
        TLS_FAILED,
        /** No complete answer within the timeout. */
        TIMEOUT,
        /** The run was cancelled. */
        CANCELLED,
        /** The response broke off or was not HTTP. */
        PROTOCOL_ERROR
    }
}
