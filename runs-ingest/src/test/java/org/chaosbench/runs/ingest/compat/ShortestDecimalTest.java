package org.chaosbench.runs.ingest.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The integer-bounds search against an oracle that shares none of its arithmetic
 * (BigDecimal truncation, JDK parser round trips), over every binary exponent.
 */
class ShortestDecimalTest {

    @Test
    void integerBoundsAgreeWithParsingOracle() {
        SplittableRandom random = new SplittableRandom(20260219);
        for (int i = 0; i < 30_000; i++) {
            double x = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (i % 3 == 1) {
                // dense around ordinary magnitudes, where the 128-bit path is taken
                x = random.nextDouble() * Math.pow(10, random.nextInt(-12, 20));
            } else if (i % 3 == 2) {
                x = Math.scalb(1.0, random.nextInt(-1074, 1024));
                x = random.nextBoolean() ? x : Math.nextUp(x);
            }
            if (!(x > 0) || Double.isInfinite(x)) {
                continue;
            }
            assertSameAsOracle(x);
        }
    }

    @Test
    void powersOfTenAndTheirNeighboursAgreeWithParsingOracle() {
        for (int k = -323; k <= 308; k++) {
            double x = Double.parseDouble("1e" + k);
            assertSameAsOracle(x);
            assertSameAsOracle(Math.nextUp(x));
            assertSameAsOracle(Math.nextDown(x));
        }
    }

    private static void assertSameAsOracle(double x) {
        ScaledBounds bounds = ScaledBounds.of(x);
        DecimalTruncation oracleTruncation = ParsedRoundTrip.truncate(x);
        assertThat(bounds.value.head).as("head of %s", x).isEqualTo(oracleTruncation.head);
        assertThat(bounds.value.exponent).as("exponent of %s", x).isEqualTo(oracleTruncation.exponent);
        assertThat(bounds.value.exact).as("exactness of %s", x).isEqualTo(oracleTruncation.exact);
        ShortestDecimal fast = ShortestDecimal.search(bounds.value, bounds);
        ShortestDecimal oracle = ShortestDecimal.search(oracleTruncation, new ParsedRoundTrip(x));
        assertThat(fast.digits + "e" + fast.exponent).as("digits of %s", x)
                .isEqualTo(oracle.digits + "e" + oracle.exponent);
    }
}
