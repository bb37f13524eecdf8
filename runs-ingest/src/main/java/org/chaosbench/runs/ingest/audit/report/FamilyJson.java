package org.chaosbench.runs.ingest.audit.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * One {@code per_family} entry of summary.json (FORMATS 8.4-8.5), same keys in the same order.
 * One deliberate difference: wilson_lo/wilson_hi are given for every family (issue 4 asks for
 * an interval on every family), where the original fills them only for low-support ones.
 */
final class FamilyJson {

    /** What the original writes for bias_verdict when the run has no prediction rows. */
    static final String UNKNOWN = "UNKNOWN";

    private FamilyJson() {
    }

    /** @param withPredictions false when the run had no predictions: confusion fields are 0/null/UNKNOWN */
    static Map<String, Object> of(FamilyAuditRow f, boolean withPredictions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", f.family());
        m.put("total", f.total());
        m.put("valid", f.valid());
        m.put("correct", f.correct());
        m.put("coverage", f.coverage());
        m.put("accuracy_valid", f.accuracyValid());
        m.put("low_support", f.lowSupport());
        m.put("wilson_lo", f.wilson() == null ? null : ConfusionJson.r4(f.wilson().lo()));
        m.put("wilson_hi", f.wilson() == null ? null : ConfusionJson.r4(f.wilson().hi()));
        Confusion c = withPredictions ? f.labels().confusion() : null;
        BiasReport b = withPredictions ? f.bias() : null;
        m.put("tp", c == null ? 0L : c.tp());
        m.put("fp", c == null ? 0L : c.fp());
        m.put("tn", c == null ? 0L : c.tn());
        m.put("fn", c == null ? 0L : c.fn());
        m.put("tpr", c == null ? null : ConfusionJson.r4(c.tpr()));
        m.put("tnr", c == null ? null : ConfusionJson.r4(c.tnr()));
        m.put("balanced_accuracy", c == null ? null : ConfusionJson.r4(c.balancedAccuracy()));
        m.put("mcc", c == null ? null : ConfusionJson.r4(c.mcc()));
        m.put("gt_true_rate", b == null ? null : ConfusionJson.r4(b.gtTrueRate()));
        m.put("pred_true_rate", b == null ? null : ConfusionJson.r4(b.predTrueRate()));
        m.put("bias_score", b == null ? null : ConfusionJson.r4(b.biasScore()));
        m.put("bias_verdict", b == null ? UNKNOWN : b.biasVerdict());
        return m;
    }
}
