package org.mtasts.wizard.check;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Dns;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * OkHttp's host lookups answered by the run's own {@link DnsClient}, so the policy fetch connects
 * to the addresses the report shows, found through the resolver the user chose (not the system's).
 */
final class ResolverDns implements Dns {
    private final DnsClient dns;

    ResolverDns(DnsClient dns) {
        this.dns = dns;
    }

    /** A and AAAA of {@code host}, asked at the same time; both answers are returned. */
    static CompletableFuture<List<DnsAnswer>> addresses(DnsClient dns, String host) {
        CompletableFuture<DnsAnswer> a = dns.query(host, Type.A);
        CompletableFuture<DnsAnswer> aaaa = dns.query(host, Type.AAAA);
        return a.thenCombine(aaaa, List::of);
    }

    static List<InetAddress> ips(List<DnsAnswer> answers) {
        List<InetAddress> out = new ArrayList<>();
        for (DnsAnswer ans : answers) {
            for (Record r : ans.records()) {
                if (r instanceof ARecord a) {
                    out.add(a.getAddress());
                } else if (r instanceof AAAARecord a) {
                    out.add(a.getAddress());
                }
            }
        }
        return out;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<DnsAnswer> answers = addresses(dns, hostname).join();
        List<InetAddress> ips = ips(answers);
        if (ips.isEmpty()) {
            DnsAnswer a = answers.get(0);
            throw new UnknownHostException(hostname + ": " + a.outcome().meaning());
        }
        // Keep the name with the address so TLS sends SNI and verifies against the host name.
        List<InetAddress> named = new ArrayList<>();
        for (InetAddress ip : ips) {
            named.add(InetAddress.getByAddress(hostname, ip.getAddress()));
        }
        return named;
    }
}
