package org.chaosbench.runs.ingest.compat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python's decimal rounding and number formats (FORMATS 0.3). Python rounds the exact
 * binary value half-even; {@code String.format} and {@code Math.round} round the
 * shortest decimal or half-up instead ({@code 2.675} to two places is {@code 2.67} in
 * Python), so everything here rounds the exact value: in long arithmetic for ordinary
 * magnitudes ({@link HalfEvenUnits}), through {@link BigDecimal} otherwise.
 */
public final class PyRound {

    /** Past this many places every double is already exact: CPython returns x itself. */
    private static final int MAX_PLACES = 323;
    /** Below this, every finite double rounds to zero: CPython returns 0.0 * x. */
    private static final int MIN_PLACES = -308;
    private static final double TWO_POW_52 = 0x1p52;
    private static final double TWO_POW_55 = 0x1p55;
    private static final double TWO_POW_63 = 0x1p63;

    private PyRound() {
    }

    /**
     * Python {@code round(x, ndigits)}. Non-finite values and zeros come back unchanged; a
     * result of zero keeps the sign of x ({@code round(-0.001, 2)} is {@code -0.0}).
     *
     * @throws ArithmeticException when the rounded value overflows, as Python raises
     *     OverflowError ({@code round(1.7976931348623157e308, -308)})
     */
    public static double round(double x, int ndigits) {
        // From 2^52 on every double is an integer, so rounding to places changes nothing.
        if (!Double.isFinite(x) || x == 0 || ndigits > MAX_PLACES || (ndigits >= 0 && Math.abs(x) >= TWO_POW_52)) {
            return x;
        }
        if (ndigits < MIN_PLACES || roundsToZero(x, ndigits)) {
            return Math.copySign(0.0, x);
        }
        double abs = Math.abs(x);
        if (keepsValue(abs, ndigits)) {
            return x;
        }
        if (HalfEvenUnits.applies(abs, ndigits)) {
            double units = HalfEvenUnits.of(abs, ndigits);
            return Math.copySign(units / Pow10.EXACT_DOUBLES[ndigits], x);
        }
        double rounded = new BigDecimal(x).setScale(ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(rounded)) {
            throw new ArithmeticException("rounded value too large to represent");
        }
        return rounded == 0 ? Math.copySign(0.0, x) : rounded;
    }

    /**
     * Shortcut for rounding to tens, hundreds, ... of values whose ulp exceeds twice the
     * unit: the rounded decimal is then within a quarter ulp of x even on the narrow side
     * below a power of two, so x is its nearest double. Saves a long BigDecimal-to-double
     * conversion for huge values.
     */
    private static boolean keepsValue(double abs, int ndigits) {
        return ndigits < 0 && -ndigits < Pow10.EXACT_DOUBLES.length
                && abs >= TWO_POW_55 * Pow10.EXACT_DOUBLES[-ndigits];
    }

    /**
     * Shortcut for values far below half a unit of the last place, which would otherwise
     * cost a division of a number with up to ~1000 digits. The 0.4 margin dwarfs the
     * error of the double arithmetic, and an exact tie at 0.5 stays on the exact path.
     */
    private static boolean roundsToZero(double x, int ndigits) {
        int n = Math.abs(ndigits);
        if (n >= Pow10.EXACT_DOUBLES.length) {
            return false;
        }
        double scaled = ndigits >= 0 ? Math.abs(x) * Pow10.EXACT_DOUBLES[n] : Math.abs(x) / Pow10.EXACT_DOUBLES[n];
        return scaled < 0.4;
    }

    /**
     * Python {@code format(x, '.Nf')}: exact value rounded half-even, no exponent ever.
     * Negative values keep their minus even when they round to zero ({@code -0.0000}), and
     * non-finite values print as {@code nan}, {@code inf}, {@code -inf} (a NaN never
     * shows a sign in Python).
     */
    public static String fixed(double x, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0: " + decimals);
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        StringBuilder sb = new StringBuilder(24);
        if (Double.doubleToRawLongBits(x) < 0) {
            sb.append('-');
        }
        double abs = Math.abs(x);
        if (roundsToZero(abs, decimals)) {
            appendUnits(sb, 0, decimals);
        } else if (HalfEvenUnits.applies(abs, decimals)) {
            appendUnits(sb, HalfEvenUnits.of(abs, decimals), decimals);
        } else if (abs >= TWO_POW_52) {
            // An integer already: only zeros follow the point.
            sb.append(abs < TWO_POW_63 ? Long.toString((long) abs) : integerDigits(abs));
            if (decimals > 0) {
                sb.append('.').append("0".repeat(decimals));
            }
        } else {
            sb.append(new BigDecimal(abs).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
        }
        return sb.toString();
    }

    private static String integerDigits(double integral) {
        long bits = Double.doubleToRawLongBits(integral);
        long mantissa = (bits & ((1L << 52) - 1)) | (1L << 52);
        int exponent = (int) ((bits >>> 52) & 0x7ff) - 1075;
        return BigInteger.valueOf(mantissa).shiftLeft(exponent).toString();
    }

    /** Writes units * 10^-decimals with exactly that many decimals and a leading 0 if needed. */
    private static void appendUnits(StringBuilder sb, long units, int decimals) {
        String digits = Long.toString(units);
        if (decimals == 0) {
            sb.append(digits);
            return;
        }
        int integerDigits = digits.length() - decimals;
        if (integerDigits <= 0) {
            sb.append("0.");
            for (int i = integerDigits; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else {
            sb.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, digits.length());
        }
    }

    /**
     * Python {@code format(x, '.N%')}: Python multiplies by 100 in double arithmetic
     * first (so the product's own rounding shows), then formats like {@code .Nf}.
     */
    public static String percent(double x, int decimals) {
        return fixed(x * 100.0, decimals) + "%";
    }

    /** Python {@code format(n, ',')}: groups of three digits separated by commas. */
    public static String thousands(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int length = digits.length() - start;
        StringBuilder sb = new StringBuilder(digits.length() + length / 3);
        sb.append(digits, 0, start);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(start + i));
        }
        return sb.toString();
    }
}
