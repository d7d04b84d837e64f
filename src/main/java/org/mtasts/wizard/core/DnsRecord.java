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
     * The zone-file line: {@code name. TTL IN TYPE data}. TXT data longer than 255 octets is split
     * into several quoted character-strings (RFC 1035 §3.3.14), which senders join again.
     */
    public String zoneLine() {
        String data = type.equals("TXT") ? TxtStrings.quote(value) : value;
        return name + ".\t" + ttl + "\tIN\t" + type + "\t" + data;
    }
}
