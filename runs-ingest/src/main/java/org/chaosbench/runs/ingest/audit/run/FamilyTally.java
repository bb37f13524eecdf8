package org.chaosbench.runs.ingest.audit.run;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.LabelTally;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * The counters behind one {@link FamilyAuditRow}. FamilyAuditRow.of wants the family's
 * records as a list; the auditor streams predictions and keeps no records, so it feeds this
 * accumulator instead and builds the row with the same definitions at the end.
 */
final class FamilyTally {
    private final String family;
    private long total;
    private long valid;
    private long correct;
    private final LabelTally labels = new LabelTally();

    FamilyTally(String family) {
        this.family = family;
    }

    void add(String outcome, Boolean correctValue, String groundTruth, String parsedLabel) {
        total++;
        valid += outcome != null && outcome.startsWith("VALID") ? 1 : 0;
        correct += Boolean.TRUE.equals(correctValue) ? 1 : 0;
        labels.add(outcome, groundTruth, parsedLabel);
    }

    /**
     * The row; {@code stored} (metrics.json per_family counts) wins for total/valid/correct as
     * in analyze_runs, while labels and bias always come from the predictions.
     */
    FamilyAuditRow row(StoredMetrics.Family stored, BiasThresholds thresholds) {
        return row(family, stored != null ? stored.total() : total, stored != null ? stored.valid() : valid,
                stored != null ? stored.correct() : correct, labels.counts(), thresholds);
    }

    /** A family known only from metrics.json (a published run has no predictions). */
    static FamilyAuditRow storedOnly(String family, StoredMetrics.Family stored, BiasThresholds thresholds) {
        return row(family, stored.total(), stored.valid(), stored.correct(), LabelCounts.EMPTY, thresholds);
    }

    private static FamilyAuditRow row(String family, long total, long valid, long correct, LabelCounts labels,
            BiasThresholds thresholds) {
        double coverage = total == 0 ? 0.0 : PyRound.round((double) valid / total, 4);
        double accuracy = valid == 0 ? 0.0 : PyRound.round((double) correct / valid, 4);
        // Clamped for the same reason as in FamilyAuditRow.of: hand-edited rows may mark an
        // invalid answer correct, which must not make the interval throw.
        WilsonInterval wilson = WilsonInterval.of(Math.max(0, Math.min(correct, valid)), Math.max(0, valid));
        return new FamilyAuditRow(family, total, valid, correct, coverage, accuracy,
                total < FamilyAuditRow.LOW_SUPPORT_BELOW, wilson, labels, BiasReport.of(labels, thresholds));
    }
}
