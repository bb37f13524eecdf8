package org.chaosbench.runs.ingest.audit;

/**
 * Wilson score interval at 95% (z = 1.96) for k successes out of n, as analyze_runs computes
 * it (FORMATS 6.2). Bounds are unrounded; the output layer rounds them to 4 places.
 */
public record WilsonInterval(double lo, double hi) {

    /** The original hard-codes 1.96 rather than the exact normal quantile; keep it so bounds match. */
    public static final double Z = 1.96;

    /** analyze_runs reports (0.0, 0.0) for an empty sample (build_results_pack would say (0.0, 1.0)). */
    public static final WilsonInterval EMPTY = new WilsonInterval(0.0, 0.0);

    public static WilsonInterval of(long k, long n) {
        if (k < 0 || n < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
        }
        if (n == 0) {
            return EMPTY;
        }
        double nd = n;
        double p = k / nd;
        double z2 = Z * Z;
        double d = 1 + z2 / nd;
        double centre = (p + z2 / (2 * nd)) / d;
        double margin = Z * Math.sqrt(p * (1 - p) / nd + z2 / (4 * nd * nd)) / d;
        // Clamped because the formula can overshoot [0, 1] by rounding at k = 0 or k = n.
        return new WilsonInterval(Math.max(0.0, centre - margin), Math.min(1.0, centre + margin));
    }
}
