package org.mtasts.wizard.check;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DohResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ResolverConfig;
import org.xbill.DNS.SimpleResolver;

/**
 * How the check layer reaches DNS servers: the dnsjava resolvers for a {@link ResolverSpec} or one
 * server address, and what a failed send means. Shared by {@link DnsClient} and
 * {@code check.propagation}, which asks authoritative servers directly.
 */
public final class DnsTransport {
    private DnsTransport() {}

    /**
     * A UDP resolver and, where truncation is possible, its TCP twin ({@code null} for DNS over
     * HTTPS). The UDP one ignores truncation, so the caller sees TC and can say TCP was needed.
     */
    public record Pair(Resolver udp, Resolver tcp) {}

    /** The servers to try in turn: one for {@code host[:port]} or DoH, the system's configured ones otherwise. */
    public static List<Pair> forSpec(ResolverSpec spec, Duration timeout) {
        List<Pair> list = new ArrayList<>();
        if (spec instanceof ResolverSpec.Server s) {
            list.add(server(new InetSocketAddress(s.host(), s.port()), timeout));
        } else if (spec instanceof ResolverSpec.DnsOverHttps d) {
            DohResolver doh = new DohResolver(d.url().toString());
            doh.setTimeout(timeout);
            list.add(new Pair(doh, null));
        } else {
            ResolverConfig.refresh();
            for (InetSocketAddress a : ResolverConfig.getCurrentConfig().servers()) {
                list.add(server(a, timeout));
            }
            if (list.isEmpty()) {
                list.add(server(new InetSocketAddress("127.0.0.1", 53), timeout));
            }
        }
        return List.copyOf(list);
    }

    /** UDP with TCP on truncation to one server address. */
    public static Pair server(InetSocketAddress address, Duration timeout) {
        SimpleResolver udp = new SimpleResolver(address);
        udp.setTimeout(timeout);
        udp.setIgnoreTruncation(true);
        SimpleResolver tcp = new SimpleResolver(address);
        tcp.setTimeout(timeout);
        tcp.setTCP(true);
        return new Pair(udp, tcp);
    }

    /** True when a failed send ran out of time rather than being refused or unroutable. */
    public static boolean isTimeout(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SocketTimeoutException
                    || c instanceof TimeoutException
                    || c instanceof HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A failed send in a few words: "nothing listens on that port", "connection refused", or the error's text. */
    public static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof PortUnreachableException) {
                return "nothing listens on that port";
            }
            if (c instanceof ConnectException) {
                return "connection refused";
            }
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}
