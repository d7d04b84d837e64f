package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The usual ways a record typed into a DNS host's console ends up wrong, recognised from what DNS
 * serves: the domain typed twice (the console appended the zone to a full name), quotes stored as
 * part of a TXT value, the record put on the domain itself instead of its own name.
 */
public final class PublicationTypos {
    private PublicationTypos() {}

    /** Which mistake. */
    public enum Kind {
        /** The record sits at {@code <name>.<zone>}: the full name was typed where the console appends the zone. */
        NAME_DOUBLED,
        /** The TXT value starts with a quote character that the console stored as text. */
        QUOTES_IN_VALUE,
        /** The record sits at the domain itself instead of {@code _mta-sts} or {@code _smtp._tls}. */
        ON_APEX
    }

    /**
     * One recognised mistake.
     *
     * @param kind    which mistake
     * @param foundAt the name where the mistaken record was found
     * @param message what happened, in one sentence
     * @param fix     what to do, in one sentence
     */
    public record Typo(Kind kind, String foundAt, String message, String fix) {}

    /**
     * Mistakes around a TXT record whose value starts with {@code prefix} ({@code v=STSv1} or
     * {@code v=TLSRPTv1}) and belongs at {@code expectedName} under {@code domain}.
     *
     * @param atExpected the TXT records (strings joined) served at the expected name
     * @param atApex     the TXT records served at the domain itself (empty when not asked)
     * @param atDoubled  the TXT records served at {@code expectedName + "." + domain} (empty when not asked)
     */
    public static List<Typo> txt(
            String prefix,
            String expectedName,
            String domain,
            List<String> atExpected,
            List<String> atApex,
            List<String> atDoubled) {
        List<Typo> out = new ArrayList<>();
        String label = label(expectedName, domain);
        for (String r : atExpected) {
            if (quoted(r, prefix)) {
                out.add(new Typo(
                        Kind.QUOTES_IN_VALUE,
                        expectedName,
                        "The record at " + expectedName + " starts with a quote character (" + abbreviate(r)
                                + "): the DNS host stored the quotes you typed as part of the text, so senders do"
                                + " not see " + prefix + " at its start.",
                        "Edit the record and remove the quotes around the value (or type them only where your"
                                + " DNS host asks for zone-file syntax)."));
            }
        }
        String doubled = expectedName + "." + domain;
        if (atDoubled.stream().anyMatch(r -> startsWith(r, prefix))) {
            out.add(new Typo(
                    Kind.NAME_DOUBLED,
                    doubled,
                    "A " + prefix + " record is at " + doubled + ": the DNS host appended " + domain
                            + " to a name that already ended in it.",
                    "Delete that record and create it again with only " + label + " in the Name field."));
        }
        if (atApex.stream().anyMatch(r -> startsWith(r, prefix))) {
            out.add(new Typo(
                    Kind.ON_APEX,
                    domain,
                    "A " + prefix + " record is at " + domain + " itself, where senders do not look for it.",
                    "Move it to " + expectedName + ": create it with " + label
                            + " in the Name field and delete the one at the domain."));
        }
        return out;
    }

    /**
     * Mistakes around the policy host {@code mta-sts.<domain>}: {@code doubledResolves} is whether
     * {@code mta-sts.<domain>.<domain>} has an address while the policy host has none.
     */
    public static List<Typo> policyHost(String policyHost, String domain, boolean doubledResolves) {
        if (!doubledResolves) {
            return List.of();
        }
        String doubled = policyHost + "." + domain;
        return List.of(new Typo(
                Kind.NAME_DOUBLED,
                doubled,
                doubled + " has an address but " + policyHost + " has none: the DNS host appended " + domain
                        + " to a name that already ended in it.",
                "Delete that record and create it again with only " + label(policyHost, domain)
                        + " in the Name field."));
    }

    /**
     * The value's quote characters that consoles store: straight, the curly ones word processors
     * type, and an escaped quote ({@code \"}) from a console that escaped what was typed.
     */
    private static boolean quoted(String record, String prefix) {
        String s = record.strip();
        if (s.isEmpty() || "\"'\u201c\u201d\u2018\u2019\\".indexOf(s.charAt(0)) < 0) {
            return false;
        }
        String inner = s.replaceAll("^[\"'\u201c\u201d\u2018\u2019\\\\]+", "");
        return startsWith(inner, prefix);
    }

    private static boolean startsWith(String record, String prefix) {
        return record.strip().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    private static String label(String name, String domain) {
        String suffix = "." + domain;
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
