package org.mtasts.wizard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each hosting target's files and steps: the paths in order, the policy verbatim, the step count. */
class HostingTest {
    private static final DomainName DOMAIN = DomainName.of("bücher.example");
    private static final String POLICY = "version: STSv1\r\nmode: testing\r\nmx: mx1.example.net\r\nmax_age: 86400\r\n";

    @Test
    void everyTargetHasItsFileList() {
        String host = "mta-sts.xn--bcher-kva.example";
        Map<HostingTarget, List<String>> expected = Map.of(
                HostingTarget.GITHUB_PAGES,
                List.of(".well-known/mta-sts.txt", ".nojekyll", "CNAME", ".gitattributes"),
                HostingTarget.NETLIFY,
                List.of(".well-known/mta-sts.txt", "_headers", ".gitattributes"),
                HostingTarget.CLOUDFLARE_PAGES,
                List.of(".well-known/mta-sts.txt", "_headers", ".gitattributes"),
                HostingTarget.NGINX,
                List.of(".well-known/mta-sts.txt", "nginx/" + host + "-acme.conf", "nginx/" + host + ".conf"),
                HostingTarget.APACHE,
                List.of(".well-known/mta-sts.txt", "apache/" + host + ".conf"),
                HostingTarget.CADDY,
                List.of(".well-known/mta-sts.txt", "caddy/Caddyfile"));
        Map<HostingTarget, Integer> steps = Map.of(
                HostingTarget.GITHUB_PAGES, 6,
                HostingTarget.NETLIFY, 5,
                HostingTarget.CLOUDFLARE_PAGES, 5,
                HostingTarget.NGINX, 7,
                HostingTarget.APACHE, 6,
                HostingTarget.CADDY, 5);
        for (HostingTarget t : HostingTarget.values()) {
            HostingBundle b = Hosting.bundle(t, DOMAIN, POLICY);
            assertEquals(t, b.target());
            assertEquals(
                    expected.get(t), b.files().stream().map(HostedFile::path).toList(), t.toString());
            assertEquals(POLICY, b.files().get(0).content(), t.toString());
            assertEquals(steps.get(t), b.steps().size(), t.toString());
        }
    }

    @Test
    void placeholdersAreFilledAndNoneRemain() {
        for (HostingTarget t : HostingTarget.values()) {
            HostingBundle b = Hosting.bundle(t, DOMAIN, POLICY);
            String all = String.join("\n", b.steps())
                    + b.files().stream().map(f -> f.path() + "\n" + f.content()).reduce("", String::concat);
            for (String p : List.of("{domain}", "{host}", "{url}", "{root}", "{name}", "{policy}")) {
                assertEquals(-1, all.indexOf(p), t + " still holds " + p);
            }
        }
    }

    @Test
    void netlifyAndCloudflarePagesNameThemselvesInTheirSteps() {
        assertEquals(
                "Wait until Netlify has issued the HTTPS certificate for mta-sts.xn--bcher-kva.example.",
                Hosting.bundle(HostingTarget.NETLIFY, DOMAIN, POLICY).steps().get(2));
        assertEquals(
                "Wait until Cloudflare Pages has issued the HTTPS certificate for mta-sts.xn--bcher-kva.example.",
                Hosting.bundle(HostingTarget.CLOUDFLARE_PAGES, DOMAIN, POLICY)
                        .steps()
                        .get(2));
    }
}
