package org.mtasts.wizard.check;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.mtasts.wizard.core.DomainName;

/**
 * The shell commands that show what a result saw, with the tools a mail administrator already has
 * ({@code dig}, {@code curl}, {@code openssl s_client}), so every judgement can be reproduced by
 * hand. They use the check's own resolver, CA file and ports: a check against {@code --resolver
 * 127.0.0.1 --ca-file ca.pem} gives commands that ask the same resolver and trust the same CA.
 *
 * <p>{@link #forResult} is the one place a result id maps to its commands: a new {@link CheckId}
 * gets its commands by adding a case there (or by carrying them itself, as the propagation rows do).
 */
public final class VerifyCommands {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._:/@=+,%-]+");

    private VerifyCommands() {}

    /**
     * The commands for one result of a check of {@code domain}; empty when no command shows more than
     * the others (e.g. a skipped row).
     */
    public static List<String> forResult(CheckResult r, DomainName name, CheckSettings s) {
        String domain = name.ascii();
        String policyHost = name.policyHost();
        List<String> out = new ArrayList<>();
        switch (r.id()) {
            case RESOLVER, MX_RECORDS -> out.add(dig("MX", domain, s.resolver()));
            case STS_RECORD -> out.add(dig("TXT", name.stsRecordName(), s.resolver()));
            case TLSRPT_RECORD -> out.add(dig("TXT", name.tlsRptRecordName(), s.resolver()));
            case POLICY_HOST -> {
                out.add(dig("A", policyHost, s.resolver()));
                out.add(dig("AAAA", policyHost, s.resolver()));
            }
            case POLICY_TLS, POLICY_STATUS, POLICY_CONTENT_TYPE, POLICY_SIZE, POLICY_SYNTAX ->
                out.add(curlPolicy(policyHost, s.httpsPort(), s.caFile()));
            case MX_COVERAGE -> {
                out.add(dig("MX", domain, s.resolver()));
                out.add(curlPolicy(policyHost, s.httpsPort(), s.caFile()));
            }
            case MX_STARTTLS, MX_CERT -> out.add(starttls(r.target(), s.smtpPort(), s.caFile()));
            case DNSSEC -> {
                out.add(digDnssec("SOA", domain, s.resolver()));
                out.add(digDnssec("MX", domain, s.resolver()));
            }
            case MX_DANE -> {
                out.add(digDnssec("TLSA", daneName(r.target(), s.smtpPort()), s.resolver()));
                out.add(starttls(r.target(), s.smtpPort(), s.caFile()));
            }
            default -> {
                // ids without a generic command carry their own (see the class comment)
            }
        }
        return out;
    }

    /**
     * {@code dig +short TYPE NAME @RESOLVER}: the answer a sender's resolver gives. With the system
     * resolver there is no {@code @}; DNS over HTTPS uses dig's {@code +https}.
     */
    public static String dig(String type, String name, ResolverSpec resolver) {
        return "dig +short " + type + " " + quote(name) + at(resolver);
    }

    /**
     * {@code dig +norecurse TYPE NAME @SERVER}: what one authoritative server itself serves (RD=0, so
     * no cache is involved), with TTLs and the authority section.
     */
    public static String digAuthoritative(String type, String name, String server, int port) {
        return "dig +norecurse " + type + " " + quote(name) + " @" + quote(server) + (port == 53 ? "" : " -p " + port);
    }

    /**
     * {@code dig TYPE NAME @RESOLVER} without {@code +short}: the TTL column is the time the resolver
     * keeps the answer cached; for a negative answer the SOA in the authority section gives it.
     */
    public static String digWithTtl(String type, String name, ResolverSpec resolver) {
        return "dig +noall +answer +authority " + type + " " + quote(name) + at(resolver);
    }

    /**
     * {@code dig +dnssec TYPE NAME @RESOLVER}: the answer with its RRSIG records; a validating
     * resolver sets the {@code ad} flag in the header when the answer is secure and answers SERVFAIL
     * when it is bogus ({@code +cd} shows the bogus data anyway).
     */
    public static String digDnssec(String type, String name, ResolverSpec resolver) {
        return "dig +dnssec " + type + " " + quote(name) + at(resolver);
    }

    /** Where the TLSA records of an SMTP server live: {@code _25._tcp.<host>} (RFC 7672 §2.2.2, RFC 6698 §3). */
    public static String daneName(String mxHost, int port) {
        return "_" + port + "._tcp." + mxHost;
    }

    /** The policy fetch as a sender makes it: HTTPS, no redirects followed (RFC 8461 §3.3). */
    public static String curlPolicy(String policyHost, int port, Path caFile) {
        String url = "https://" + policyHost + (port == 443 ? "" : ":" + port) + "/.well-known/mta-sts.txt";
        return "curl -sSv --max-redirs 0" + (caFile == null ? "" : " --cacert " + quote(caFile.toString())) + " " + url;
    }

    /**
     * STARTTLS to one MX host with chain and name verification: {@code -verify_return_error} stops on a
     * bad chain, {@code -verify_hostname} on a certificate for another name (RFC 8461 §4.2).
     */
    public static String starttls(String mxHost, int port, Path caFile) {
        return "openssl s_client -starttls smtp -connect " + quote(hostPort(mxHost, port)) + " -servername "
                + quote(mxHost) + " -verify_hostname " + quote(mxHost) + " -verify_return_error"
                + (caFile == null ? "" : " -CAfile " + quote(caFile.toString()))
                + " </dev/null";
    }

    private static String hostPort(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    private static String at(ResolverSpec resolver) {
        if (resolver instanceof ResolverSpec.Server s) {
            return " @" + quote(s.host()) + (s.port() == 53 ? "" : " -p " + s.port());
        }
        if (resolver instanceof ResolverSpec.DnsOverHttps d) {
            URI u = d.url();
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/dns-query" : u.getRawPath();
            return " @" + quote(u.getHost()) + (u.getPort() > 0 && u.getPort() != 443 ? " -p " + u.getPort() : "")
                    + (path.equals("/dns-query") ? " +https" : " +https=" + quote(path));
        }
        return "";
    }

    /** Single-quotes a word for a POSIX shell unless it is plainly safe. */
    static String quote(String s) {
        if (!s.isEmpty() && SHELL_SAFE.matcher(s).matches()) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
