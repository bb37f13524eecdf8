package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chaosbench.runs.ingest.metrics.Confusion;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed bias verdicts (FORMATS 6.2). The gap is compared unrounded, in double, as
 * Python compares it; the expected gaps below were checked with CPython.
 */
class BiasReportTest {

    /** Counts where every valid row has a TRUE/FALSE ground truth, so the matrix fixes them. */
    private static LabelCounts counts(long tp, long fp, long tn, long fn) {
        return new LabelCounts(new Confusion(tp, fp, tn, fn), tp + fn, tn + fp, tp + fp, tn + fn);
    }

    @Test
    void gapOfExactlyFifteenHundredthsIsOk() {
        // 20 rows, 3 TRUE in truth, 6 predicted TRUE: |6/20 - 3/20| == 0.15 in double.
        BiasReport r = BiasReport.of(counts(3, 3, 14, 0));
        assertThat(r.biasScore()).isEqualTo(0.15);
        assertThat(r.labelBiased()).isFalse();
        assertThat(r.biasVerdict()).isEqualTo("OK");
        assertThat(r.gtTrueRate()).isEqualTo(0.15);
        assertThat(r.predTrueRate()).isEqualTo(0.3);
        assertThat(r.dominantLabel()).isEqualTo("FALSE");
    }

    @Test
    void gapJustAboveIsBiased() {
        // 13/20 - 10/20 is 0.15 on paper but 0.15000000000000002 in double; Python says biased too.
        BiasReport r = BiasReport.of(counts(10, 3, 7, 0));
        assertThat(r.biasScore()).isEqualTo(0.15000000000000002);
        assertThat(r.labelBiased()).isTrue();
        assertThat(r.biasVerdict()).isEqualTo("LABEL-BIASED");
        // 1000 rows, 500 TRUE, 651 predicted TRUE: gap 0.151.
        BiasReport wide = BiasReport.of(counts(500, 151, 349, 0));
        assertThat(wide.biasScore()).isGreaterThan(0.15).isLessThan(0.1511);
        assertThat(wide.labelBiased()).isTrue();
        assertThat(wide.dominantLabel()).isEqualTo("TRUE");
    }

    @Test
    void lowRecallOfOneLabelIsBiasedEvenWithoutAGap() {
        // Balanced predictions (gap 0) but TPR = TNR = 19/50 = 0.38 < 0.40.
        BiasReport r = BiasReport.of(counts(19, 31, 19, 31));
        assertThat(r.biasScore()).isEqualTo(0.0);
        assertThat(r.labelBiased()).isTrue();
        // 20/50 == 0.4 exactly: not below the threshold.
        assertThat(BiasReport.of(counts(20, 30, 20, 30)).labelBiased()).isFalse();
        // One class missing from the truth: its recall is 0.0, so the run is biased.
        assertThat(BiasReport.of(counts(10, 0, 0, 0)).labelBiased()).isTrue();
    }

    @Test
    void thresholdsAreConfigurable() {
        LabelCounts c = counts(19, 31, 19, 31);
        assertThat(BiasReport.of(c, new BiasThresholds(0.15, 0.35)).labelBiased()).isFalse();
        assertThat(BiasReport.of(counts(3, 3, 14, 0), new BiasThresholds(0.10, 0.40)).labelBiased()).isTrue();
        assertThatThrownBy(() -> new BiasThresholds(-0.1, 0.4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BiasThresholds(0.1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyInputIsOkWithZeroRates() {
        BiasReport r = BiasReport.of(LabelCounts.EMPTY);
        assertThat(r).isEqualTo(new BiasReport(0, 0, 0, 0, 0, 0.0, 0.0, 0.0, false));
        assertThat(r.biasVerdict()).isEqualTo("OK");
        assertThat(r.dominantLabel()).isEqualTo("TRUE");
    }

    @Test
    void ratesDivideByTheMatrixSizeNotTheLabelCounts() {
        // Two extra valid rows with an unknown ground truth, both predicted TRUE: they count
        // in pred_true but not in n_valid, as in the original.
        LabelCounts c = new LabelCounts(new Confusion(5, 0, 5, 0), 5, 5, 7, 5);
        BiasReport r = BiasReport.of(c);
        assertThat(r.nValid()).isEqualTo(10);
        assertThat(r.predTrueRate()).isEqualTo(0.7);
        assertThat(r.biasScore()).isEqualTo(Math.abs(0.7 - 0.5));
        assertThat(r.labelBiased()).isTrue();
    }
}
