package org.chaosbench.runs.ingest.audit;

import java.util.List;

/**
 * Ranks runs only by differences their confidence intervals support: a run's rank is
 * 1 + the number of runs whose Wilson lower bound lies strictly above its upper bound. Runs
 * with overlapping intervals share a rank, so no table implies an order the data cannot
 * back.
 */
public final class TieAwareRank {

    private TieAwareRank() {
    }

    /**
     * Ranks in input order. Pass the bounds as they are reported (rounded to 4) if the ranks
     * must agree with the printed intervals; the comparison is on whatever values are given.
     * Quadratic, which is fine for the tens of runs an audit sees.
     */
    public static int[] ranks(List<WilsonInterval> intervals) {
        int[] ranks = new int[intervals.size()];
        for (int i = 0; i < ranks.length; i++) {
            double hi = intervals.get(i).hi();
            int above = 0;
            for (WilsonInterval other : intervals) {
                if (other.lo() > hi) {
                    above++;
                }
            }
            ranks[i] = 1 + above;
        }
        return ranks;
    }
}
