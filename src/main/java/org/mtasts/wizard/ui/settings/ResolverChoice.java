package org.mtasts.wizard.ui.settings;

/** The DNS resolver choices offered in Settings. */
public enum ResolverChoice {
    SYSTEM("System resolver", ""),
    CLOUDFLARE("Cloudflare (1.1.1.1)", "1.1.1.1"),
    GOOGLE("Google Public DNS (8.8.8.8)", "8.8.8.8"),
    QUAD9("Quad9 (9.9.9.9)", "9.9.9.9"),
    CUSTOM("Custom address...", null);

    private final String label;
    private final String address;

    ResolverChoice(String label, String address) {
        this.label = label;
        this.address = address;
    }

    /** The resolver address for a preset; empty for the system resolver, null for custom. */
    public String address() {
        return address;
    }

    /** The preset whose address is {@code text}, else {@link #CUSTOM} (or SYSTEM for blank). */
    public static ResolverChoice forAddress(String text) {
        if (text == null || text.isBlank()) {
            return SYSTEM;
        }
        for (ResolverChoice c : values()) {
            if (text.strip().equals(c.address)) {
                return c;
            }
        }
        return CUSTOM;
    }

    @Override
    public String toString() {
        return label;
    }
}
