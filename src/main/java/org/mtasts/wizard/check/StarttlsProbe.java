package org.mtasts.wizard.check;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Speaks just enough SMTP to test STARTTLS (RFC 3207) the way a sending MTA does: read the
 * (possibly multi-line) greeting, EHLO, require STARTTLS in the reply, upgrade with SNI for the MX
 * host name, record TLS version, cipher and certificate, then QUIT. It never sends MAIL or RCPT.
 */
final class StarttlsProbe {
    private static final int MAX_LINE = 2048;
    private static final int MAX_LINES = 200;

    private final TrustAnchors trust;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final Cancellation cancellation;

    StarttlsProbe(TrustAnchors trust, Duration timeout, ScheduledExecutorService timer, Cancellation cancellation) {
        this.trust = trust;
        this.timeout = timeout;
        this.timer = timer;
        this.cancellation = cancellation;
    }

    /** A reply: its code and its lines without the code. */
    private record Reply(int code, List<String> lines) {
        List<String> raw() {
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                out.add(code + " " + l);
            }
            return out;
        }
    }

    private static final class ProtocolException extends IOException {
        ProtocolException(String m) {
            super(m);
        }
    }

    /** Blocks for at most the probe timeout (the socket is closed by a timer then). */
    SmtpProbe probe(String host, InetAddress address, int port) {
        long t0 = System.nanoTime();
        String where =
                (address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress())
                        + ":" + port;
        Socket socket = NoDelaySockets.INSTANCE.unconnected();
        cancellation.register(socket);
        ScheduledFuture<?> guard =
                timer.schedule(() -> Cancellation.closeQuietly(socket), timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<String> banner = List.of();
        List<String> ehlo = List.of();
        String stage = "connect";
        SSLSocket tls = null;
        try {
            int ms = (int) Math.max(1, timeout.toMillis());
            try {
                socket.connect(new InetSocketAddress(address, port), ms);
            } catch (ConnectException e) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.CONNECT_REFUSED,
                        "connection to " + where + " was refused",
                        banner,
                        ehlo,
                        null,
                        t0);
            } catch (SocketTimeoutException | NoRouteToHostException e) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.CONNECT_UNREACHABLE,
                        "no TCP connection to " + where + " (" + e.getMessage() + ")",
                        banner,
                        ehlo,
                        null,
                        t0);
            }
            socket.setSoTimeout(ms);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();

            stage = "greeting";
            Reply greeting;
            try {
                greeting = read(in);
            } catch (ProtocolException e) {
                throw e;
            } catch (IOException e) {
                if (cancellation.isCancelled()) {
                    throw e;
                }
                // A timeout, or the session guard closing the socket: either way the greeting never came.
                String why = e instanceof EOFException
                        ? "closed the connection without a greeting"
                        : "sent no greeting within " + timeout.toSeconds() + " s";
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.NO_BANNER,
                        where + " accepted the connection but " + why,
                        banner,
                        ehlo,
                        null,
                        t0);
            }
            banner = greeting.raw();
            if (greeting.code() != 220) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.BANNER_REJECTED,
                        "the greeting was " + greeting.code() + ", not 220: the server refuses sessions",
                        banner,
                        ehlo,
                        null,
                        t0);
            }

            stage = "EHLO";
            String helo = socket.getLocalAddress() instanceof Inet6Address
                    ? "[IPv6:" + socket.getLocalAddress().getHostAddress() + "]"
                    : "[" + socket.getLocalAddress().getHostAddress() + "]";
            send(out, "EHLO " + helo);
            Reply ehloReply = read(in);
            ehlo = ehloReply.raw();
            if (ehloReply.code() != 250) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.EHLO_REJECTED,
                        "EHLO was answered with " + ehloReply.code(),
                        banner,
                        ehlo,
                        null,
                        t0);
            }
            boolean offered = ehloReply.lines().stream()
                    .skip(1)
                    .anyMatch(l -> l.strip().toUpperCase(Locale.ROOT).equals("STARTTLS"));
            if (!offered) {
                send(out, "QUIT");
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.NO_STARTTLS,
                        "the EHLO reply does not offer STARTTLS",
                        banner,
                        ehlo,
                        null,
                        t0);
            }

            stage = "STARTTLS";
            send(out, "STARTTLS");
            Reply go = read(in);
            if (go.code() != 220) {
                send(out, "QUIT");
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.STARTTLS_REFUSED,
                        "STARTTLS was refused: " + String.join(" ", go.raw()),
                        banner,
                        ehlo,
                        null,
                        t0);
            }

            stage = "TLS handshake";
            CertJudge judge = new CertJudge(trust.trustManager(), host, false);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {judge}, null);
            tls = (SSLSocket) ctx.getSocketFactory().createSocket(socket, host, port, true);
            cancellation.register(tls);
            SSLParameters params = tls.getSSLParameters();
            // Section 7.2: TLS 1.2 is the floor; nothing older is offered.
            params.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            params.setServerNames(List.of(new SNIHostName(host)));
            tls.setSSLParameters(params);
            try {
                tls.startHandshake();
            } catch (SSLException e) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.HANDSHAKE_FAILED,
                        "the TLS handshake after STARTTLS failed (" + e.getMessage()
                                + "); TLS 1.2 or newer is required",
                        banner,
                        ehlo,
                        judge.verdict(),
                        t0);
            }
            SSLSession session = tls.getSession();
            String version = session.getProtocol();
            String cipher = session.getCipherSuite();
            CertJudge.Verdict verdict = judge.verdict();
            // Nothing but QUIT ever crosses this channel, verified or not.
            try {
                OutputStream tout = tls.getOutputStream();
                send(tout, "QUIT");
                read(new BufferedInputStream(tls.getInputStream()));
            } catch (IOException e) {
                // The session is judged already; a server that drops the line at QUIT changes nothing.
            }
            return new SmtpProbe(
                    host,
                    where,
                    SmtpProbe.Outcome.TLS_OK,
                    "STARTTLS negotiated " + version + " with " + cipher,
                    banner,
                    ehlo,
                    version,
                    cipher,
                    verdict,
                    millisSince(t0));
        } catch (ProtocolException e) {
            return result(
                    host,
                    where,
                    SmtpProbe.Outcome.PROTOCOL_ERROR,
                    "the reply to " + stage + " was not SMTP: " + e.getMessage(),
                    banner,
                    ehlo,
                    null,
                    t0);
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.CANCELLED,
                        "stopped at " + stage + ": " + cancellation.reason(),
                        banner,
                        ehlo,
                        null,
                        t0);
            }
            if (socket.isClosed() && millisSince(t0) >= timeout.toMillis() - 50
                    || e instanceof SocketTimeoutException) {
                return result(
                        host,
                        where,
                        SmtpProbe.Outcome.TIMEOUT,
                        "the server stopped answering at " + stage + " (no reply within " + timeout.toSeconds() + " s)",
                        banner,
                        ehlo,
                        null,
                        t0);
            }
            return result(
                    host,
                    where,
                    SmtpProbe.Outcome.PROTOCOL_ERROR,
                    "the connection broke at " + stage + ": " + e.getMessage(),
                    banner,
                    ehlo,
                    null,
                    t0);
        } catch (GeneralSecurityException e) {
            return result(
                    host,
                    where,
                    SmtpProbe.Outcome.HANDSHAKE_FAILED,
                    "TLS could not be set up: " + e.getMessage(),
                    banner,
                    ehlo,
                    null,
                    t0);
        } finally {
            guard.cancel(false);
            Cancellation.closeQuietly(socket);
            cancellation.unregister(socket);
            if (tls != null) {
                Cancellation.closeQuietly(tls);
                cancellation.unregister(tls);
            }
        }
    }

    private static SmtpProbe result(
            String host,
            String where,
            SmtpProbe.Outcome outcome,
            String message,
            List<String> banner,
            List<String> ehlo,
            CertJudge.Verdict cert,
            long t0) {
        return new SmtpProbe(host, where, outcome, message, banner, ehlo, null, null, cert, millisSince(t0));
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one reply: {@code NNN-text} lines continue it, {@code NNN text} (or bare {@code NNN}) ends it. */
    private static Reply read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        int code = -1;
        for (int n = 0; n < MAX_LINES; n++) {
            String line = readLine(in);
            if (line.length() < 3
                    || !Character.isDigit(line.charAt(0))
                    || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2))) {
                throw new ProtocolException("'" + abbreviate(line) + "'");
            }
            int c = Integer.parseInt(line.substring(0, 3));
            if (code != -1 && c != code) {
                throw new ProtocolException("reply codes change inside one reply");
            }
            code = c;
            boolean more = line.length() > 3 && line.charAt(3) == '-';
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (!more) {
                return new Reply(code, lines);
            }
        }
        throw new ProtocolException("a reply longer than " + MAX_LINES + " lines");
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("the server closed the connection");
            }
            if (b == '\n') {
                byte[] bytes = buf.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (buf.size() >= MAX_LINE) {
                throw new ProtocolException("a line longer than " + MAX_LINE + " bytes");
            }
            buf.write(b);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
