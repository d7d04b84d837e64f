package org.mtasts.wizard.check;

import java.net.Socket;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import javax.security.auth.x500.X500Principal;
import okhttp3.internal.tls.OkHostnameVerifier;

/**
 * Judges a server's chain the way a sending MTA does and remembers what it saw, so a report can
 * show the certificate even when it is rejected.
 *
 * <p>In {@code strict} mode (the policy fetch) a bad chain aborts the handshake, as it would for a
 * sender. Otherwise (the STARTTLS probe) the handshake continues so TLS version and cipher can be
 * recorded; the probe then sends only QUIT, so nothing is ever sent over an unverified channel.
 */
final class CertJudge extends X509ExtendedTrustManager {
    /** A certificate expiring sooner than this is a warning: renewal is probably broken. */
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);

    /**
     * The judgement of one presented chain.
     *
     * @param chain the chain as presented, server certificate first (DANE matches TLSA records
     *              against it, RFC 7672 §3.1); empty where only the judgement is known
     */
    record Verdict(CertProblem problem, String message, CertInfo leaf, List<X509Certificate> chain) {
        Verdict {
            chain = List.copyOf(chain);
        }

        Verdict(CertProblem problem, String message, CertInfo leaf) {
            this(problem, message, leaf, List.of());
        }

        Verdict withChain(X509Certificate[] presented) {
            return new Verdict(problem, message, leaf, List.of(presented));
        }
    }

    private final X509TrustManager anchors;
    private final String host;
    private final boolean strict;
    private volatile Verdict verdict;

    CertJudge(X509TrustManager anchors, String host, boolean strict) {
        this.anchors = anchors;
        this.host = host;
        this.strict = strict;
    }

    /** What the last handshake presented, or {@code null} when no certificate was seen. */
    Verdict verdict() {
        return verdict;
    }

    static Verdict judge(X509TrustManager anchors, X509Certificate[] chain, String authType, String host) {
        X509Certificate leaf = chain[0];
        CertInfo info = CertInfo.of(leaf);
        Instant now = Instant.now();
        if (now.isAfter(info.notAfter())) {
            return new Verdict(CertProblem.EXPIRED, "the certificate expired on " + info.notAfter(), info);
        }
        if (now.isBefore(info.notBefore())) {
            return new Verdict(
                    CertProblem.NOT_YET_VALID, "the certificate is not valid before " + info.notBefore(), info);
        }
        try {
            anchors.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            if (causedBy(e, CertificateExpiredException.class)
                    || reason(e) == CertPathValidatorException.BasicReason.EXPIRED) {
                return new Verdict(CertProblem.EXPIRED, "a certificate in the chain has expired", info);
            }
            if (causedBy(e, CertificateNotYetValidException.class)) {
                return new Verdict(CertProblem.NOT_YET_VALID, "a certificate in the chain is not yet valid", info);
            }
            X509Certificate last = chain[chain.length - 1];
            if (!last.getIssuerX500Principal().equals(last.getSubjectX500Principal())
                    && !isAnchor(anchors, last.getIssuerX500Principal())) {
                return new Verdict(
                        CertProblem.MISSING_INTERMEDIATE,
                        "the certificate does not chain to a trusted root: the server left out the intermediate"
                                + " certificate (it sent " + chain.length
                                + (chain.length == 1 ? " certificate" : " certificates") + ", the last issued by "
                                + last.getIssuerX500Principal().getName() + ", which it did not send)",
                        info);
            }
            return new Verdict(
                    CertProblem.UNTRUSTED,
                    "the certificate does not chain to a trusted root (issuer " + info.issuer() + ")",
                    info);
        }
        // RFC 6125 matching on subjectAltName DNS names only; a wildcard covers exactly one leftmost label.
        if (!OkHostnameVerifier.INSTANCE.verify(host, leaf)) {
            return new Verdict(
                    CertProblem.NAME_MISMATCH,
                    "the certificate is not valid for " + host + " (it names "
                            + (info.dnsNames().isEmpty() ? "no DNS names" : String.join(", ", info.dnsNames())) + ")",
                    info);
        }
        return new Verdict(CertProblem.NONE, "trusted, unexpired, and valid for " + host, info);
    }

    private static boolean isAnchor(X509TrustManager anchors, X500Principal name) {
        for (X509Certificate a : anchors.getAcceptedIssuers()) {
            if (a.getSubjectX500Principal().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static CertPathValidatorException.Reason reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CertPathValidatorException v) {
                return v.getReason();
            }
        }
        return null;
    }

    private void check(X509Certificate[] chain, String authType) throws CertificateException {
        Verdict v = judge(anchors, chain, authType, host).withChain(chain);
        verdict = v;
        if (strict && v.problem() != CertProblem.NONE) {
            throw new CertificateException(v.message());
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client certificates are not checked here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return anchors.getAcceptedIssuers();
    }
}
