package org.chaosbench.runs.ingest.audit;

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
        LabelTally tally = new LabelTally();
        for (PredictionRecord r : records) {
            tally.add(r.outcome(), r.groundTruth(), r.parsedLabel());
        }
        return tally.counts();
    }

    /** The audit's validity rule: outcome starts with VALID (a null outcome is invalid). */
    public static boolean isAuditValid(PredictionRecord r) {
        return r.outcome() != null && r.outcome().startsWith("VALID");
    }
}
