package org.mtasts.wizard.check;

/** Why a certificate would not be accepted by a sender (RFC 8461 sections 3.3 and 4.2). */
enum CertProblem {
    NONE,
    EXPIRED,
    NOT_YET_VALID,
    UNTRUSTED,
    NAME_MISMATCH,
    OTHER
}
