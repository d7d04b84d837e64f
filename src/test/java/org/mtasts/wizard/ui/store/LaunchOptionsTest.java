package org.mtasts.wizard.ui.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void roundTripsThroughThePlainStringsTheLauncherReceives() {
        LaunchOptions o = new LaunchOptions("127.0.0.1:5353", "/tmp/ca.pem");
        assertArrayEquals(new String[] {"--resolver=127.0.0.1:5353", "--ca-file=/tmp/ca.pem"}, o.toArgs());
        assertEquals(o, LaunchOptions.fromNamed(Map.of("resolver", "127.0.0.1:5353", "ca-file", "/tmp/ca.pem")));
    }

    @Test
    void blankValuesMeanNotGiven() {
        LaunchOptions o = LaunchOptions.fromNamed(Map.of("resolver", " "));
        assertNull(o.resolver());
        assertNull(o.caFile());
        assertEquals(0, o.toArgs().length);
    }
}
