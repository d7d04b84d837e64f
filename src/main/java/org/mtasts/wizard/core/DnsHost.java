package org.mtasts.wizard.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A DNS hosting provider as its console behaves: recognised by its name servers, and what its
 * record form wants in the Name field and the TXT value field. The table is data
 * ({@code dns-hosts.txt}, read by {@link DnsHostTable#parse}).
 *
 * @param id        a stable identifier, e.g. {@code cloudflare}
 * @param name      the provider's name as users know it
 * @param nsPatterns regular expressions over NS names (lower case, no trailing dot)
 * @param nameField what the Name/Host field takes
 * @param quotes    how TXT values are typed
 * @param ttl       the TTL choices, in words
 * @param traps     known pitfalls with this provider, each for the records it concerns
 */
public record DnsHost(
        String id,
        String name,
        List<Pattern> nsPatterns,
        NameField nameField,
        Quotes quotes,
        String ttl,
        List<Trap> traps) {

    public DnsHost {
        nsPatterns = List.copyOf(nsPatterns);
        traps = List.copyOf(traps);
    }

    /** A known pitfall and the records it concerns. */
    public record Trap(Scope scope, String text) {}

    /** Which records a trap concerns. */
    public enum Scope {
        /** Every record. */
        ANY,
        /** The TXT records ({@code _mta-sts}, {@code _smtp._tls}). */
        TXT,
        /** The policy host's address or CNAME record ({@code mta-sts.<domain>}). */
        POLICY_HOST;

        /** True when a trap of this scope concerns {@code record}. */
        public boolean concerns(DnsRecord record) {
            return switch (this) {
                case ANY -> true;
                case TXT -> record.type().equals("TXT");
                case POLICY_HOST -> !record.type().equals("TXT");
            };
        }
    }

    /** What a console's Name/Host field takes. */
    public enum NameField {
        /** The label within the zone ({@code _mta-sts}); the console appends the zone. */
        RELATIVE,
        /** The whole name ({@code _mta-sts.example.com}). */
        FULL
    }

    /** How a console wants TXT values typed. */
    public enum Quotes {
        /** Without quotes: quotes typed are stored as part of the text. */
        NONE,
        /** Inside double quotes (zone-file syntax). */
        REQUIRED,
        /** Either way; the console adds them itself. */
        OPTIONAL
    }

    /** True when {@code nsName} (any case, trailing dot or not) is one of this provider's servers. */
    public boolean servesFrom(String nsName) {
        String n = DnsHostTable.normalize(nsName);
        return nsPatterns.stream().anyMatch(p -> p.matcher(n).matches());
    }
}
