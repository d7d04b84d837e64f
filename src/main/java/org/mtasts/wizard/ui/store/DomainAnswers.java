package org.mtasts.wizard.ui.store;

import java.util.List;

/**
 * The answers that belong to one domain: kept per domain so that switching domains never carries
 * one domain's mx patterns, mode or report addresses over to another.
 *
 * @param mxPatterns the policy's mx patterns as edited
 * @param patternsEdited whether the user changed the suggested patterns
 * @param mode testing / enforce / none
 * @param maxAgeChoice DAY / WEEK / MAX / CUSTOM
 * @param customMaxAge the custom max_age field as typed
 * @param reportAddresses TLSRPT report addresses as entered
 * @param policyId the id generated for the policy, or null
 */
public record DomainAnswers(
        List<String> mxPatterns,
        boolean patternsEdited,
        String mode,
        String maxAgeChoice,
        String customMaxAge,
        List<String> reportAddresses,
        String policyId) {

    public DomainAnswers {
        mxPatterns = mxPatterns == null ? List.of() : List.copyOf(mxPatterns);
        customMaxAge = customMaxAge == null ? "" : customMaxAge;
        reportAddresses = reportAddresses == null ? List.of() : List.copyOf(reportAddresses);
    }
}
