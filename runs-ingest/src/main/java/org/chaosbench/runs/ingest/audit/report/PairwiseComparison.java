package org.chaosbench.runs.ingest.audit.report;

/**
 * One exact McNemar test between two runs that answered the same items.
 *
 * @param group index of the item-set group (see {@link PairwiseTests})
 * @param first index of the first run in the report's run list
 * @param second index of the second run
 * @param items items both answered
 * @param firstOnly items only the first run got right (b)
 * @param secondOnly items only the second run got right (c)
 * @param pValue exact two-sided McNemar p-value
 * @param holmP Holm-adjusted within the group
 */
public record PairwiseComparison(int group, int first, int second, int items, long firstOnly, long secondOnly,
        double pValue, double holmP) {

    public static final double ALPHA = 0.05;

    /** The difference survives Holm's correction at {@link #ALPHA}. */
    public boolean significant() {
        return holmP <= ALPHA;
    }

    /** Index of the run with more right answers among the discordant items, or -1 for a tie. */
    public int better() {
        return firstOnly > secondOnly ? first : secondOnly > firstOnly ? second : -1;
    }
}
