package org.mtasts.wizard.check;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManager;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Handshake;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.TlsVersion;
import okio.Buffer;
import okio.BufferedSource;
import org.mtasts.wizard.core.DomainName;

/**
 * Fetches a policy exactly as a sending MTA does (RFC 8461 section 3.3): HTTPS only, SNI and
 * certificate validation for the policy host, TLS 1.2 or newer, redirects reported and never
 * followed, no cache, the body read up to 64 KiB and no further, and a hard deadline on the whole
 * call.
 */
final class PolicyFetcher {
    /** RFC 8461 section 3.3 suggests senders limit the policy body to 64 KiB. */
    static final int MAX_BODY = 64 * 1024;

    private final DnsClient dns;
    private final TrustAnchors trust;
    private final Duration timeout;
    private volatile Call call;
    private volatile boolean cancelled;

    PolicyFetcher(DnsClient dns, TrustAnchors trust, Duration timeout) {
        this.dns = dns;
        this.trust = trust;
        this.timeout = timeout;
    }

    /** The domain's policy URL (RFC 8461 §3.3), with the port when it is not 443 (tests, staging). */
    static String url(DomainName domain, int port) {
        return port == 443
                ? domain.policyUrl()
                : domain.policyUrl().replaceFirst("^https://[^/]+", "https://" + domain.policyHost() + ":" + port);
    }

    /** Stops a fetch in progress (its socket is closed); safe from any thread. */
    void cancel() {
        cancelled = true;
        Call c = call;
        if (c != null) {
            c.cancel();
        }
    }

    /** Blocks for at most the timeout. */
    PolicyFetch fetch(DomainName domain, int port) {
        String policyHost = domain.policyHost();
        String url = url(domain, port);
        long t0 = System.nanoTime();
        CertJudge judge = new CertJudge(trust.trustManager(), policyHost, true);
        long[] dnsDone = {0};
        OkHttpClient client = client(judge, dnsDone);
        Request request = new Request.Builder()
                .url(url)
                .header("User-Agent", "mta-sts-wizard check")
                .build();
        Call c = client.newCall(request);
        call = c;
        if (cancelled) {
            c.cancel();
        }
        try (Response response = c.execute()) {
            return answered(url, response, judge, t0, dnsDone[0]);
        } catch (IOException e) {
            return failure(url, e, c, judge, millisSince(t0));
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /**
     * A client that fetches as a sender does (RFC 8461 §3.3): HTTPS only with {@code judge} as the
     * trust manager, no redirects, no retries, no cache, no pooled connection, the probe timeout for
     * everything; its DNS is the run's resolver, and it notes in {@code dnsDone[0]} when the address
     * lookup ended.
     */
    private OkHttpClient client(CertJudge judge, long[] dnsDone) {
        // Section 7.2 requires TLS 1.2 support; older versions are not offered at all.
        ConnectionSpec tls12Plus = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
                .tlsVersions(TlsVersion.TLS_1_3, TlsVersion.TLS_1_2)
                .build();
        return new OkHttpClient.Builder()
                .dns(new ResolverDns(dns))
                .eventListener(new okhttp3.EventListener() {
                    @Override
                    public void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
                        dnsDone[0] = System.nanoTime();
                    }
                })
                .socketFactory(NoDelaySockets.INSTANCE)
                .sslSocketFactory(sslContextFor(judge).getSocketFactory(), judge)
                .connectionSpecs(List.of(tls12Plus))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .cache(null)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.MILLISECONDS))
                .callTimeout(timeout)
                .connectTimeout(timeout)
                .readTimeout(timeout)
                .build();
    }

    /** An HTTP answer, whatever its status: the evidence, and the body only for a 200. */
    private static PolicyFetch answered(String url, Response response, CertJudge judge, long t0, long dnsDone)
            throws IOException {
        Handshake hs = response.handshake();
        String version = hs == null ? null : hs.tlsVersion().javaName();
        String cipher = hs == null ? null : hs.cipherSuite().javaName();
        List<Evidence> headers = new ArrayList<>();
        for (String h : List.of("Content-Type", "Content-Length", "Location", "Cache-Control", "Server")) {
            String v = response.header(h);
            if (v != null) {
                headers.add(Evidence.of("header " + h, v));
            }
        }
        Buffer buf = response.code() == 200 ? readCapped(response.body()) : new Buffer();
        boolean tooLarge = buf.size() > MAX_BODY;
        byte[] body = buf.readByteArray(Math.min(buf.size(), MAX_BODY));
        long ms = millisSince(t0);
        // The host's own speed: from the end of the address lookup to the last byte read.
        long httpMs = millisSince(dnsDone == 0 ? t0 : dnsDone);
        return new PolicyFetch(
                url,
                PolicyFetch.FetchOutcome.RESPONSE,
                "HTTP " + response.code() + " in " + httpMs + " ms",
                response.code(),
                response.header("Location"),
                response.header("Content-Type"),
                body,
                tooLarge,
                version,
                cipher,
                judge.verdict(),
                headers,
                ms,
                httpMs);
    }

    /**
     * RFC 8461 §3.3 suggests senders read at most 64 KiB: reads at most one byte past that limit,
     * enough to know the body is too large, never the whole thing.
     */
    private static Buffer readCapped(ResponseBody rb) throws IOException {
        BufferedSource source = rb.source();
        Buffer buf = new Buffer();
        while (buf.size() <= MAX_BODY) {
            long n = source.read(buf, Math.min(8192, MAX_BODY + 1 - buf.size()));
            if (n == -1) {
                break;
            }
        }
        return buf;
    }

    private PolicyFetch failure(String url, IOException e, Call c, CertJudge judge, long ms) {
        PolicyFetch.FetchOutcome outcome;
        String message;
        CertJudge.Verdict v = judge.verdict();
        if (cancelled || (c.isCanceled() && !(e instanceof InterruptedIOException && isTimeout(e)))) {
            outcome = PolicyFetch.FetchOutcome.CANCELLED;
            message = "the fetch was cancelled";
        } else if (e instanceof UnknownHostException) {
            outcome = PolicyFetch.FetchOutcome.HOST_NOT_FOUND;
            message = e.getMessage();
        } else if (e instanceof SSLPeerUnverifiedException
                || (e instanceof SSLException && v != null && v.problem() != CertProblem.NONE)) {
            outcome = PolicyFetch.FetchOutcome.TLS_FAILED;
            message = v != null && v.problem() != CertProblem.NONE ? v.message() : e.getMessage();
        } else if (e instanceof SSLHandshakeException || e instanceof SSLException) {
            outcome = PolicyFetch.FetchOutcome.TLS_FAILED;
            message = "the TLS handshake failed (" + e.getMessage() + "); TLS 1.2 or newer is required";
        } else if (isTimeout(e)) {
            outcome = PolicyFetch.FetchOutcome.TIMEOUT;
            message = "no complete answer within " + timeout.toSeconds() + " s";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            outcome = PolicyFetch.FetchOutcome.CONNECT_FAILED;
            message = "the connection was refused or the host is unreachable (" + e.getMessage() + ")";
        } else {
            outcome = PolicyFetch.FetchOutcome.PROTOCOL_ERROR;
            message = "the server's answer broke off or was not HTTP (" + e.getMessage() + ")";
        }
        return new PolicyFetch(
                url, outcome, message, -1, null, null, new byte[0], false, null, null, v, List.of(), ms, ms);
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException) {
                return true;
            }
            if (c instanceof InterruptedIOException && "timeout".equals(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private SSLContext sslContextFor(CertJudge judge) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {judge}, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no usable TLS implementation", e);
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
