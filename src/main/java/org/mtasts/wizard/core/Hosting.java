package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;

/** The hosting files and steps per target. Every target must serve the policy as text/plain over HTTPS (RFC 8461 §3.3). */
final class Hosting {
    private Hosting() {}

    static HostingBundle bundle(HostingTarget target, DomainName d, String policy) {
        String host = d.policyHost();
        String url = d.policyUrl();
        List<HostedFile> files = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        HostedFile policyFile = new HostedFile(SetupArtifacts.POLICY_PATH, policy);
        // Git may rewrite line endings on commit; -text keeps the policy's CRLF exactly as generated.
        HostedFile gitattributes = new HostedFile(".gitattributes", SetupArtifacts.POLICY_PATH + " -text\n");
        String headers = "/" + SetupArtifacts.POLICY_PATH + "\n  Content-Type: text/plain; charset=utf-8\n";
        String root = "/var/www/" + host;
        switch (target) {
            case GITHUB_PAGES -> {
                files.add(policyFile);
                // GitHub Pages (Jekyll) skips folders starting with a dot unless .nojekyll exists.
                files.add(new HostedFile(".nojekyll", ""));
                files.add(new HostedFile("CNAME", host + "\n"));
                files.add(gitattributes);
                steps.add(
                        "Create a new GitHub repository (public, or private on a paid plan) and add these files at its root, keeping the .well-known folder.");
                steps.add("In the repository's Settings > Pages, publish from the main branch, folder / (root).");
                steps.add("At your DNS provider, add a CNAME record: " + host
                        + " pointing to YOUR-GITHUB-USER.github.io.");
                steps.add("Back in Settings > Pages, wait until the custom domain " + host
                        + " shows a valid certificate, then tick 'Enforce HTTPS' (senders fetch only over HTTPS).");
                steps.add("Open " + url + " in a browser: it must show the policy, with no redirect.");
                steps.add("Publish the DNS TXT records, then run the check.");
            }
            case NETLIFY, CLOUDFLARE_PAGES -> {
                files.add(policyFile);
                // Both read a _headers file at the site root; it makes the content type explicit.
                files.add(new HostedFile("_headers", headers));
                files.add(gitattributes);
                String name = target.displayName();
                steps.add("Create a new " + name
                        + " site from a folder (or a Git repository) holding these files at its root.");
                steps.add("Add the custom domain " + host + " to the site and create the DNS record " + name
                        + " asks for (usually a CNAME for " + host + ").");
                steps.add("Wait until " + name + " has issued the HTTPS certificate for " + host + ".");
                steps.add("Open " + url + " in a browser: it must show the policy as plain text, with no redirect.");
                steps.add("Publish the DNS TXT records, then run the check.");
            }
            case NGINX -> {
                files.add(policyFile);
                // certbot's HTTP-01 challenge arrives on port 80, before the HTTPS block can load (its
                // certificate does not exist yet), so port 80 gets a file of its own that serves only
                // the challenge: the policy itself is never offered over plain HTTP (RFC 8461 §3.3).
                String acme = "nginx/" + host + "-acme.conf";
                files.add(new HostedFile(acme, """
                        # Port 80 for %1$s: only certbot's HTTP-01 challenge, nothing else.
                        # Senders fetch the policy over HTTPS only (RFC 8461 §3.3).
                        server {
                            listen 80;
                            listen [::]:80;
                            server_name %2$s;

                            location /.well-known/acme-challenge/ {
                                root %3$s;
                            }

                            location / {
                                return 404;
                            }
                        }
                        """.formatted(d.display(), host, root)));
                files.add(new HostedFile("nginx/" + host + ".conf", """
                        # MTA-STS policy host for %1$s (RFC 8461 §3.3): HTTPS only, text/plain, no redirects.
                        server {
                            listen 443 ssl;
                            listen [::]:443 ssl;
                            server_name %2$s;

                            ssl_certificate     /etc/letsencrypt/live/%2$s/fullchain.pem;
                            ssl_certificate_key /etc/letsencrypt/live/%2$s/privkey.pem;
                            ssl_protocols       TLSv1.2 TLSv1.3;

                            root %3$s;

                            location = /.well-known/mta-sts.txt {
                                default_type text/plain;
                                types { }
                                charset utf-8;
                            }

                            location / {
                                return 404;
                            }
                        }
                        """.formatted(d.display(), host, root)));
                steps.add("Point " + host + " at your server with an A (and AAAA) record.");
                steps.add("Copy .well-known/mta-sts.txt to " + root + "/.well-known/mta-sts.txt.");
                steps.add("Copy " + acme + " to /etc/nginx/conf.d/" + host
                        + "-acme.conf, then run 'nginx -t' and reload nginx: port 80 now answers certbot's"
                        + " challenge for " + host + ".");
                steps.add("Get a certificate for " + host + ": 'certbot certonly --webroot -w " + root + " -d " + host
                        + "' (adjust the two ssl_certificate paths if it lands elsewhere).");
                steps.add("Copy nginx/" + host + ".conf to /etc/nginx/conf.d/" + host
                        + ".conf, then run 'nginx -t' and reload nginx.");
                steps.add("Open " + url + ": it must show the policy as plain text, with no redirect.");
                steps.add("Publish the DNS TXT records, then run the check.");
            }
            case APACHE -> {
                files.add(policyFile);
                files.add(new HostedFile("apache/" + host + ".conf", """
                        # MTA-STS policy host for %1$s (RFC 8461 §3.3): HTTPS only, text/plain, no redirects.
                        # Needs mod_ssl (a2enmod ssl).
                        <VirtualHost *:443>
                            ServerName %2$s
                            DocumentRoot %3$s

                            SSLEngine on
                            SSLProtocol -all +TLSv1.2 +TLSv1.3
                            SSLCertificateFile    /etc/letsencrypt/live/%2$s/fullchain.pem
                            SSLCertificateKeyFile /etc/letsencrypt/live/%2$s/privkey.pem

                            <Location "/.well-known/mta-sts.txt">
                                ForceType "text/plain; charset=utf-8"
                            </Location>

                            <Directory %3$s>
                                Require all granted
                                Options None
                                AllowOverride None
                            </Directory>
                        </VirtualHost>
                        """.formatted(d.display(), host, root)));
                steps.add("Point " + host + " at your server with an A (and AAAA) record.");
                steps.add("Get a certificate for " + host
                        + " (for example with certbot) and adjust the two certificate paths if needed.");
                steps.add("Copy .well-known/mta-sts.txt to " + root + "/.well-known/mta-sts.txt.");
                steps.add("Copy the Apache file to /etc/apache2/sites-available/" + host + ".conf, run 'a2ensite "
                        + host + "' and 'apachectl configtest', then reload Apache.");
                steps.add("Open " + url + ": it must show the policy as plain text, with no redirect.");
                steps.add("Publish the DNS TXT records, then run the check.");
            }
            case CADDY -> {
                files.add(policyFile);
                files.add(new HostedFile("caddy/Caddyfile", """
                        # MTA-STS policy host for %1$s (RFC 8461 §3.3). Caddy gets the certificate itself.
                        %2$s {
                        \troot * %3$s
                        \thandle /.well-known/mta-sts.txt {
                        \t\theader Content-Type "text/plain; charset=utf-8"
                        \t\tfile_server
                        \t}
                        \thandle {
                        \t\trespond 404
                        \t}
                        }
                        """.formatted(d.display(), host, root)));
                steps.add("Point " + host
                        + " at your server with an A (and AAAA) record; Caddy obtains the certificate on first start.");
                steps.add("Copy .well-known/mta-sts.txt to " + root + "/.well-known/mta-sts.txt.");
                steps.add("Add the Caddyfile block to your Caddyfile, then run 'caddy validate' and reload Caddy.");
                steps.add("Open " + url + ": it must show the policy as plain text.");
                steps.add("Publish the DNS TXT records, then run the check.");
            }
            default -> throw new IllegalStateException("unknown target " + target);
        }
        return new HostingBundle(target, files, steps);
    }
}
