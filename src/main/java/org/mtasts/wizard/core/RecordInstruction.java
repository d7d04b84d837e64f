package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What to type into a DNS host's record form for one record: the Name field, the value field,
 * the TTL, and the notes that keep the usual mistakes away (the domain typed twice, quotes stored
 * as text, a proxied policy host).
 *
 * @param record the record to publish
 * @param host   the provider whose console this is written for, or null for generic instructions
 * @param name   what to type in the Name/Host field
 * @param value  what to type in the value field
 * @param ttl    the TTL advice
 * @param notes  the pitfalls, one sentence each
 */
public record RecordInstruction(
        DnsRecord record, DnsHost host, String name, String value, String ttl, List<String> notes) {

    public RecordInstruction {
        notes = List.copyOf(notes);
    }

    /**
     * The instructions for {@code record} in {@code zone} (the zone the domain's records live in,
     * which may be a parent of the domain) on {@code host}'s console; {@code host} null gives the
     * generic instructions that suit most consoles.
     */
    public static RecordInstruction of(DnsHost host, DnsRecord record, String zone) {
        String relative = record.relativeName(zone);
        boolean txt = record.type().equals("TXT");
        List<String> notes = new ArrayList<>();
        String name;
        String value = record.value();
        String ttl;
        if (host == null) {
            name = relative;
            notes.add("Most consoles take only " + relative + " in the Name field and add ." + zone
                    + " themselves; if yours lists records with their full names, type " + record.name() + ".");
            if (txt) {
                notes.add("Type the value without quotes unless your console's own examples show them; after"
                        + " saving, the value must not start with a quote character.");
            }
            ttl =
                    "Any value; 1 hour (3600 s) is usual. A short TTL (300 s) while you set up shortens the wait after a fix.";
            return new RecordInstruction(record, null, name, value, ttl, notes);
        }
        if (host.nameField() == DnsHost.NameField.RELATIVE) {
            name = relative;
            if (!relative.equals(record.name())) {
                notes.add("Type only " + relative + " in the Name field: " + host.name() + " adds ." + zone
                        + " itself (typing the full name makes " + record.name() + "." + zone + ").");
            }
        } else {
            name = record.name();
            notes.add("Type the full name, " + record.name() + ", in the Name field.");
        }
        if (txt) {
            switch (host.quotes()) {
                case REQUIRED -> {
                    value = TxtStrings.quote(record.value());
                    notes.add("Type the value inside double quotes, as shown: " + host.name()
                            + " takes zone-file syntax.");
                }
                case NONE ->
                    notes.add("Type the value without quotes: " + host.name()
                            + " stores quotes you type as part of the text, and senders then ignore the record.");
                case OPTIONAL -> notes.add("Quotes are optional: " + host.name() + " adds them itself.");
            }
        }
        notes.addAll(host.traps().stream()
                .filter(t -> t.scope().concerns(record))
                .map(DnsHost.Trap::text)
                .toList());
        ttl = host.ttl().isEmpty() ? "Any value; 1 hour (3600 s) is usual." : host.ttl();
        return new RecordInstruction(record, host, name, value, ttl, notes);
    }
}
