package org.mtasts.wizard.check;

import java.util.List;

/**
 * One STARTTLS session with one address of one MX host.
 *
 * @param host       the MX host name (used for SNI and certificate matching)
 * @param address    the address connected to
 * @param outcome    how far the session got
 * @param message    one sentence describing the outcome
 * @param banner     the greeting lines
 * @param ehlo       the EHLO reply lines
 * @param tlsVersion the negotiated TLS version, or {@code null}
 * @param cipher     the negotiated cipher suite, or {@code null}
 * @param cert       the judgement of the presented certificate, or {@code null}
 * @param elapsedMillis wall time of the session
 */
record SmtpProbe(
        String host,
        String address,
        Outcome outcome,
        String message,
        List<String> banner,
        List<String> ehlo,
        String tlsVersion,
        String cipher,
        CertJudge.Verdict cert,
        long elapsedMillis) {

    SmtpProbe {
        banner = List.copyOf(banner);
        ehlo = List.copyOf(ehlo);
    }

    enum Outcome {
        /** STARTTLS was offered and TLS 1.2+ negotiated (the certificate is judged separately). */
        TLS_OK,
        /** The TCP connection was refused. */
        CONNECT_REFUSED,
        /** The TCP connection could not be made (timeout, no route): typical of a blocked port 25. */
        CONNECT_UNREACHABLE,
        /** Connected, but no greeting came (silence or an immediate close). */
        NO_BANNER,
        /** The greeting was not 220 (for example 554: the server refuses sessions). */
        BANNER_REJECTED,
        /** EHLO was refused. */
        EHLO_REJECTED,
        /** The EHLO reply does not offer STARTTLS. */
        NO_STARTTLS,
        /** STARTTLS was offered, but the command was refused (e.g. 454 TLS not available). */
        STARTTLS_REFUSED,
        /** The TLS handshake after STARTTLS failed. */
        HANDSHAKE_FAILED,
        /** The server stopped answering in the middle of the session. */
        TIMEOUT,
        /** The server's replies were not SMTP. */
        PROTOCOL_ERROR,
        /** The run was cancelled or reached its deadline. */
        CANCELLED;

        /** True when not even a TCP connection was made: on its own, no judgement of the server. */
        boolean isConnectFailure() {
            return this == CONNECT_REFUSED || this == CONNECT_UNREACHABLE;
        }
    }
}
