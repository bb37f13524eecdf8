package org.chaosbench.runs.ingest.compat;

/**
 * Fast path of Python's decimal rounding: |x| rounded half-even to n places, as a count
 * of 10^-n units, computed exactly from the binary value without BigDecimal. Applies
 * while |x| * 10^n stays below 2^52, so the count is an exact double and one division by
 * the exact 10^n gives the correctly rounded result (what BigDecimal.doubleValue does).
 */
final class HalfEvenUnits {

    private static final long HIDDEN_BIT = 1L << 52;
    private static final double LIMIT = 0x1p52;

    private HalfEvenUnits() {
    }

    /** Whether {@link #of} applies; a cheap double test with ample margin. */
    static boolean applies(double abs, int places) {
        return places >= 0 && places < Pow10.EXACT_DOUBLES.length && abs * Pow10.EXACT_DOUBLES[places] < LIMIT;
    }

    /**
     * Twice the scaled value, floored, tells the half: an even floor is below one half,
     * an odd one is at least one half, and exactly one half when nothing was cut off.
     */
    static long of(double abs, int places) {
        long bits = Double.doubleToRawLongBits(abs);
        int biased = (int) (bits >>> 52);
        long m = biased == 0 ? bits & (HIDDEN_BIT - 1) : (bits & (HIDDEN_BIT - 1)) | HIDDEN_BIT;
        int e = (biased == 0 ? 1 : biased) - 1075;
        ScaledInteger twice = ScaledInteger.of(m, e + 1, places);
        long units = twice.floor >>> 1;
        boolean atLeastHalf = (twice.floor & 1) != 0;
        boolean pastHalf = atLeastHalf && !twice.exact;
        boolean up = pastHalf || (atLeastHalf && (units & 1) != 0);
        return up ? units + 1 : units;
    }
}
