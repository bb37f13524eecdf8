package org.chaosbench.runs.ingest.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * One task family's figures in the audit (FORMATS 8.4), computed from that family's
 * prediction rows. Coverage and accuracy are rounded to 4 as the audit reports them; the
 * Wilson bounds and bias rates stay unrounded for comparisons (ranks, verdicts) and are
 * rounded when written.
 *
 * @param correct rows with a truthy {@code correct}, the same count the audit's metric
 *     cross-check uses
 * @param lowSupport fewer than 100 items: the family's figures are too noisy to compare
 * @param wilson interval on (correct, valid) for every family, where the original gives one
 *     only to low-support families
 */
public record FamilyAuditRow(String family, long total, long valid, long correct, double coverage,
        double accuracyValid, boolean lowSupport, WilsonInterval wilson, LabelCounts labels, BiasReport bias) {

    public static final int LOW_SUPPORT_BELOW = 100;

    /**
     * Rows per family ({@code task_family or "unknown"}), families in Python's sorted
     * order (code points), so tables list them as the original does.
     */
    public static Map<String, FamilyAuditRow> fromPredictions(Iterable<PredictionRecord> records,
            BiasThresholds thresholds) {
        Map<String, List<PredictionRecord>> byFamily = new TreeMap<>(CodePointOrder.INSTANCE);
        for (PredictionRecord r : records) {
            byFamily.computeIfAbsent(r.familyKey(), k -> new ArrayList<>()).add(r);
        }
        Map<String, FamilyAuditRow> rows = new LinkedHashMap<>();
        byFamily.forEach((family, familyRecords) -> rows.put(family, of(family, familyRecords, thresholds)));
        return Collections.unmodifiableMap(rows);
    }

    /** The figures of one family's rows; validity is the audit's (outcome starts with VALID). */
    public static FamilyAuditRow of(String family, List<PredictionRecord> records, BiasThresholds thresholds) {
        long total = records.size();
        long valid = 0;
        long correct = 0;
        for (PredictionRecord r : records) {
            valid += LabelCounts.isAuditValid(r) ? 1 : 0;
            correct += r.isCorrect() ? 1 : 0;
        }
        double coverage = total == 0 ? 0.0 : PyRound.round((double) valid / total, 4);
        double accuracy = valid == 0 ? 0.0 : PyRound.round((double) correct / valid, 4);
        // A truthy `correct` on an invalid row (hand-edited files) could push correct past
        // valid; the interval is then taken on valid/valid rather than failing the audit.
        WilsonInterval wilson = WilsonInterval.of(Math.min(correct, valid), valid);
        LabelCounts labels = LabelCounts.of(records);
        return new FamilyAuditRow(family, total, valid, correct, coverage, accuracy, total < LOW_SUPPORT_BELOW,
                wilson, labels, BiasReport.of(labels, thresholds));
    }

    /**
     * The interval as the original summary.json reports it: only for low-support families
     * with valid answers, rounded to 4; null otherwise.
     */
    public WilsonInterval legacyWilson() {
        if (!lowSupport || valid == 0) {
            return null;
        }
        return new WilsonInterval(PyRound.round(wilson.lo(), 4), PyRound.round(wilson.hi(), 4));
    }
}
