package org.mtasts.wizard.check.propagation;

import java.util.Locale;

/** How one question to one server ended. Each has its own meaning; none is folded into another. */
public enum AnswerKind {
    /** Records came back (of the asked type, or the CNAME in their place). */
    VALUE("answered"),
    /** The name does not exist (RCODE 3); a resolver caches this for the negative TTL (RFC 2308 §5). */
    NXDOMAIN("the name does not exist (NXDOMAIN)"),
    /** The name exists without records of the asked type; cached like NXDOMAIN (RFC 2308 §5). */
    NODATA("no record of this type (NODATA)"),
    /** A server listed in the NS set answered without the AA bit: a lame delegation (RFC 1034 §4.3.1). */
    NOT_AUTHORITATIVE("answered without authority (lame delegation)"),
    /** RCODE 2. */
    SERVFAIL("server failure (SERVFAIL)"),
    /** RCODE 5 or another error code. */
    REFUSED("refused the question"),
    /** No answer within the probe timeout. */
    TIMEOUT("no answer within the timeout"),
    /** Nothing reachable at that address (port closed, network unreachable). */
    UNREACHABLE("could not be reached"),
    /** Not asked to the end: the run was cancelled or its deadline passed. */
    CANCELLED("cancelled before an answer came");

    private final String meaning;

    AnswerKind(String meaning) {
        this.meaning = meaning;
    }

    /** Stable lower-case id for JSON, e.g. {@code nxdomain}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String meaning() {
        return meaning;
    }

    /** True when the server said something about the name: a value, or that there is none. */
    public boolean isDefinitive() {
        return this == VALUE || this == NXDOMAIN || this == NODATA;
    }

    /** True for NXDOMAIN and NODATA, the answers RFC 2308 lets resolvers cache. */
    public boolean isNegative() {
        return this == NXDOMAIN || this == NODATA;
    }
}
