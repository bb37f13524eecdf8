package org.chaosbench.runs.ingest.audit;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction: with many pairwise tests some small p-values appear by
 * chance, so each is scaled by the number of hypotheses not yet rejected. Controls the
 * family-wise error rate without assuming the tests are independent.
 */
public final class Holm {

    private Holm() {
    }

    /**
     * Adjusted p-values in the order given: the i-th smallest (0-based) is multiplied by
     * m - i, made non-decreasing along the sorted order, and capped at 1.
     */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p-values must lie in [0, 1]: " + Arrays.toString(pValues));
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0.0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            // Monotone: a hypothesis cannot be rejected if a smaller p-value before it was not.
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[index]));
            adjusted[index] = running;
        }
        return adjusted;
    }
}
