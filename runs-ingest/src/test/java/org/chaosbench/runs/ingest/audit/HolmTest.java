package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed Holm adjustments. */
class HolmTest {

    @Test
    void stepDownWithMonotonicity() {
        // sorted: 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 = 0.06, 0.04*1 = 0.04 -> raised to 0.06
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void cappedAtOne() {
        double[] adjusted = Holm.adjust(new double[] {0.4, 0.2, 0.9});
        // sorted: 0.2*3 = 0.6, 0.4*2 = 0.8, 0.9*1 = 0.9
        assertThat(adjusted).containsExactly(new double[] {0.8, 0.6, 0.9}, within(1e-15));
        assertThat(Holm.adjust(new double[] {0.5, 0.6})).containsExactly(1.0, 1.0);
    }

    @Test
    void tiesAndEdgeSizes() {
        assertThat(Holm.adjust(new double[] {0.01, 0.01})).containsExactly(0.02, 0.02);
        assertThat(Holm.adjust(new double[] {0.07})).containsExactly(0.07);
        assertThat(Holm.adjust(new double[0])).isEmpty();
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        assertThatThrownBy(() -> Holm.adjust(new double[] {1.5})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Holm.adjust(new double[] {Double.NaN})).isInstanceOf(IllegalArgumentException.class);
    }
}
