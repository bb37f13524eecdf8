package org.chaosbench.runs.ingest.audit.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.Confusion;

/** The run-level {@code confusion} object of summary.json (FORMATS 6.2, 8.5), rates rounded to 4. */
final class ConfusionJson {

    private ConfusionJson() {
    }

    /** {} without predictions, as the original writes it. */
    static Map<String, Object> of(Confusion c, BiasReport bias) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (c == null || bias == null) {
            return m;
        }
        m.put("tp", c.tp());
        m.put("fp", c.fp());
        m.put("tn", c.tn());
        m.put("fn", c.fn());
        m.put("n_valid", bias.nValid());
        m.put("tpr", r4(c.tpr()));
        m.put("tnr", r4(c.tnr()));
        m.put("fpr", r4(c.fpr()));
        m.put("fnr", r4(c.fnr()));
        m.put("balanced_accuracy", r4(c.balancedAccuracy()));
        m.put("mcc", r4(c.mcc()));
        m.put("gt_true", bias.gtTrue());
        m.put("gt_false", bias.gtFalse());
        m.put("pred_true", bias.predTrue());
        m.put("pred_false", bias.predFalse());
        m.put("gt_true_rate", r4(bias.gtTrueRate()));
        m.put("pred_true_rate", r4(bias.predTrueRate()));
        m.put("bias_score", r4(bias.biasScore()));
        m.put("label_biased", bias.labelBiased());
        m.put("bias_verdict", bias.biasVerdict());
        m.put("dominant_label", bias.dominantLabel());
        return m;
    }

    static double r4(double x) {
        return PyRound.round(x, 4);
    }
}
