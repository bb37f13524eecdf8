package org.chaosbench.runs.ingest.metrics;

import java.math.BigInteger;

import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * TRUE/FALSE confusion counts over valid answers (FORMATS 6.1): predicted label against
 * ground truth; answers whose ground truth is neither label are left out.
 */
public record Confusion(long tp, long fp, long tn, long fn) {

    public static Confusion of(Iterable<PredictionRecord> records) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (PredictionRecord r : records) {
            if (!r.isValid()) {
                continue;
            }
            boolean gtTrue = DatasetItem.TRUE.equals(r.groundTruth());
            boolean gtFalse = DatasetItem.FALSE.equals(r.groundTruth());
            boolean predTrue = DatasetItem.TRUE.equals(r.parsedLabel());
            boolean predFalse = DatasetItem.FALSE.equals(r.parsedLabel());
            if (gtTrue && predTrue) {
                tp++;
            } else if (gtFalse && predFalse) {
                tn++;
            } else if (gtFalse && predTrue) {
                fp++;
            } else if (gtTrue && predFalse) {
                fn++;
            }
        }
        return new Confusion(tp, fp, tn, fn);
    }

    public long total() {
        return tp + fp + tn + fn;
    }

    /** Recall of TRUE; 0.0 without any TRUE item. */
    public double tpr() {
        return ratio(tp, tp + fn);
    }

    /** Specificity; 0.0 without any FALSE item. */
    public double tnr() {
        return ratio(tn, tn + fp);
    }

    public double fpr() {
        return ratio(fp, fp + tn);
    }

    public double fnr() {
        return ratio(fn, fn + tp);
    }

    /** (TPR + TNR) / 2, so a missing class gives half the other rate, as the original does. */
    public double balancedAccuracy() {
        return (tpr() + tnr()) / 2;
    }

    /**
     * Matthews correlation; 0.0 when any margin is empty. Numerator and product are exact
     * integers converted once to double, as Python does, so the result is bit-identical.
     */
    public double mcc() {
        BigInteger product = BigInteger.valueOf(tp + fp).multiply(BigInteger.valueOf(tp + fn))
                .multiply(BigInteger.valueOf(tn + fp)).multiply(BigInteger.valueOf(tn + fn));
        if (product.signum() == 0) {
            return 0.0;
        }
        BigInteger numerator = BigInteger.valueOf(tp).multiply(BigInteger.valueOf(tn))
                .subtract(BigInteger.valueOf(fp).multiply(BigInteger.valueOf(fn)));
        return numerator.doubleValue() / Math.sqrt(product.doubleValue());
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
