package org.chaosbench.runs.ingest.compat;

import java.math.BigInteger;

/** Powers of ten used by the float formatting code. */
final class Pow10 {

    /** 10^0 .. 10^18, all that fits a long. */
    static final long[] LONGS = new long[19];
    /** 10^0 .. 10^22, the powers a double holds exactly. */
    static final double[] EXACT_DOUBLES = new double[23];
    /** 5^0 .. 5^27, all that fits a long. */
    static final long[] FIVES = new long[28];

    private static final BigInteger[] BIG = new BigInteger[400];
    private static final BigInteger[] BIG_FIVES = new BigInteger[400];

    static {
        LONGS[0] = 1;
        for (int i = 1; i < LONGS.length; i++) {
            LONGS[i] = LONGS[i - 1] * 10;
        }
        EXACT_DOUBLES[0] = 1.0;
        for (int i = 1; i < EXACT_DOUBLES.length; i++) {
            EXACT_DOUBLES[i] = EXACT_DOUBLES[i - 1] * 10.0;
        }
        FIVES[0] = 1;
        for (int i = 1; i < FIVES.length; i++) {
            FIVES[i] = FIVES[i - 1] * 5;
        }
    }

    private Pow10() {
    }

    /**
     * 10^n as a BigInteger, cached. A racy cache is safe here: BigInteger is immutable
     * with final fields, so a thread sees either null (and computes) or a complete value.
     */
    static BigInteger big(int n) {
        return cached(BIG, BigInteger.TEN, n);
    }

    /** 5^n as a BigInteger, cached like {@link #big(int)}. */
    static BigInteger bigFive(int n) {
        return cached(BIG_FIVES, BigInteger.valueOf(5), n);
    }

    private static BigInteger cached(BigInteger[] cache, BigInteger base, int n) {
        if (n >= cache.length) {
            return base.pow(n);
        }
        BigInteger p = cache[n];
        if (p == null) {
            p = base.pow(n);
            cache[n] = p;
        }
        return p;
    }
}
