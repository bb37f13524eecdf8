package org.chaosbench.runs.ingest.compat;

import java.math.BigInteger;

/**
 * {@code floor(mantissa * 2^binaryExponent * 10^scale)} and whether nothing was cut off:
 * the exact step that turns a binary value into decimal digits. Metrics-sized values
 * take a 128-bit product ({@code mantissa * 5^scale} shifted by {@code binaryExponent +
 * scale}); extreme magnitudes fall back to BigInteger, still one multiplication or one
 * short-quotient division.
 */
final class ScaledInteger {

    final long floor;
    final boolean exact;

    private ScaledInteger(long floor, boolean exact) {
        this.floor = floor;
        this.exact = exact;
    }

    /** The result must be below 2^63, which holds for the 18-digit scaling it is used for. */
    static ScaledInteger of(long mantissa, int binaryExponent, int scale) {
        ScaledInteger fast = scale >= 0 && scale < Pow10.FIVES.length
                ? viaLongs(mantissa, binaryExponent, scale) : null;
        return fast != null ? fast : viaBigInteger(mantissa, binaryExponent, scale);
    }

    /** @return null when the 128-bit product or the shifted result does not fit */
    private static ScaledInteger viaLongs(long mantissa, int binaryExponent, int scale) {
        long five = Pow10.FIVES[scale];
        long hi = Math.multiplyHigh(mantissa, five);
        long lo = mantissa * five;
        int shift = binaryExponent + scale;
        if (shift >= 0) {
            if (hi != 0 || shift > 62 || (lo >>> (63 - shift)) != 0) {
                return null;
            }
            return new ScaledInteger(lo << shift, true);
        }
        int s = -shift;
        long floor;
        boolean exact;
        if (s < 64) {
            if ((hi >>> s) != 0) {
                return null;
            }
            floor = (lo >>> s) | (hi << (64 - s));
            exact = (lo << (64 - s)) == 0;
        } else if (s == 64) {
            floor = hi;
            exact = lo == 0;
        } else if (s < 128) {
            floor = hi >>> (s - 64);
            exact = lo == 0 && (hi << (128 - s)) == 0;
        } else {
            return null;
        }
        return floor < 0 ? null : new ScaledInteger(floor, exact);
    }

    private static ScaledInteger viaBigInteger(long mantissa, int binaryExponent, int scale) {
        BigInteger m = BigInteger.valueOf(mantissa);
        if (scale >= 0) {
            // m * 2^e * 10^s = (m * 5^s) * 2^(e+s): only a shift remains.
            BigInteger n = m.multiply(Pow10.bigFive(scale));
            int shift = binaryExponent + scale;
            if (shift >= 0) {
                return new ScaledInteger(n.shiftLeft(shift).longValueExact(), true);
            }
            return new ScaledInteger(n.shiftRight(-shift).longValueExact(), n.getLowestSetBit() >= -shift);
        }
        BigInteger n = binaryExponent > 0 ? m.shiftLeft(binaryExponent) : m;
        BigInteger[] qr = n.divideAndRemainder(Pow10.big(-scale));
        boolean exact = qr[1].signum() == 0;
        BigInteger q = qr[0];
        if (binaryExponent < 0) {
            exact &= q.getLowestSetBit() >= -binaryExponent || q.signum() == 0;
            q = q.shiftRight(-binaryExponent);
        }
        return new ScaledInteger(q.longValueExact(), exact);
    }
}
