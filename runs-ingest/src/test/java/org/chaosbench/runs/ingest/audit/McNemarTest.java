package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small cases by hand (sums of binomial coefficients over 2^n); large ones against an exact
 * BigInteger sum computed here, independently of the log-space code, and a normal bound.
 */
class McNemarTest {

    @ParameterizedTest(name = "b={0}, c={1} -> {2}")
    @CsvSource({
        "0, 5, 0.0625",        // 2 * 1/32
        "5, 0, 0.0625",
        "1, 9, 0.021484375",   // 2 * 11/1024
        "3, 3, 1.0",
        "2, 8, 0.109375",      // 2 * 56/1024
        "0, 0, 1.0",
        "0, 1, 1.0",           // 2 * 1/2
        "4, 5, 1.0",           // 2 * 256/512 = 1
        "0, 53, 2.220446049250313E-16", // 2 * 2^-53, still on the exact path
    })
    void exactSmallCases(long b, long c, double expected) {
        assertThat(McNemar.pValue(b, c)).isEqualTo(expected);
    }

    @Test
    void logSpaceJustAboveTheExactLimit() {
        // n = 54, m = 0: 2 * 2^-54.
        assertThat(McNemar.pValue(0, 54)).isCloseTo(Math.scalb(1.0, -53), within(1e-30));
        assertThat(McNemar.pValue(20, 40)).isCloseTo(exact(20, 40), within(exact(20, 40) * 1e-12));
    }

    @Test
    void largeSampleMatchesExactBigIntegerSum() {
        long b = 49_500;
        long c = 50_500;
        double expected = exact(b, c);
        assertThat(McNemar.pValue(b, c)).isCloseTo(expected, within(expected * 1e-9));
        // Sanity against the normal approximation with continuity correction:
        // z = (1000 - 1) / sqrt(100000) = 3.159, two-sided p about 0.00158.
        assertThat(expected).isBetween(0.0015, 0.0017);
    }

    @Test
    void extremeImbalanceUnderflowsToZeroAndBalanceIsOne() {
        assertThat(McNemar.pValue(0, 100_000)).isEqualTo(0.0);
        assertThat(McNemar.pValue(50_000, 50_000)).isEqualTo(1.0);
        assertThat(McNemar.pValue(49_990, 50_010)).isCloseTo(exact(49_990, 50_010), within(1e-9));
    }

    @ParameterizedTest(name = "b={0}, c={1}")
    @CsvSource({"0, 54", "1, 60", "10, 90", "27, 40", "100, 150", "480, 520", "1000, 3000", "4990, 5010"})
    void logSpaceMatchesExactSums(long b, long c) {
        double expected = exact(b, c);
        assertThat(McNemar.pValue(b, c)).isCloseTo(expected, within(expected * 1e-10));
        assertThat(McNemar.pValue(c, b)).isEqualTo(McNemar.pValue(b, c));
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> McNemar.pValue(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** min(1, 2 * sum_{i <= min(b,c)} C(n, i) / 2^n) in exact integers. */
    private static double exact(long b, long c) {
        int n = (int) (b + c);
        int m = (int) Math.min(b, c);
        BigInteger coefficient = BigInteger.ONE;
        BigInteger sum = BigInteger.ONE;
        for (int i = 0; i < m; i++) {
            coefficient = coefficient.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            sum = sum.add(coefficient);
        }
        BigDecimal p = new BigDecimal(sum.shiftLeft(1))
                .divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)), MathContext.DECIMAL64);
        return Math.min(1.0, p.doubleValue());
    }
}
