package org.mtasts.wizard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mtasts.wizard.check.DnssecValidator.Security;
import org.mtasts.wizard.check.DnssecValidator.Validated;

/**
 * Turns validated answers into the {@code dnssec} row, beside MTA-STS: MTA-STS needs no DNSSEC
 * (RFC 8461 §2: it authenticates with HTTPS and the Web PKI), so an unsigned zone is a fact, not a
 * fault; but a
 * signed zone whose signatures fail is a fault of its own, since validating resolvers then answer
 * SERVFAIL for the domain (RFC 4035 §5.5).
 */
final class DnssecJudge {
    private DnssecJudge() {}

    /**
     * The {@code dnssec} row from the domain's SOA and MX answers as validated.
     *
     * @param passesDnssec whether the resolver returns DNSSEC records at all; when it does not, a
     *                     bogus judgement says more about the resolver than about the zone
     * @param anchors      what the validation started from, for evidence
     */
    static CheckResult dnssec(String domain, List<Validated> answers, boolean passesDnssec, String anchors) {
        List<Evidence> ev = new ArrayList<>();
        for (Validated v : answers) {
            ev.add(Evidence.of(v.question() + " (validated)", describe(v)));
        }
        ev.add(Evidence.of("validated from", anchors));
        Validated bogus = first(answers, Security.BOGUS);
        List<Validated> known =
                answers.stream().filter(v -> v.security() != Security.UNKNOWN).toList();
        if (bogus != null && !passesDnssec) {
            return CheckResult.of(
                    CheckId.DNSSEC,
                    domain,
                    Status.INCONCLUSIVE,
                    "DNSSEC could not be checked: the resolver does not return DNSSEC records (signatures and"
                            + " keys), so every signed answer looks broken through it.",
                    ev,
                    "Check with a resolver that passes DNSSEC records, e.g. --resolver 1.1.1.1 or 9.9.9.9.");
        }
        if (bogus != null) {
            return CheckResult.of(
                    CheckId.DNSSEC,
                    domain,
                    Status.FAIL,
                    "DNSSEC validation of " + domain + " fails (bogus): " + sentence(bogus.reason())
                            + " Validating resolvers answer SERVFAIL for it, so their senders cannot look up the"
                            + " MX hosts or the MTA-STS record at all.",
                    ev,
                    "Fix the signing of the zone: the signatures must be current and made by a DNSKEY that the"
                            + " DS record at the parent zone names. Re-sign the zone, or if you turned DNSSEC"
                            + " off, remove the DS record at your registrar first.");
        }
        if (known.isEmpty()) {
            return CheckResult.of(
                    CheckId.DNSSEC,
                    domain,
                    Status.INCONCLUSIVE,
                    "DNSSEC could not be checked: " + sentence(answers.get(0).reason()),
                    ev,
                    "");
        }
        if (known.stream().allMatch(v -> v.security() == Security.SECURE)) {
            return CheckResult.of(
                    CheckId.DNSSEC,
                    domain,
                    Status.PASS,
                    "The DNS answers of " + domain + " are DNSSEC-signed and validate (secure): senders can trust"
                            + " its MX records, and MX hosts can use DANE.",
                    ev,
                    "");
        }
        return CheckResult.of(
                CheckId.DNSSEC,
                domain,
                Status.INFO,
                domain + " is not DNSSEC-signed (insecure). Nothing is wrong for MTA-STS, which does not need"
                        + " DNSSEC; DANE, which senders prefer where it is published (RFC 8461 §2), does.",
                ev,
                "Optional: sign the zone (most DNS hosts offer it) and publish its DS record at the registrar;"
                        + " then DANE TLSA records for the MX hosts become possible.");
    }

    static String describe(Validated v) {
        String what = switch (v.outcome()) {
            case ANSWER -> v.records().size() + (v.records().size() == 1 ? " record" : " records");
            default -> v.outcome().meaning();
        };
        String security = v.security().name().toLowerCase(Locale.ROOT);
        if (v.security() == Security.UNKNOWN) {
            return "not validated: " + v.reason();
        }
        return security + ", " + what + (v.reason().isEmpty() ? "" : " (" + v.reason() + ")");
    }

    static Validated first(List<Validated> answers, Security s) {
        return answers.stream().filter(v -> v.security() == s).findFirst().orElse(null);
    }

    /** The validator's reasons come without a final full stop. */
    static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return "no reason was given.";
        }
        return t.endsWith(".") ? t : t + ".";
    }
}
