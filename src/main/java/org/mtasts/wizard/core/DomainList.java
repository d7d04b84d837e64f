package org.mtasts.wizard.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of domains as people paste or keep them in a file: one domain a line, {@code #} starts a
 * comment (whole line or after the domain), blank lines ignored, each line cleaned by {@link
 * DomainName#parse} (URLs, {@code mailto:}, addresses, case, IDN), duplicates merged after
 * cleaning, bad lines reported with their line number and skipped. Never throws.
 */
public final class DomainList {
    /** The most domains one list may hold; a longer list is most likely the wrong file. */
    public static final int MAX_DOMAINS = 100_000;

    private DomainList() {}

    /** A domain to check, from line {@code line} (1-based) as typed, with the cleaning notes. */
    public record Entry(DomainName name, int line, String input, List<String> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    /** A line that is not a usable domain: skipped, with the reason. */
    public record Rejected(int line, String input, String message) {}

    /** A line naming a domain already listed on {@code firstLine}: merged into that one. */
    public record Duplicate(int line, String input, DomainName name, int firstLine) {}

    /**
     * What a list held.
     *
     * @param entries    the distinct domains in the order they first appear
     * @param rejected   lines skipped because they are not domains
     * @param duplicates lines merged into an earlier one
     * @param truncated  true when the list held more than {@link #MAX_DOMAINS} domains (the rest
     *                   were dropped)
     */
    public record Parsed(List<Entry> entries, List<Rejected> rejected, List<Duplicate> duplicates, boolean truncated) {
        public Parsed {
            entries = List.copyOf(entries);
            rejected = List.copyOf(rejected);
            duplicates = List.copyOf(duplicates);
        }

        public List<DomainName> names() {
            return entries.stream().map(Entry::name).toList();
        }
    }

    /** Parses a whole list (LF, CRLF or CR line ends; a leading byte-order mark is ignored). */
    public static Parsed parse(String text) {
        return parse(
                text == null ? List.of() : List.of(text.replace("\r\n", "\n").split("[\n\r]", -1)));
    }

    /** Parses lines already split (line {@code i} of the list is {@code lines.get(i - 1)}). */
    public static Parsed parse(List<String> lines) {
        Map<String, Entry> seen = new LinkedHashMap<>();
        List<Rejected> rejected = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        boolean truncated = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String content = withoutComment(raw).strip();
            if (content.isEmpty()) {
                continue;
            }
            DomainName.DomainInput in = DomainName.parse(content);
            if (in instanceof DomainName.Invalid bad) {
                rejected.add(new Rejected(lineNo, content, bad.message()));
                continue;
            }
            DomainName.Valid ok = (DomainName.Valid) in;
            Entry first = seen.get(ok.name().ascii());
            if (first != null) {
                duplicates.add(new Duplicate(lineNo, content, ok.name(), first.line()));
                continue;
            }
            if (seen.size() >= MAX_DOMAINS) {
                truncated = true;
                continue;
            }
            seen.put(ok.name().ascii(), new Entry(ok.name(), lineNo, content, ok.changes()));
        }
        return new Parsed(new ArrayList<>(seen.values()), rejected, duplicates, truncated);
    }

    /**
     * Cuts a {@code #} comment. A {@code #} inside a URL's fragment ({@code https://x.example/#top})
     * cuts only the fragment, which {@link DomainName#parse} would drop anyway.
     */
    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
