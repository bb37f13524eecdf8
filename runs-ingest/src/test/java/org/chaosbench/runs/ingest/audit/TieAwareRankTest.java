package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hand cases: rank = 1 + runs whose lower bound is strictly above this upper bound. */
class TieAwareRankTest {

    private static WilsonInterval w(double lo, double hi) {
        return new WilsonInterval(lo, hi);
    }

    @Test
    void separatedIntervalsGetDistinctRanks() {
        assertThat(TieAwareRank.ranks(List.of(w(0.1, 0.2), w(0.5, 0.6), w(0.3, 0.4))))
                .containsExactly(3, 1, 2);
    }

    @Test
    void overlappingIntervalsShareARank() {
        // A and B overlap; C is below both; D overlaps only C.
        List<WilsonInterval> runs = List.of(w(0.70, 0.80), w(0.75, 0.85), w(0.40, 0.50), w(0.45, 0.60));
        assertThat(TieAwareRank.ranks(runs)).containsExactly(1, 1, 3, 3);
    }

    @Test
    void touchingBoundsAreATie() {
        // 0.5 is not strictly above 0.5, so neither run outranks the other.
        assertThat(TieAwareRank.ranks(List.of(w(0.3, 0.5), w(0.5, 0.7)))).containsExactly(1, 1);
    }

    @Test
    void rankIsNotTransitiveOrder() {
        // B sits inside A and C's gap-free chain: only C is clearly above A.
        List<WilsonInterval> runs = List.of(w(0.10, 0.30), w(0.25, 0.45), w(0.40, 0.60));
        assertThat(TieAwareRank.ranks(runs)).containsExactly(2, 1, 1);
    }

    @Test
    void emptyAndSingle() {
        assertThat(TieAwareRank.ranks(List.of())).isEmpty();
        assertThat(TieAwareRank.ranks(List.of(w(0.0, 0.0)))).containsExactly(1);
    }
}
