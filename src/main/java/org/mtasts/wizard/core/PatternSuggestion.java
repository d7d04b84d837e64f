package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggested {@code mx} patterns for a set of MX hosts: exact names by default (the narrowest
 * policy that covers every host), and wildcards only as explicit alternatives with their risk stated.
 *
 * @param exact        one exact pattern per host, in input order (the recommendation)
 * @param alternatives wildcard alternatives, one per parent domain that holds two or more of the hosts
 */
public record PatternSuggestion(List<MxPattern> exact, List<WildcardAlternative> alternatives) {

    public PatternSuggestion {
        exact = List.copyOf(exact);
        alternatives = List.copyOf(alternatives);
    }

    /**
     * A wildcard in place of some exact names.
     *
     * @param wildcard the wildcard pattern, e.g. {@code *.mail.example.net}
     * @param covers   the given hosts it covers
     * @param patterns the whole alternative pattern list: the wildcard plus exact names for the other hosts
     * @param risk     what accepting the wildcard means, in plain words
     */
    public record WildcardAlternative(MxPattern wildcard, List<String> covers, List<MxPattern> patterns, String risk) {
        public WildcardAlternative {
            covers = List.copyOf(covers);
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * What accepting a wildcard means, in plain words (the wizard calls out every wildcard with it).
     *
     * @param wildcard a wildcard pattern such as {@code *.mail.example.net}
     * @param hosts    the domain's MX hosts it covers (may be empty)
     */
    public static String wildcardRisk(MxPattern wildcard, List<String> hosts) {
        String base = wildcard.base();
        String only = hosts.isEmpty() ? "" : ", not only " + String.join(", ", hosts);
        return "Senders would accept any host directly under " + base + " (for example anything." + base
                + ") as a valid MX for your domain" + only + ". Whoever can create names and get certificates in "
                + base + " (another team, your mail provider's other customers) could receive your mail if they can"
                + " also make senders see a forged MX record. Deeper names such as a.b." + base + " are not covered.";
    }

    /**
     * Advice on each wildcard among a policy's {@code mx} patterns ({@link FindingCode#SETUP_WILDCARD},
     * an info with {@link #wildcardRisk}): legal per RFC 8461 §4.1, but it widens who may receive
     * the domain's mail. The one entry point for this advice: the Mail servers screen shows it as
     * patterns are edited, {@link SetupArtifacts#advise} includes it for {@code generate} and Publish.
     */
    public static List<Finding> adviseWildcards(List<MxPattern> patterns) {
        List<Finding> out = new ArrayList<>();
        for (MxPattern p : patterns) {
            if (p.isWildcard()) {
                out.add(Finding.of(
                        FindingCode.SETUP_WILDCARD,
                        0,
                        "mx " + p + ": " + wildcardRisk(p, List.of()),
                        "prefer listing each MX host exactly"));
            }
        }
        return out;
    }

    /**
     * Suggests patterns for the given MX hosts (trailing dots, case and duplicates are normalised;
     * invalid names and the null MX are skipped).
     */
    public static PatternSuggestion suggest(List<String> mxHosts) {
        Set<String> hosts = new LinkedHashSet<>();
        for (String raw : mxHosts) {
            if (raw == null) {
                continue;
            }
            String h = raw.strip().toLowerCase(Locale.ROOT);
            if (h.endsWith(".")) {
                h = h.substring(0, h.length() - 1);
            }
            if (!h.isEmpty() && HostSyntax.check(h).isEmpty()) {
                hosts.add(h);
            }
        }
        List<MxPattern> exact = new ArrayList<>();
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        for (String h : hosts) {
            exact.add(MxPattern.of(h));
            int dot = h.indexOf('.');
            String parent = h.substring(dot + 1);
            // A wildcard directly under a top-level domain would accept half the Internet.
            if (dot > 0 && parent.indexOf('.') > 0) {
                byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(h);
            }
        }
        List<WildcardAlternative> alternatives = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byParent.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            MxPattern wildcard = MxPattern.of("*." + e.getKey());
            List<MxPattern> patterns = new ArrayList<>();
            boolean placed = false;
            for (String h : hosts) {
                if (wildcard.matches(h)) {
                    if (!placed) {
                        patterns.add(wildcard);
                        placed = true;
                    }
                } else {
                    patterns.add(MxPattern.of(h));
                }
            }
            String risk = wildcardRisk(wildcard, e.getValue());
            alternatives.add(new WildcardAlternative(wildcard, e.getValue(), patterns, risk));
        }
        return new PatternSuggestion(exact, alternatives);
    }
}
