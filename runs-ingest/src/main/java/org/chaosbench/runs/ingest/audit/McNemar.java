package org.chaosbench.runs.ingest.audit;

/**
 * Exact two-sided McNemar test for two runs over the same items: under the null hypothesis
 * each discordant item (right in one run, wrong in the other) goes either way with
 * probability 1/2, so p = min(1, 2 P(X <= min(b, c))) for X ~ Bin(b + c, 1/2). Exact rather
 * than chi-squared because per-family discordant counts are often small.
 */
public final class McNemar {

    /** Up to here 2^n and every partial sum of binomial coefficients are exact in a double. */
    private static final int EXACT_LIMIT = 53;
    private static final double LN2 = Math.log(2);

    private McNemar() {
    }

    /**
     * @param b items only the first run got right
     * @param c items only the second run got right
     */
    public static double pValue(long b, long c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("discordant counts must be >= 0: b=" + b + ", c=" + c);
        }
        long n = b + c;
        long m = Math.min(b, c);
        // P(X <= n/2) >= 1/2, so a balanced split is always p = 1; this also keeps m below
        // the mode, which the tail sum below relies on.
        if (n == 0 || 2 * m >= n) {
            return 1.0;
        }
        double p = n <= EXACT_LIMIT ? exactTail(n, m) : logSpaceTail(n, m);
        return Math.min(1.0, 2 * p);
    }

    /** Small samples: integer coefficients, one exact division by a power of two. */
    private static double exactTail(long n, long m) {
        long coefficient = 1;
        long sum = 1;
        for (long i = 0; i < m; i++) {
            // C(n, i+1) = C(n, i) (n - i) / (i + 1); exact, and below 2^53 * 53 < 2^63.
            coefficient = coefficient * (n - i) / (i + 1);
            sum += coefficient;
        }
        return Math.scalb((double) sum, (int) -n);
    }

    /**
     * Large samples: the probabilities underflow and the coefficients overflow, so work with
     * logs. log P(X = m) comes from a compensated sum of log ratios; the tail is then summed
     * downwards as multiples of that largest term (m is below the mode), which never
     * overflows and stops once terms no longer change the sum.
     */
    private static double logSpaceTail(long n, long m) {
        double sum = -n * LN2;
        double compensation = 0.0;
        for (long j = 1; j <= m; j++) {
            double term = Math.log((double) (n - j + 1)) - Math.log((double) j);
            double t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
            sum = t;
        }
        double logTermM = sum + compensation;
        double ratio = 1.0;
        double tail = 1.0;
        for (long i = m; i >= 1; i--) {
            ratio *= (double) i / (n - i + 1);
            tail += ratio;
            if (ratio < tail * 1e-17) {
                break;
            }
        }
        return Math.exp(logTermM + Math.log(tail));
    }
}
