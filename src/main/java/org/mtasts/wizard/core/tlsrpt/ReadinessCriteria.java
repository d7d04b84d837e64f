package org.mtasts.wizard.core.tlsrpt;

/**
 * What "ready to enforce" asks of the reports. The defaults follow the usual advice for MTA-STS
 * (RFC 8461 §5 testing mode first): two weeks of reports from at least two reporters, and a clean
 * last week.
 *
 * @param minDays          UTC days with at least one report
 * @param minOrganisations distinct reporting organisations
 * @param recentDays       how many days back "recent" reaches (today's UTC day and the {@code recentDays} before it)
 * @param maxFailureRatio  blocking failed sessions over all sessions in the recent days allowed (0 to 1;
 *                         0 allows none)
 */
public record ReadinessCriteria(int minDays, int minOrganisations, int recentDays, double maxFailureRatio) {

    public static final ReadinessCriteria DEFAULT = new ReadinessCriteria(14, 2, 7, 0.0);

    /** Upper bound on the day counts: ten years of daily reports. */
    public static final int MAX_DAYS = 3660;

    public ReadinessCriteria {
        if (minDays < 1 || minDays > MAX_DAYS) {
            throw new IllegalArgumentException("minimum days must be 1 to " + MAX_DAYS + ", not " + minDays);
        }
        if (minOrganisations < 1 || minOrganisations > 1000) {
            throw new IllegalArgumentException("minimum organisations must be 1 to 1000, not " + minOrganisations);
        }
        if (recentDays < 1 || recentDays > MAX_DAYS) {
            throw new IllegalArgumentException("recent days must be 1 to " + MAX_DAYS + ", not " + recentDays);
        }
        if (!(maxFailureRatio >= 0.0 && maxFailureRatio <= 1.0)) {
            throw new IllegalArgumentException("the failure ratio must be 0 to 1, not " + maxFailureRatio);
        }
    }

    public ReadinessCriteria withMinDays(int n) {
        return new ReadinessCriteria(n, minOrganisations, recentDays, maxFailureRatio);
    }

    public ReadinessCriteria withMinOrganisations(int n) {
        return new ReadinessCriteria(minDays, n, recentDays, maxFailureRatio);
    }

    public ReadinessCriteria withRecentDays(int n) {
        return new ReadinessCriteria(minDays, minOrganisations, n, maxFailureRatio);
    }

    public ReadinessCriteria withMaxFailureRatio(double r) {
        return new ReadinessCriteria(minDays, minOrganisations, recentDays, r);
    }
}
