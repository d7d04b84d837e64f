package org.mtasts.wizard.core;

/** Writes the canonical policy file text (RFC 8461 §3.2). */
public final class PolicyWriter {
    /** The prose of RFC 8461 §3.2 says "CRLF-separated"; the grammar also allows LF. We write CRLF. */
    public static final String CRLF = "\r\n";

    private PolicyWriter() {}

    /**
     * {@code version}, {@code mode}, each {@code mx}, {@code max_age}, each line ending in CRLF.
     * {@link PolicyParser#parse(String)} reads the result back with zero findings.
     */
    public static String write(Policy policy) {
        StringBuilder sb = new StringBuilder();
        sb.append("version: STSv1").append(CRLF);
        sb.append("mode: ").append(policy.mode().token()).append(CRLF);
        for (MxPattern p : policy.mx()) {
            sb.append("mx: ").append(p).append(CRLF);
        }
        sb.append("max_age: ").append(policy.maxAgeSeconds()).append(CRLF);
        return sb.toString();
    }
}
