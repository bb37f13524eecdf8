package org.chaosbench.runs.ingest.compat;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Test oracle for {@link ScaledBounds}: decides round trips by parsing the candidate and
 * truncates through {@link BigDecimal}. Much slower, but shares no arithmetic with the
 * production code and has nothing to get wrong about interval ends, subnormals or
 * powers of two, because the JDK parser applies IEEE round-half-even itself.
 */
final class ParsedRoundTrip implements ShortestDecimal.RoundTrip {

    private static final long TWO_POW_53 = 1L << 53;

    private final double x;

    ParsedRoundTrip(double x) {
        this.x = x;
    }

    @Override
    public boolean accepts(long candidate, int exponent) {
        return toDouble(candidate, exponent) == x;
    }

    /** The exact binary value of a positive double cut to 18 digits. */
    static DecimalTruncation truncate(double x) {
        BigDecimal value = new BigDecimal(x);
        BigInteger unscaled = value.unscaledValue();
        int drop = value.precision() - DecimalTruncation.DIGITS;
        if (drop > 0) {
            BigInteger[] qr = unscaled.divideAndRemainder(Pow10.big(drop));
            return new DecimalTruncation(qr[0].longValueExact(), drop - value.scale(), qr[1].signum() == 0);
        }
        return new DecimalTruncation(unscaled.longValueExact() * Pow10.LONGS[-drop], drop - value.scale(), true);
    }

    /**
     * Correctly rounded {@code significand * 10^exponent}. With both factors exact doubles
     * a single IEEE multiplication or division rounds once, hence correctly; the rest goes
     * to the JDK parser.
     */
    static double toDouble(long significand, int exponent) {
        if (significand < TWO_POW_53 && exponent >= -22 && exponent <= 22) {
            double s = significand;
            return exponent >= 0 ? s * Pow10.EXACT_DOUBLES[exponent] : s / Pow10.EXACT_DOUBLES[-exponent];
        }
        return Double.parseDouble(significand + "E" + exponent);
    }
}
