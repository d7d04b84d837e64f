package org.mtasts.wizard.check;

/** How one DNS question ended. Each outcome has its own meaning and message; none is folded into another. */
public enum DnsOutcome {
    /** Records of the asked type came back (possibly after CNAMEs). */
    ANSWER("answered"),
    /** The name does not exist (RCODE 3). */
    NXDOMAIN("the name does not exist (NXDOMAIN)"),
    /** The name exists but has no records of the asked type. */
    NODATA("the name exists but has no records of this type (NODATA)"),
    /** The resolver could not get an answer from the authoritative servers (RCODE 2). */
    SERVFAIL("the resolver failed to get an answer (SERVFAIL); often a DNSSEC or delegation problem"),
    /** The resolver refused to answer (RCODE 5) or answered with another error code. */
    REFUSED("the resolver refused the question"),
    /** No answer within the probe timeout. */
    TIMEOUT("no answer within the timeout"),
    /** The resolver could not be reached at all (port closed, network unreachable). */
    UNREACHABLE("the resolver could not be reached"),
    /** The question was not asked to the end because the run was cancelled or its deadline passed. */
    CANCELLED("cancelled before an answer came");

    private final String meaning;

    DnsOutcome(String meaning) {
        this.meaning = meaning;
    }

    /** A plain-language description, e.g. "the name does not exist (NXDOMAIN)". */
    public String meaning() {
        return meaning;
    }

    /** True for outcomes that say something about the resolver rather than about the name. */
    public boolean isTransportFailure() {
        return this == TIMEOUT || this == UNREACHABLE;
    }
}
