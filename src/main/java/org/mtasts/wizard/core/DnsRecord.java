package org.mtasts.wizard.core;

import java.util.Objects;

/**
 * One DNS record to publish.
 *
 * @param name  the owner name, fully qualified, in A-labels, without the trailing dot
 * @param type  the record type, e.g. {@code TXT}
 * @param value the record data as a person enters it in a DNS provider's form (TXT: the unquoted text)
 * @param ttl   the suggested TTL in seconds
 */
public record DnsRecord(String name, String type, String value, long ttl) {

    public DnsRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The name relative to the zone {@code zone} (A-labels), as most DNS hosting consoles want it
     * in their Name/Host field: {@code _mta-sts} for {@code _mta-sts.example.com} in
     * {@code example.com}, {@code @} for the zone itself; the full name when it is outside the zone.
     */
    public String relativeName(String zone) {
        if (name.equalsIgnoreCase(zone)) {
            return "@";
        }
        String suffix = "." + zone;
        if (name.length() > suffix.length()
                && name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length())) {
            return name.substring(0, name.length() - suffix.length());
        }
        return name;
    }

    /**
     * The zone-file line: {@code name. TTL IN TYPE data}. TXT data longer than 255 octets is split
     * into several quoted character-strings (RFC 1035 §3.3.14), which senders join again.
     */
    public String zoneLine() {
        String data = type.equals("TXT") ? TxtStrings.quote(value) : value;
        return name + ".\t" + ttl + "\tIN\t" + type + "\t" + data;
    }
}
