package org.chaosbench.runs.report.chart;

/** Coordinate formatting for the SVG writer: fixed point, at most two decimals, no exponent. */
final class SvgNumbers {
    private SvgNumbers() {
    }

    /** {@code x} rounded half-up to 1/100, trailing zeros dropped: 12.5, 3, -0.25. */
    static String twoDecimals(double x) {
        if (!Double.isFinite(x)) {
            return "0";
        }
        long hundredths = Math.round(x * 100.0);
        StringBuilder sb = new StringBuilder(12);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            sb.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                sb.append(fraction % 10);
            }
        }
        return sb.toString();
    }
}
