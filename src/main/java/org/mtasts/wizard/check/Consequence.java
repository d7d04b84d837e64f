package org.mtasts.wizard.check;

import org.mtasts.wizard.core.Mode;

/**
 * What a failing result means for mail, given the mode of the policy that is live. The faces
 * group failures by it, worst first, so a domain owner sees at once whether mail is being refused
 * or only the protection is gone.
 */
public enum Consequence {
    /**
     * Senders refuse to deliver: an MX host fails STARTTLS, its certificate or the policy's mx
     * patterns while the live policy is in enforce mode (RFC 8461 §5, §4.1, §4.2), or the domain's
     * MX records cannot be found at all.
     */
    MAIL_WILL_BOUNCE("Mail will bounce"),
    /**
     * Senders cannot find or use the policy: they treat the domain as having none, so mail flows
     * but without MTA-STS protection (RFC 8461 §3.3, §5).
     */
    PROTECTION_LOST("Protection lost"),
    /**
     * An MX host fails a test that senders only report while the policy is in testing mode (or no
     * policy is live): mail flows today, but enforce mode would refuse it (RFC 8461 §5).
     */
    WOULD_BOUNCE_IN_ENFORCE("Would bounce in enforce mode"),
    /** The TLSRPT record is broken: senders cannot send reports of failed deliveries (RFC 8460 §3). */
    NO_REPORTS("No TLS reports");

    private final String label;

    Consequence(String label) {
        this.label = label;
    }

    /** A few words for a banner, e.g. {@code Mail will bounce}. */
    public String label() {
        return label;
    }

    /**
     * The consequence of a failing result; {@code liveMode} is the mode of the live policy (null
     * when none is live). Only {@link Status#FAIL} of an MTA-STS row has a consequence; anything
     * else gives null (the DNSSEC and DANE rows beside MTA-STS say what they mean themselves).
     */
    public static Consequence of(CheckResult r, Mode liveMode) {
        if (r.status() != Status.FAIL || r.id().besideMtaSts()) {
            return null;
        }
        return switch (r.id()) {
            case MX_STARTTLS, MX_CERT, MX_COVERAGE ->
                liveMode == Mode.ENFORCE ? MAIL_WILL_BOUNCE : WOULD_BOUNCE_IN_ENFORCE;
            // Without MX records senders cannot deliver at all, whatever the policy says.
            case MX_RECORDS -> MAIL_WILL_BOUNCE;
            case STS_RECORD,
                    POLICY_HOST,
                    POLICY_TLS,
                    POLICY_STATUS,
                    POLICY_CONTENT_TYPE,
                    POLICY_SIZE,
                    POLICY_SYNTAX,
                    RESOLVER -> PROTECTION_LOST;
            case TLSRPT_RECORD -> NO_REPORTS;
            case DNSSEC, MX_DANE -> null;
        };
    }
}
