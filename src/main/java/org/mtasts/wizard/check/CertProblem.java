package org.mtasts.wizard.check;

/** Why a certificate would not be accepted by a sender (RFC 8461 sections 3.3 and 4.2). */
enum CertProblem {
    NONE,
    EXPIRED,
    NOT_YET_VALID,
    UNTRUSTED,
    /**
     * The chain the server sent stops at a certificate whose issuer it did not send and that is
     * not a trusted root: usually the intermediate certificate was left out of the server's
     * configuration (a browser may fetch it, a sending MTA does not).
     */
    MISSING_INTERMEDIATE,
    NAME_MISMATCH,
    OTHER
}
