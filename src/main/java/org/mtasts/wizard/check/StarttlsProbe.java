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

    /** One step of the session: a finished probe when the session ends there, else null to go on. */
    private interface Stage {
        SmtpProbe run() throws IOException;
    }

    /**
     * Blocks for at most the probe timeout (the socket is closed by a timer then). The session runs
     * as its stages in order; the first that ends it gives the outcome. An I/O error is classified
     * by {@link Session#broken} with the stage it happened in.
     */
    SmtpProbe probe(String host, InetAddress address, int port) {
        Session s = new Session(host, address, port);
        try {
            for (Stage stage : List.<Stage>of(s::connect, s::greeting, s::ehlo, s::startTls)) {
                SmtpProbe end = stage.run();
                if (end != null) {
                    return end;
                }
            }
            return s.handshake();
        } catch (ProtocolException e) {
            return s.result(
                    SmtpProbe.Outcome.PROTOCOL_ERROR, "the reply to " + s.stage + " was not SMTP: " + e.getMessage());
        } catch (IOException e) {
            return s.broken(e);
        } catch (GeneralSecurityException e) {
            return s.result(SmtpProbe.Outcome.HANDSHAKE_FAILED, "TLS could not be set up: " + e.getMessage());
        } finally {
            s.close();
        }
    }

    /** One SMTP session to one address: its socket, its timeout guard, and what was heard so far. */
    private final class Session {
        final long t0 = System.nanoTime();
        final String host;
        final InetAddress address;
        final int port;
        final String where;
        final int ms = (int) Math.max(1, timeout.toMillis());
        final Socket socket = NoDelaySockets.INSTANCE.unconnected();
        final ScheduledFuture<?> guard;
        /** Where the session is, named in the messages: connect, greeting, EHLO, STARTTLS, TLS handshake. */
        String stage = "connect";

        List<String> banner = List.of();
        List<String> ehlo = List.of();
        InputStream in;
        OutputStream out;
        SSLSocket tls;

        Session(String host, InetAddress address, int port) {
            this.host = host;
            this.address = address;
            this.port = port;
            this.where =
                    (address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress())
                            + ":" + port;
            // Registered first, so cancel() and the deadline can close the socket at any stage; the
            // guard closes it at the probe timeout, which bounds the whole session, not each read.
            cancellation.register(socket);
            guard = timer.schedule(() -> Cancellation.closeQuietly(socket), timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /**
         * TCP connect within the probe timeout. Refused and unreachable are outcomes of their own:
         * {@code Run} tells a blocked port 25 (every host) from a host that is down (some hosts).
         */
        SmtpProbe connect() throws IOException {
            stage = "connect";
            try {
                socket.connect(new InetSocketAddress(address, port), ms);
            } catch (ConnectException e) {
                return result(SmtpProbe.Outcome.CONNECT_REFUSED, "connection to " + where + " was refused");
            } catch (SocketTimeoutException | NoRouteToHostException e) {
                return result(
                        SmtpProbe.Outcome.CONNECT_UNREACHABLE,
                        "no TCP connection to " + where + " (" + e.getMessage() + ")");
            }
            socket.setSoTimeout(ms);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
            return null;
        }

        /** RFC 5321 §4.3.1: the server speaks first; 220 opens the session, anything else refuses it. */
        SmtpProbe greeting() throws IOException {
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
                return result(SmtpProbe.Outcome.NO_BANNER, where + " accepted the connection but " + why);
            }
            banner = greeting.raw();
            if (greeting.code() != 220) {
                return result(
                        SmtpProbe.Outcome.BANNER_REJECTED,
                        "the greeting was " + greeting.code() + ", not 220: the server refuses sessions");
            }
            return null;
        }

        /**
         * EHLO with our address literal (RFC 5321 §4.1.3), as we have no name of our own; RFC 3207 §4:
         * STARTTLS must be among the extensions the 250 reply lists after its first line.
         */
        SmtpProbe ehlo() throws IOException {
            stage = "EHLO";
            InetAddress local = socket.getLocalAddress();
            String helo = local instanceof Inet6Address
                    ? "[IPv6:" + local.getHostAddress() + "]"
                    : "[" + local.getHostAddress() + "]";
            send(out, "EHLO " + helo);
            Reply reply = read(in);
            ehlo = reply.raw();
            if (reply.code() != 250) {
                return result(SmtpProbe.Outcome.EHLO_REJECTED, "EHLO was answered with " + reply.code());
            }
            boolean offered = reply.lines().stream()
                    .skip(1)
                    .anyMatch(l -> l.strip().toUpperCase(Locale.ROOT).equals("STARTTLS"));
            if (!offered) {
                send(out, "QUIT");
                return result(SmtpProbe.Outcome.NO_STARTTLS, "the EHLO reply does not offer STARTTLS");
            }
            return null;
        }

        /** RFC 3207 §4: the server answers STARTTLS with 220 and then expects the TLS handshake. */
        SmtpProbe startTls() throws IOException {
            stage = "STARTTLS";
            send(out, "STARTTLS");
            Reply go = read(in);
            if (go.code() != 220) {
                send(out, "QUIT");
                return result(
                        SmtpProbe.Outcome.STARTTLS_REFUSED, "STARTTLS was refused: " + String.join(" ", go.raw()));
            }
            return null;
        }

        /**
         * The TLS handshake over the same connection, with SNI for the MX host name and TLS 1.2 as the
         * floor (RFC 8461 §7.2). {@link CertJudge} records the certificate verdict and lets the
         * handshake end, so version, cipher and certificate are evidence even for a bad chain.
         */
        SmtpProbe handshake() throws IOException, GeneralSecurityException {
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
                        SmtpProbe.Outcome.HANDSHAKE_FAILED,
                        "the TLS handshake after STARTTLS failed (" + e.getMessage()
                                + "); TLS 1.2 or newer is required",
                        judge.verdict());
            }
            SSLSession session = tls.getSession();
            String version = session.getProtocol();
            String cipher = session.getCipherSuite();
            CertJudge.Verdict verdict = judge.verdict();
            quitOverTls();
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
        }

        /** Nothing but QUIT ever crosses the TLS channel, verified or not. */
        void quitOverTls() {
            try {
                OutputStream tout = tls.getOutputStream();
                send(tout, "QUIT");
                read(new BufferedInputStream(tls.getInputStream()));
            } catch (IOException e) {
                // The session is judged already; a server that drops the line at QUIT changes nothing.
            }
        }

        /**
         * An I/O error at {@link #stage}: cancelled (cancel() or the overall deadline closed the
         * socket), timed out (a read timed out, or the guard closed the socket at the probe timeout),
         * or a broken connection.
         */
        SmtpProbe broken(IOException e) {
            if (cancellation.isCancelled()) {
                return result(SmtpProbe.Outcome.CANCELLED, "stopped at " + stage + ": " + cancellation.reason());
            }
            if (socket.isClosed() && millisSince(t0) >= timeout.toMillis() - 50
                    || e instanceof SocketTimeoutException) {
                return result(
                        SmtpProbe.Outcome.TIMEOUT,
                        "the server stopped answering at " + stage + " (no reply within " + timeout.toSeconds()
                                + " s)");
            }
            return result(SmtpProbe.Outcome.PROTOCOL_ERROR, "the connection broke at " + stage + ": " + e.getMessage());
        }

        /** Stops the guard, closes both sockets and takes them off the cancellation list. */
        void close() {
            guard.cancel(false);
            Cancellation.closeQuietly(socket);
            cancellation.unregister(socket);
            if (tls != null) {
                Cancellation.closeQuietly(tls);
                cancellation.unregister(tls);
            }
        }

        SmtpProbe result(SmtpProbe.Outcome outcome, String message) {
            return result(outcome, message, null);
        }

        SmtpProbe result(SmtpProbe.Outcome outcome, String message, CertJudge.Verdict cert) {
            return new SmtpProbe(host, where, outcome, message, banner, ehlo, null, null, cert, millisSince(t0));
        }
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
