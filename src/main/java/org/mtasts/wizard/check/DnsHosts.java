package org.mtasts.wizard.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mtasts.wizard.core.DnsHostTable;

/** The DNS host table shipped with the application ({@code dns-hosts.txt}), read once. */
public final class DnsHosts {
    private DnsHosts() {}

    private static final class Holder {
        static final DnsHostTable TABLE = load();
    }

    /** The shipped table. */
    public static DnsHostTable table() {
        return Holder.TABLE;
    }

    private static DnsHostTable load() {
        try (InputStream in = DnsHosts.class.getResourceAsStream("dns-hosts.txt")) {
            if (in == null) {
                throw new IllegalStateException("dns-hosts.txt is missing from the application");
            }
            return DnsHostTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
