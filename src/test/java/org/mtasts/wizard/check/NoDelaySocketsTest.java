package org.mtasts.wizard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {
    @Test
    void socketsForTheFetchAndTheProbeHaveNagleOff() throws Exception {
        try (Socket s = NoDelaySockets.INSTANCE.createSocket()) {
            assertTrue(s.getTcpNoDelay());
        }
        try (Socket s = NoDelaySockets.INSTANCE.unconnected()) {
            assertTrue(s.getTcpNoDelay());
        }
    }

    @Test
    void connectedSocketsKeepNagleOff() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket s =
                        NoDelaySockets.INSTANCE.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertTrue(s.isConnected());
            assertTrue(s.getTcpNoDelay());
        }
    }
}
