package org.chaosbench.runs.ingest.audit.run;

import java.util.Arrays;

/**
 * The distribution of one run's {@code latency_s} values, for the latency checks of the
 * audit: values a clock cannot give (negative, NaN, infinite) and stalls far beyond the
 * typical answer time.
 *
 * @param count finite, non-negative latencies
 * @param impossible negative or non-finite values (counted apart, excluded from the rest)
 */
public record LatencyStats(long count, long impossible, double median, double p99, double max) {

    /** A stall: the slowest answer took this many times the median, and at least {@link #STALL_MIN_SECONDS}. */
    public static final double STALL_RATIO = 20.0;
    public static final double STALL_MIN_SECONDS = 60.0;

    public boolean hasStall() {
        return count > 0 && max >= STALL_MIN_SECONDS && max > STALL_RATIO * median;
    }

    /** Gathers latencies in a growable array that is dropped once the stats are built. */
    static final class Builder {
        private double[] values = new double[1024];
        private int size;
        private long impossible;

        void add(double latency) {
            if (!Double.isFinite(latency) || latency < 0) {
                impossible++;
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = latency;
        }

        /** Null when the run recorded no latency at all. */
        LatencyStats build() {
            if (size == 0 && impossible == 0) {
                return null;
            }
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new LatencyStats(size, impossible, quantile(sorted, 0.5), quantile(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1]);
        }

        /** Nearest-rank quantile; 0 for an empty array. */
        private static double quantile(double[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(q * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
