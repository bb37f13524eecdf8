package org.chaosbench.runs.ingest.audit;

import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * Label-bias figures of one run or family (FORMATS 6.2). Rates are unrounded: the verdict
 * compares unrounded values, as the original does, and the output layer rounds to 4.
 *
 * @param nValid TP+FP+TN+FN, the rows that enter the matrix
 */
public record BiasReport(long nValid, long gtTrue, long gtFalse, long predTrue, long predFalse,
        double gtTrueRate, double predTrueRate, double biasScore, boolean labelBiased) {

    public static final String BIASED = "LABEL-BIASED";
    public static final String OK = "OK";

    public static BiasReport of(LabelCounts counts, BiasThresholds thresholds) {
        Confusion c = counts.confusion();
        long nValid = c.total();
        // Rates divide by the matrix size even though the label counts may include rows
        // outside the matrix; that is the original's definition, kept on purpose.
        double gtTrueRate = nValid == 0 ? 0.0 : (double) counts.gtTrue() / nValid;
        double predTrueRate = nValid == 0 ? 0.0 : (double) counts.predTrue() / nValid;
        double biasScore = Math.abs(predTrueRate - gtTrueRate);
        boolean biased = biasScore > thresholds.maxRateGap()
                || (nValid > 0 && Math.min(c.tpr(), c.tnr()) < thresholds.minClassRecall());
        return new BiasReport(nValid, counts.gtTrue(), counts.gtFalse(), counts.predTrue(), counts.predFalse(),
                gtTrueRate, predTrueRate, biasScore, biased);
    }

    public static BiasReport of(LabelCounts counts) {
        return of(counts, BiasThresholds.DEFAULTS);
    }

    public String biasVerdict() {
        return labelBiased ? BIASED : OK;
    }

    /** Ties go to TRUE, as in the original ({@code pred_true >= pred_false}). */
    public String dominantLabel() {
        return predTrue >= predFalse ? "TRUE" : "FALSE";
    }
}
