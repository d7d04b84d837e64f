package org.mtasts.wizard.ui.store;

import java.util.List;
import java.util.Map;

/**
 * Every answer the user typed, saved as they go so closing the window loses nothing.
 *
 * @param step the screen the user was on
 * @param checkOnly whether the user came in through "Check a domain"
 * @param domain the domain field as typed
 * @param mxPatterns the policy's mx patterns as edited
 * @param patternsEdited whether the user changed the suggested patterns (then they are kept as
 *     they are when the MX lookup runs again)
 * @param mode testing / enforce / none
 * @param maxAgeChoice DAY / WEEK / MAX / CUSTOM
 * @param customMaxAge the custom max_age field as typed
 * @param reportAddresses TLSRPT report addresses as entered
 * @param policyId the id generated for the policy, kept while the policy is unchanged
 * @param answersFor the domain (A-labels) the answers above belong to, or null before a lookup
 * @param otherDomains answers made earlier for other domains, by domain (A-labels)
 */
public record Draft(
        String step,
        boolean checkOnly,
        String domain,
        List<String> mxPatterns,
        boolean patternsEdited,
        String mode,
        String maxAgeChoice,
        String customMaxAge,
        List<String> reportAddresses,
        String policyId,
        String answersFor,
        Map<String, DomainAnswers> otherDomains) {

    public Draft {
        // The first step (the wizard reads names it does not know as this one too).
        step = step == null ? "WELCOME" : step;
        domain = domain == null ? "" : domain;
        mxPatterns = mxPatterns == null ? List.of() : List.copyOf(mxPatterns);
        customMaxAge = customMaxAge == null ? "" : customMaxAge;
        reportAddresses = reportAddresses == null ? List.of() : List.copyOf(reportAddresses);
        otherDomains = otherDomains == null ? Map.of() : Map.copyOf(otherDomains);
    }

    /** A draft of where the user is and the answers for the domain in hand. */
    public static Draft of(
            String step,
            boolean checkOnly,
            String domain,
            DomainAnswers answers,
            String answersFor,
            Map<String, DomainAnswers> otherDomains) {
        return new Draft(
                step,
                checkOnly,
                domain,
                answers.mxPatterns(),
                answers.patternsEdited(),
                answers.mode(),
                answers.maxAgeChoice(),
                answers.customMaxAge(),
                answers.reportAddresses(),
                answers.policyId(),
                answersFor,
                otherDomains);
    }

    /** The answers for the domain in hand. */
    public DomainAnswers answers() {
        return new DomainAnswers(
                mxPatterns, patternsEdited, mode, maxAgeChoice, customMaxAge, reportAddresses, policyId);
    }

    public static Draft empty() {
        return new Draft(null, false, null, null, false, null, null, null, null, null, null, null);
    }
}
