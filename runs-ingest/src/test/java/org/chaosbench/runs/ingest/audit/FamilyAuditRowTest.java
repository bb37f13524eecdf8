package org.chaosbench.runs.ingest.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.junit.jupiter.api.Test;

/** Per-family figures over hand-built prediction rows. */
class FamilyAuditRowTest {

    private static PredictionRecord row(String family, String gt, String pred) {
        String outcome = pred == null ? PredictionRecord.INVALID : "VALID_" + pred;
        Boolean correct = pred == null ? null : pred.equals(gt);
        return new PredictionRecord("id", "q", gt, "t", pred, outcome, correct, 0.1, family, "s", null, null, null);
    }

    private static void add(List<PredictionRecord> rows, int times, String family, String gt, String pred) {
        for (int i = 0; i < times; i++) {
            rows.add(row(family, gt, pred));
        }
    }

    @Test
    void figuresOfASmallFamily() {
        List<PredictionRecord> rows = new ArrayList<>();
        // "atomic": 61 rows, 38 correct (the FORMATS Wilson vector), 3 invalid.
        add(rows, 20, "atomic", "TRUE", "TRUE");
        add(rows, 18, "atomic", "FALSE", "FALSE");
        add(rows, 12, "atomic", "TRUE", "FALSE");
        add(rows, 8, "atomic", "FALSE", "TRUE");
        add(rows, 3, "atomic", "TRUE", null);
        FamilyAuditRow a = FamilyAuditRow.fromPredictions(rows, BiasThresholds.DEFAULTS).get("atomic");
        assertThat(a.total()).isEqualTo(61);
        assertThat(a.valid()).isEqualTo(58);
        assertThat(a.correct()).isEqualTo(38);
        assertThat(a.coverage()).isEqualTo(0.9508); // 58/61 = 0.95081...
        assertThat(a.accuracyValid()).isEqualTo(0.6552); // 38/58 = 0.65517...
        assertThat(a.lowSupport()).isTrue();
        assertThat(PyRound.round(a.wilson().lo(), 4)).isEqualTo(0.5267); // Wilson(38, 58) = 0.5267 / 0.7644
        assertThat(a.labels().confusion()).isEqualTo(new Confusion(20, 8, 18, 12));
        // gt_true 32/58, pred_true 28/58: gap 4/58 = 0.069; TPR 20/32 = 0.625, TNR 18/26 = 0.69
        assertThat(a.bias().biasScore()).isCloseTo(4.0 / 58, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(a.bias().labelBiased()).isFalse();
        assertThat(a.legacyWilson()).isEqualTo(new WilsonInterval(0.5267, 0.7644));
    }

    @Test
    void familiesSortedAndLargeFamiliesNotLowSupport() {
        List<PredictionRecord> rows = new ArrayList<>();
        add(rows, 100, "zeta", "TRUE", "TRUE");
        add(rows, 2, null, "FALSE", "TRUE");
        add(rows, 1, "Beta", "FALSE", "FALSE");
        Map<String, FamilyAuditRow> families = FamilyAuditRow.fromPredictions(rows, BiasThresholds.DEFAULTS);
        assertThat(families.keySet()).containsExactly("Beta", "unknown", "zeta");
        FamilyAuditRow zeta = families.get("zeta");
        assertThat(zeta.lowSupport()).isFalse();
        assertThat(zeta.legacyWilson()).isNull();
        // Unrounded the upper bound is 0.9999999999999999, as in Python; it prints as 1.0.
        assertThat(PyRound.round(zeta.wilson().hi(), 4)).isEqualTo(1.0);
        // Only TRUE in the truth: TNR = 0 < 0.40, so biased although every answer is right.
        assertThat(zeta.bias().biasVerdict()).isEqualTo("LABEL-BIASED");
        FamilyAuditRow unknown = families.get("unknown");
        assertThat(unknown.accuracyValid()).isEqualTo(0.0);
        assertThat(unknown.bias().dominantLabel()).isEqualTo("TRUE");
    }

    @Test
    void familyWithoutValidAnswers() {
        List<PredictionRecord> rows = new ArrayList<>();
        add(rows, 4, "f", "TRUE", null);
        FamilyAuditRow f = FamilyAuditRow.fromPredictions(rows, BiasThresholds.DEFAULTS).get("f");
        assertThat(f.valid()).isZero();
        assertThat(f.coverage()).isEqualTo(0.0);
        assertThat(f.accuracyValid()).isEqualTo(0.0);
        assertThat(f.wilson()).isEqualTo(WilsonInterval.EMPTY);
        assertThat(f.legacyWilson()).isNull();
        assertThat(f.bias().biasVerdict()).isEqualTo("OK");
    }
}
