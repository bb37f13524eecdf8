package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of FORMATS 6.2, rounded to 4 places as the audit prints them. */
class WilsonIntervalTest {

    @ParameterizedTest(name = "({0}, {1}) -> {2} / {3}")
    @CsvSource({
        "38, 61, 0.4975, 0.7339",
        "45, 45, 0.9213, 1.0",
        "0, 10, 0.0, 0.2775",
        "5, 8, 0.3057, 0.8632",
        "50, 100, 0.4038, 0.5962",
    })
    void matchesFormatsVectors(long k, long n, double lo, double hi) {
        WilsonInterval w = WilsonInterval.of(k, n);
        assertThat(PyRound.round(w.lo(), 4)).isEqualTo(lo);
        assertThat(PyRound.round(w.hi(), 4)).isEqualTo(hi);
    }

    @Test
    void emptySampleIsZeroZeroAsInAnalyzeRuns() {
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0.0, 0.0));
    }

    @Test
    void extremeProportionsReachZeroAndOne() {
        // Values checked with CPython; the clamp in of() only guards against rounding overshoot.
        assertThat(WilsonInterval.of(0, 1).lo()).isEqualTo(0.0);
        assertThat(WilsonInterval.of(1, 1).hi()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(40_886, 40_886).hi()).isEqualTo(1.0);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
