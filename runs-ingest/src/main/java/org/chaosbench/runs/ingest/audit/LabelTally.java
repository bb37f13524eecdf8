package org.chaosbench.runs.ingest.audit;

import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * Builds {@link LabelCounts} one row at a time, so the audit can count a predictions file
 * while streaming it instead of holding its records. Only rows whose outcome starts with
 * VALID count (the audit's rule, {@link LabelCounts#isAuditValid}).
 */
public final class LabelTally {
    private long tp;
    private long fp;
    private long tn;
    private long fn;
    private long gtTrue;
    private long gtFalse;
    private long predTrue;
    private long predFalse;

    public void add(String outcome, String groundTruth, String parsedLabel) {
        if (outcome == null || !outcome.startsWith("VALID")) {
            return;
        }
        boolean gtT = DatasetItem.TRUE.equals(groundTruth);
        boolean gtF = DatasetItem.FALSE.equals(groundTruth);
        boolean predT = DatasetItem.TRUE.equals(parsedLabel);
        boolean predF = DatasetItem.FALSE.equals(parsedLabel);
        gtTrue += gtT ? 1 : 0;
        gtFalse += gtF ? 1 : 0;
        predTrue += predT ? 1 : 0;
        predFalse += predF ? 1 : 0;
        if (gtT && predT) {
            tp++;
        } else if (gtF && predF) {
            tn++;
        } else if (gtF && predT) {
            fp++;
        } else if (gtT && predF) {
            fn++;
        }
    }

    public LabelCounts counts() {
        return new LabelCounts(new Confusion(tp, fp, tn, fn), gtTrue, gtFalse, predTrue, predFalse);
    }
}
