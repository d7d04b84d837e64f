package org.mtasts.wizard.core;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosting files and steps per target, as a table: one {@link Kind} per kind of static host, its
 * files (paths and contents) and its steps written once with placeholders that {@link #bundle}
 * fills in for a domain. Every target must serve the policy as text/plain over HTTPS, with no
 * redirect (RFC 8461 §3.3).
 */
final class Hosting {
    private Hosting() {}

    /**
     * What a kind of host needs. Paths, contents and steps may hold {@code {domain}} (the domain as
     * shown), {@code {host}} (the policy host), {@code {url}} (the policy URL), {@code {root}} (the
     * web root on a server of one's own), {@code {name}} (the target's display name) and
     * {@code {policy}} (the policy text).
     */
    private record Kind(List<HostedFile> files, List<String> steps) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(domain|host|url|root|name|policy)\\}");

    private static final HostedFile POLICY = new HostedFile(SetupArtifacts.POLICY_PATH, "{policy}");

    // Git may rewrite line endings on commit; -text keeps the policy's CRLF exactly as generated.
    private static final HostedFile GITATTRIBUTES =
            new HostedFile(".gitattributes", SetupArtifacts.POLICY_PATH + " -text\n");

    private static final String CHECK_STEP = "Publish the DNS TXT records, then run the check.";

    private static final Kind GITHUB_PAGES = new Kind(
            List.of(
                    POLICY,
                    // GitHub Pages (Jekyll) skips folders starting with a dot unless .nojekyll exists.
                    new HostedFile(".nojekyll", ""),
                    new HostedFile("CNAME", "{host}\n"),
                    GITATTRIBUTES),
            List.of(
                    "Create a new GitHub repository (public, or private on a paid plan) and add these files at its root, keeping the .well-known folder.",
                    "In the repository's Settings > Pages, publish from the main branch, folder / (root).",
                    "At your DNS provider, add a CNAME record: {host} pointing to YOUR-GITHUB-USER.github.io.",
                    "Back in Settings > Pages, wait until the custom domain {host} shows a valid certificate,"
                            + " then tick 'Enforce HTTPS' (senders fetch only over HTTPS).",
                    "Open {url} in a browser: it must show the policy, with no redirect.",
                    CHECK_STEP));

    /** Netlify and Cloudflare Pages: both read a _headers file at the site root, which makes the content type explicit. */
    private static final Kind PAGES_WITH_HEADERS = new Kind(
            List.of(
                    POLICY,
                    new HostedFile(
                            "_headers",
                            "/" + SetupArtifacts.POLICY_PATH + "\n  Content-Type: text/plain; charset=utf-8\n"),
                    GITATTRIBUTES),
            List.of(
                    "Create a new {name} site from a folder (or a Git repository) holding these files at its root.",
                    "Add the custom domain {host} to the site and create the DNS record {name} asks for"
                            + " (usually a CNAME for {host}).",
                    "Wait until {name} has issued the HTTPS certificate for {host}.",
                    "Open {url} in a browser: it must show the policy as plain text, with no redirect.",
                    CHECK_STEP));

    /**
     * nginx with certbot. certbot's HTTP-01 challenge arrives on port 80, before the HTTPS block can
     * load (its certificate does not exist yet), so port 80 gets a file of its own that serves only
     * the challenge: the policy itself is never offered over plain HTTP (RFC 8461 §3.3).
     */
    private static final Kind NGINX = new Kind(
            List.of(POLICY, new HostedFile("nginx/{host}-acme.conf", """
                            # Port 80 for {domain}: only certbot's HTTP-01 challenge, nothing else.
                            # Senders fetch the policy over HTTPS only (RFC 8461 §3.3).
                            server {
                                listen 80;
                                listen [::]:80;
                                server_name {host};

                                location /.well-known/acme-challenge/ {
                                    root {root};
                                }

                                location / {
                                    return 404;
                                }
                            }
                            """), new HostedFile("nginx/{host}.conf", """
                            # MTA-STS policy host for {domain} (RFC 8461 §3.3): HTTPS only, text/plain, no redirects.
                            server {
                                listen 443 ssl;
                                listen [::]:443 ssl;
                                server_name {host};

                                ssl_certificate     /etc/letsencrypt/live/{host}/fullchain.pem;
                                ssl_certificate_key /etc/letsencrypt/live/{host}/privkey.pem;
                                ssl_protocols       TLSv1.2 TLSv1.3;

                                root {root};

                                location = /.well-known/mta-sts.txt {
                                    default_type text/plain;
                                    types { }
                                    charset utf-8;
                                }

                                location / {
                                    return 404;
                                }
                            }
                            """)),
            List.of(
                    "Point {host} at your server with an A (and AAAA) record.",
                    "Copy .well-known/mta-sts.txt to {root}/.well-known/mta-sts.txt.",
                    "Copy nginx/{host}-acme.conf to /etc/nginx/conf.d/{host}-acme.conf, then run 'nginx -t' and"
                            + " reload nginx: port 80 now answers certbot's challenge for {host}.",
                    "Get a certificate for {host}: 'certbot certonly --webroot -w {root} -d {host}'"
                            + " (adjust the two ssl_certificate paths if it lands elsewhere).",
                    "Copy nginx/{host}.conf to /etc/nginx/conf.d/{host}.conf, then run 'nginx -t' and reload nginx.",
                    "Open {url}: it must show the policy as plain text, with no redirect.",
                    CHECK_STEP));

    private static final Kind APACHE = new Kind(
            List.of(POLICY, new HostedFile("apache/{host}.conf", """
                    # MTA-STS policy host for {domain} (RFC 8461 §3.3): HTTPS only, text/plain, no redirects.
                    # Needs mod_ssl (a2enmod ssl).
                    <VirtualHost *:443>
                        ServerName {host}
                        DocumentRoot {root}

                        SSLEngine on
                        SSLProtocol -all +TLSv1.2 +TLSv1.3
                        SSLCertificateFile    /etc/letsencrypt/live/{host}/fullchain.pem
                        SSLCertificateKeyFile /etc/letsencrypt/live/{host}/privkey.pem

                        <Location "/.well-known/mta-sts.txt">
                            ForceType "text/plain; charset=utf-8"
                        </Location>

                        <Directory {root}>
                            Require all granted
                            Options None
                            AllowOverride None
                        </Directory>
                    </VirtualHost>
                    """)),
            List.of(
                    "Point {host} at your server with an A (and AAAA) record.",
                    "Get a certificate for {host} (for example with certbot) and adjust the two certificate paths"
                            + " if needed.",
                    "Copy .well-known/mta-sts.txt to {root}/.well-known/mta-sts.txt.",
                    "Copy the Apache file to /etc/apache2/sites-available/{host}.conf, run 'a2ensite {host}' and"
                            + " 'apachectl configtest', then reload Apache.",
                    "Open {url}: it must show the policy as plain text, with no redirect.",
                    CHECK_STEP));

    private static final Kind CADDY = new Kind(
            List.of(POLICY, new HostedFile("caddy/Caddyfile", """
                    # MTA-STS policy host for {domain} (RFC 8461 §3.3). Caddy gets the certificate itself.
                    {host} {
                    \troot * {root}
                    \thandle /.well-known/mta-sts.txt {
                    \t\theader Content-Type "text/plain; charset=utf-8"
                    \t\tfile_server
                    \t}
                    \thandle {
                    \t\trespond 404
                    \t}
                    }
                    """)),
            List.of(
                    "Point {host} at your server with an A (and AAAA) record; Caddy obtains the certificate on"
                            + " first start.",
                    "Copy .well-known/mta-sts.txt to {root}/.well-known/mta-sts.txt.",
                    "Add the Caddyfile block to your Caddyfile, then run 'caddy validate' and reload Caddy.",
                    "Open {url}: it must show the policy as plain text.",
                    CHECK_STEP));

    private static final Map<HostingTarget, Kind> KINDS = Map.of(
            HostingTarget.GITHUB_PAGES, GITHUB_PAGES,
            HostingTarget.NETLIFY, PAGES_WITH_HEADERS,
            HostingTarget.CLOUDFLARE_PAGES, PAGES_WITH_HEADERS,
            HostingTarget.NGINX, NGINX,
            HostingTarget.APACHE, APACHE,
            HostingTarget.CADDY, CADDY);

    static HostingBundle bundle(HostingTarget target, DomainName d, String policy) {
        Kind kind = KINDS.get(target);
        if (kind == null) {
            throw new IllegalStateException("unknown target " + target);
        }
        String host = d.policyHost();
        Map<String, String> values = Map.of(
                "domain",
                d.display(),
                "host",
                host,
                "url",
                d.policyUrl(),
                "root",
                "/var/www/" + host,
                "name",
                target.displayName(),
                "policy",
                policy);
        List<HostedFile> files = kind.files().stream()
                .map(f -> new HostedFile(fill(f.path(), values), fill(f.content(), values)))
                .toList();
        List<String> steps = kind.steps().stream().map(s -> fill(s, values)).toList();
        return new HostingBundle(target, files, steps);
    }

    /** Replaces the placeholders in one pass, so a value (the policy, a name) is never read as a template. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
