package org.chaosbench.runs.ingest.compat;

/**
 * The decimal CPython's {@code repr(float)} prints: the fewest significant digits that
 * read back as the same double, and among those the one closest to the exact binary
 * value (ties to an even last digit, as David Gay's dtoa does).
 *
 * <p>Given the 18-digit truncation of the exact value, every candidate with p <= 17
 * digits worth trying is the truncation at p digits or that plus one unit: any other
 * p-digit decimal is farther from x on the same side. "Some p-digit decimal reads back
 * as x" is monotone in p (append a zero), so a binary search over p finds the shortest.
 * Whether a candidate reads back as x is decided by a {@link RoundTrip}: in production
 * the exact integer bounds of {@link ScaledBounds}; tests plug in an independent one.
 */
final class ShortestDecimal {

    private static final long TWO_POW_53 = 1L << 53;

    /** Significant digits without trailing zeros. */
    final long digits;
    /** Power of ten of the last digit: value = digits * 10^exponent. */
    final int exponent;

    private ShortestDecimal(long digits, int exponent) {
        long d = digits;
        int e = exponent;
        while (d % 10 == 0) {
            d /= 10;
            e++;
        }
        this.digits = d;
        this.exponent = e;
    }

    /** Decides whether {@code candidate * 10^exponent} reads back as the double searched for. */
    interface RoundTrip {
        boolean accepts(long candidate, int exponent);
    }

    /** @param x a finite value greater than zero */
    static ShortestDecimal of(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("needs a finite positive value: " + x);
        }
        // Below 2^53 an ulp is at most 1: no decimal with fewer digits lies within half an ulp.
        if (x < TWO_POW_53 && x == Math.rint(x)) {
            return new ShortestDecimal((long) x, 0);
        }
        ScaledBounds bounds = ScaledBounds.of(x);
        return search(bounds.value, bounds);
    }

    /** The search proper, visible so tests can run it with another round-trip decider. */
    static ShortestDecimal search(DecimalTruncation t, RoundTrip roundTrip) {
        int low = 1;
        int high = DecimalTruncation.DIGITS - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (hasRoundTrip(t, roundTrip, mid)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return closest(t, roundTrip, low);
    }

    private static boolean hasRoundTrip(DecimalTruncation t, RoundTrip roundTrip, int precision) {
        int drop = DecimalTruncation.DIGITS - precision;
        long unit = Pow10.LONGS[drop];
        if (t.exact && t.head % unit == 0) {
            return true;
        }
        long floor = t.head / unit;
        int exponent = t.exponent + drop;
        return roundTrip.accepts(floor, exponent) || roundTrip.accepts(floor + 1, exponent);
    }

    private static ShortestDecimal closest(DecimalTruncation t, RoundTrip roundTrip, int precision) {
        int drop = DecimalTruncation.DIGITS - precision;
        long unit = Pow10.LONGS[drop];
        long floor = t.head / unit;
        long rest = t.head % unit;
        int exponent = t.exponent + drop;
        if (t.exact && rest == 0) {
            return new ShortestDecimal(floor, exponent);
        }
        // Seventeen digits always round-trip, so there the nearest one needs no check.
        boolean floorOk = precision == DecimalTruncation.DIGITS - 1 || roundTrip.accepts(floor, exponent);
        boolean ceilingOk = precision == DecimalTruncation.DIGITS - 1 || roundTrip.accepts(floor + 1, exponent);
        if (floorOk != ceilingOk) {
            return new ShortestDecimal(floorOk ? floor : floor + 1, exponent);
        }
        long half = unit / 2;
        int side = rest != half ? Long.compare(rest, half) : (t.exact ? 0 : 1);
        boolean up = side > 0 || (side == 0 && (floor & 1) != 0);
        return new ShortestDecimal(up ? floor + 1 : floor, exponent);
    }
}
