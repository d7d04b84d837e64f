package org.mtasts.wizard.check;

import java.util.List;

/**
 * The TXT records found at one name, as a sender sees them.
 *
 * @param name       the name asked, e.g. {@code _mta-sts.example.com}
 * @param outcome    how the question ended
 * @param records    every TXT record at the end of the CNAME chain, each with its character-strings
 *                   joined with no separator (RFC 8461 section 3.1); unrelated records included
 * @param cnameChain the CNAME targets followed, in order (empty when none)
 * @param ttlSeconds the smallest TTL of the answer, or -1 when there was none
 * @param message    a one-sentence description of the outcome
 */
public record TxtLookup(
        String name,
        DnsOutcome outcome,
        List<String> records,
        List<String> cnameChain,
        long ttlSeconds,
        String message) {
    public TxtLookup {
        records = List.copyOf(records);
        cnameChain = List.copyOf(cnameChain);
    }
}
