package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The DNS hosting providers this project knows, read from their data table, and which of them
 * serves a zone, judged from the zone's NS names.
 */
public final class DnsHostTable {
    private final List<DnsHost> hosts;

    private DnsHostTable(List<DnsHost> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    public List<DnsHost> hosts() {
        return hosts;
    }

    /** The provider with {@code id}, if the table has it. */
    public Optional<DnsHost> byId(String id) {
        return hosts.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /**
     * Which providers serve a zone whose NS names are {@code nsNames}: those that serve the most of
     * them, in table order (several when providers share name servers: Netlify DNS runs on NS1).
     * Empty when none is known; {@code unmatched} lists NS names no provider claims (a secondary
     * server elsewhere, say).
     */
    public Detection detect(List<String> nsNames) {
        Map<DnsHost, Integer> counts = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (String ns : nsNames) {
            boolean any = false;
            for (DnsHost h : hosts) {
                if (h.servesFrom(ns)) {
                    counts.merge(h, 1, Integer::sum);
                    any = true;
                }
            }
            if (!any) {
                unmatched.add(normalize(ns));
            }
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<DnsHost> found = counts.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
        return new Detection(found, unmatched);
    }

    /**
     * The providers a zone's name servers point to.
     *
     * @param hosts     the likely providers, best first; empty when unknown
     * @param unmatched NS names no known provider claims
     */
    public record Detection(List<DnsHost> hosts, List<String> unmatched) {
        public Detection {
            hosts = List.copyOf(hosts);
            unmatched = List.copyOf(unmatched);
        }

        /** The provider whose instructions to show, if any is known. */
        public Optional<DnsHost> primary() {
            return hosts.isEmpty() ? Optional.empty() : Optional.of(hosts.get(0));
        }

        /** "Cloudflare", "NS1 (IBM NS1 Connect) or Netlify DNS", or empty. */
        public String names() {
            List<String> n = hosts.stream().map(DnsHost::name).toList();
            if (n.size() <= 1) {
                return String.join("", n);
            }
            return String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.get(n.size() - 1);
        }
    }

    /**
     * Reads the table: {@code [id]} opens a block, {@code key = value} lines fill it, {@code #}
     * starts a comment line. A malformed table is a programming error in a shipped resource, so it
     * throws {@link IllegalArgumentException} naming the line.
     */
    public static DnsHostTable parse(String text) {
        List<DnsHost> out = new ArrayList<>();
        Block block = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (block != null) {
                    out.add(block.build());
                }
                block = new Block(line.substring(1, line.length() - 1).strip(), i + 1);
                continue;
            }
            int eq = line.indexOf('=');
            if (block == null || eq < 0) {
                throw new IllegalArgumentException("dns host table line " + (i + 1) + ": expected [id] or key = value");
            }
            block.set(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), i + 1);
        }
        if (block != null) {
            out.add(block.build());
        }
        return new DnsHostTable(out);
    }

    /** Lower case, without the trailing dot. */
    static String normalize(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** One provider's lines while the table is read. */
    private static final class Block {
        private final String id;
        private final int line;
        private String name;
        private final List<Pattern> ns = new ArrayList<>();
        private DnsHost.NameField nameField;
        private DnsHost.Quotes quotes;
        private String ttl = "";
        private final List<DnsHost.Trap> traps = new ArrayList<>();

        Block(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void set(String key, String value, int at) {
            try {
                switch (key) {
                    case "name" -> name = value;
                    case "ns" -> ns.add(Pattern.compile(value));
                    case "name-field" -> nameField = DnsHost.NameField.valueOf(value.toUpperCase(Locale.ROOT));
                    case "quotes" -> quotes = DnsHost.Quotes.valueOf(value.toUpperCase(Locale.ROOT));
                    case "ttl" -> ttl = value;
                    case "trap" -> traps.add(new DnsHost.Trap(DnsHost.Scope.ANY, value));
                    case "trap-txt" -> traps.add(new DnsHost.Trap(DnsHost.Scope.TXT, value));
                    case "trap-policy-host" -> traps.add(new DnsHost.Trap(DnsHost.Scope.POLICY_HOST, value));
                    default -> throw new IllegalArgumentException("unknown key '" + key + "'");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "dns host table line " + at + ": bad ns pattern: " + e.getDescription());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dns host table line " + at + ": " + e.getMessage());
            }
        }

        DnsHost build() {
            if (name == null || ns.isEmpty() || nameField == null || quotes == null) {
                throw new IllegalArgumentException(
                        "dns host table block [" + id + "] at line " + line + " needs name, ns, name-field and quotes");
            }
            return new DnsHost(id, name, ns, nameField, quotes, ttl, traps);
        }
    }
}
