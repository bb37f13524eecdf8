package org.chaosbench.runs.ingest.compat;

/**
 * Round-trip decision by exact integer arithmetic.
 *
 * <p>A double {@code m * 2^e} reads back from every decimal inside its rounding
 * interval: from the midpoint to the next double below to the midpoint to the next one
 * above, ends included only for an even m (IEEE ties-to-even). Below a power of two the
 * next double is half as far, hence the asymmetric interval there (subnormals and the
 * smallest normal have equal gaps). The value and both interval ends are scaled by the
 * same power of ten into 18-digit integers; a candidate reads back as x exactly when its
 * scaled integer lies between the scaled ends.
 */
final class ScaledBounds implements ShortestDecimal.RoundTrip {

    private static final long HIDDEN_BIT = 1L << 52;

    final DecimalTruncation value;
    private final ScaledInteger low;
    private final ScaledInteger high;
    private final boolean endsIncluded;

    private ScaledBounds(DecimalTruncation value, ScaledInteger low, ScaledInteger high, boolean endsIncluded) {
        this.value = value;
        this.low = low;
        this.high = high;
        this.endsIncluded = endsIncluded;
    }

    /** @param x a finite value greater than zero */
    static ScaledBounds of(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52);
        long fraction = bits & (HIDDEN_BIT - 1);
        long m = biased == 0 ? fraction : fraction | HIDDEN_BIT;
        int e = (biased == 0 ? 1 : biased) - 1075;

        int scale = DecimalTruncation.DIGITS - 1 - (int) Math.floor(Math.log10(x));
        ScaledInteger head = ScaledInteger.of(m, e, scale);
        // log10 can land one off next to a power of ten; one step corrects it.
        if (head.floor < DecimalTruncation.MIN_HEAD) {
            head = ScaledInteger.of(m, e, ++scale);
        } else if (head.floor > DecimalTruncation.MAX_HEAD) {
            head = ScaledInteger.of(m, e, --scale);
        }
        boolean narrowBelow = m == HIDDEN_BIT && biased > 1;
        ScaledInteger low = narrowBelow ? ScaledInteger.of(4 * m - 1, e - 2, scale)
                : ScaledInteger.of(2 * m - 1, e - 1, scale);
        ScaledInteger high = ScaledInteger.of(2 * m + 1, e - 1, scale);
        DecimalTruncation value = new DecimalTruncation(head.floor, -scale, head.exact);
        return new ScaledBounds(value, low, high, (m & 1) == 0);
    }

    @Override
    public boolean accepts(long candidate, int exponent) {
        long scaled = candidate * Pow10.LONGS[exponent - value.exponent];
        boolean aboveLow = endsIncluded && low.exact ? scaled >= low.floor : scaled > low.floor;
        boolean belowHigh = !endsIncluded && high.exact ? scaled < high.floor : scaled <= high.floor;
        return aboveLow && belowHigh;
    }
}
