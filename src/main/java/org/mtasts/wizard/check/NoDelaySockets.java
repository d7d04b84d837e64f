package org.mtasts.wizard.check;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off, for the policy fetch and the STARTTLS probe. A fetch writes small records back
 * to back (the TLS Finished, then the request); with Nagle on, the second waits for the peer's
 * delayed ACK, about 40 ms on Linux, which was most of a warm check's time on loopback.
 */
final class NoDelaySockets extends SocketFactory {
    static final NoDelaySockets INSTANCE = new NoDelaySockets();

    private NoDelaySockets() {}

    /** The one OkHttp uses: it connects the socket itself. */
    @Override
    public Socket createSocket() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        return s;
    }

    /**
     * An unconnected socket, for the STARTTLS probe (each SMTP command is a small write that would
     * otherwise wait on the previous one's ACK). Setting the option on an unconnected socket
     * cannot fail on the platforms Java supports; if it ever does, Nagle stays on and only speed
     * suffers.
     */
    Socket unconnected() {
        try {
            return createSocket();
        } catch (IOException e) {
            return new Socket();
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connect(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connect(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connect(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connect(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connect(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket s = createSocket();
        if (local != null) {
            s.bind(local);
        }
        s.connect(remote);
        return s;
    }
}
