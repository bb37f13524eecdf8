package org.chaosbench.runs.ingest.audit;

import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * The audit's view of valid rows (FORMATS 6.2): the confusion matrix plus how many valid rows
 * carry each ground-truth and each predicted label. The label counts are kept apart from the
 * matrix because a valid row whose ground truth is neither TRUE nor FALSE still counts as a
 * predicted TRUE/FALSE while staying out of the matrix.
 */
public record LabelCounts(Confusion confusion, long gtTrue, long gtFalse, long predTrue, long predFalse) {

    public static final LabelCounts EMPTY = new LabelCounts(new Confusion(0, 0, 0, 0), 0, 0, 0, 0);

    /**
     * Counts rows whose outcome starts with {@code VALID}, the audit's test; the runner's
     * metrics instead treat anything but {@code INVALID} as valid, so an odd outcome value
     * falls out here but not there.
     */
    public static LabelCounts of(Iterable<PredictionRecord> records) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        long gtTrue = 0;
        long gtFalse = 0;
        long predTrue = 0;
        long predFalse = 0;
        for (PredictionRecord r : records) {
            if (!isAuditValid(r)) {
                continue;
            }
            boolean gtT = DatasetItem.TRUE.equals(r.groundTruth());
            boolean gtF = DatasetItem.FALSE.equals(r.groundTruth());
            boolean predT = DatasetItem.TRUE.equals(r.parsedLabel());
            boolean predF = DatasetItem.FALSE.equals(r.parsedLabel());
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
        return new LabelCounts(new Confusion(tp, fp, tn, fn), gtTrue, gtFalse, predTrue, predFalse);
    }

    /** The audit's validity rule: outcome starts with VALID (a null outcome is invalid). */
    public static boolean isAuditValid(PredictionRecord r) {
        return r.outcome() != null && r.outcome().startsWith("VALID");
    }
}
