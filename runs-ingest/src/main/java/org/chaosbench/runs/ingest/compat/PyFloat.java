package org.chaosbench.runs.ingest.compat;

/**
 * CPython {@code repr(float)}: shortest round-tripping digits (see {@link ShortestDecimal})
 * in Python's layout. Java 17's {@code Double.toString} is not always shortest
 * (JDK-4511638) and uses another layout, so it cannot be used.
 */
public final class PyFloat {

    /** Python switches to exponent notation below 1e-4 and from 1e16 on. */
    private static final int MIN_FIXED_EXPONENT = -4;
    private static final int MAX_FIXED_EXPONENT = 15;

    private PyFloat() {
    }

    /** {@code repr(x)}: e.g. {@code 1.0}, {@code -0.0}, {@code 1e-05}, {@code 1e+16}, {@code inf}, {@code nan}. */
    public static String repr(double x) {
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
        if (x == 0) {
            return sb.append("0.0").toString();
        }
        ShortestDecimal d = ShortestDecimal.of(Math.abs(x));
        String digits = Long.toString(d.digits);
        int scientificExponent = d.exponent + digits.length() - 1;
        if (scientificExponent < MIN_FIXED_EXPONENT || scientificExponent > MAX_FIXED_EXPONENT) {
            appendScientific(sb, digits, scientificExponent);
        } else {
            appendFixed(sb, digits, scientificExponent + 1);
        }
        return sb.toString();
    }

    /** {@code d[.ddd]e±XX}: at least two exponent digits, sign always written. */
    private static void appendScientific(StringBuilder sb, String digits, int exponent) {
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            sb.append('0');
        }
        sb.append(magnitude);
    }

    /** Fixed layout always shows a fractional part, {@code .0} when there is none. */
    private static void appendFixed(StringBuilder sb, String digits, int integerDigits) {
        if (integerDigits <= 0) {
            sb.append("0.");
            for (int i = integerDigits; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (integerDigits < digits.length()) {
            sb.append(digits, 0, integerDigits).append('.').append(digits, integerDigits, digits.length());
        } else {
            sb.append(digits);
            for (int i = digits.length(); i < integerDigits; i++) {
                sb.append('0');
            }
            sb.append(".0");
        }
    }
}
