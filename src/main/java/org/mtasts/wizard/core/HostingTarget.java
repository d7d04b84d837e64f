package org.mtasts.wizard.core;

/** Where the policy file can be hosted; each gets its files and step-by-step instructions. */
public enum HostingTarget {
    GITHUB_PAGES("GitHub Pages", "github-pages"),
    NETLIFY("Netlify", "netlify"),
    CLOUDFLARE_PAGES("Cloudflare Pages", "cloudflare-pages"),
    NGINX("nginx", "nginx"),
    APACHE("Apache httpd", "apache"),
    CADDY("Caddy", "caddy");

    private final String displayName;
    private final String slug;

    HostingTarget(String displayName, String slug) {
        this.displayName = displayName;
        this.slug = slug;
    }

    /** Human name, e.g. "GitHub Pages". */
    public String displayName() {
        return displayName;
    }

    /** File-system and command-line name, e.g. {@code github-pages}. */
    public String slug() {
        return slug;
    }
}
