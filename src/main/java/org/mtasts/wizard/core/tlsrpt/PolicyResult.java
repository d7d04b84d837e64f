package org.mtasts.wizard.core.tlsrpt;

import java.util.List;

/**
 * One entry of "policies" (RFC 8460 §4.4): the policy a reporter applied, its session counts and
 * the failure details.
 *
 * @param policyType        the policy type; null when the reporter sent a type this project does not know
 * @param rawPolicyType     "policy-type" as sent
 * @param policyStrings     "policy-string": for sts the policy file's lines, for tlsa the TLSA records
 * @param policyDomain      "policy-domain", lower case, never null
 * @param mxHosts           "mx-host" (a string or an array in the wild), possibly empty
 * @param successfulSessions "summary"."total-successful-session-count"
 * @param failedSessions     "summary"."total-failure-session-count": the figure to trust when the
 *                           failure details add up to something else
 * @param failureDetails    "failure-details"
 */
public record PolicyResult(
        PolicyType policyType,
        String rawPolicyType,
        List<String> policyStrings,
        String policyDomain,
        List<String> mxHosts,
        long successfulSessions,
        long failedSessions,
        List<FailureDetail> failureDetails) {

    public PolicyResult {
        rawPolicyType = rawPolicyType == null ? "" : rawPolicyType;
        policyStrings = policyStrings == null ? List.of() : List.copyOf(policyStrings);
        policyDomain = policyDomain == null ? "" : policyDomain;
        mxHosts = mxHosts == null ? List.of() : List.copyOf(mxHosts);
        failureDetails = failureDetails == null ? List.of() : List.copyOf(failureDetails);
    }

    /** The sum of the failure details' session counts; may differ from {@link #failedSessions()}. */
    public long detailedFailures() {
        return failureDetails.stream().mapToLong(FailureDetail::failedSessions).sum();
    }
}
