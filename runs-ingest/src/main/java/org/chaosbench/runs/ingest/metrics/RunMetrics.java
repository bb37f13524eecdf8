package org.chaosbench.runs.ingest.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.run.PredictionRecord;

/**
 * The runner's metrics over a final record list (FORMATS 6.1), the content of metrics.json.
 * Every figure shown anywhere for a run comes from here.
 *
 * @param families per-family counts in first-appearance order
 * @param splits per-split counts in first-appearance order
 */
public record RunMetrics(long total, long valid, long correct, Confusion confusion,
        Map<String, GroupCounts> families, Map<String, GroupCounts> splits) {

    /** Totals of one family or split. */
    public record GroupCounts(long total, long valid, long correct) {
        public double coverage() {
            return Confusion.ratio(valid, total);
        }

        public double accuracyValid() {
            return Confusion.ratio(correct, valid);
        }

        GroupCounts add(PredictionRecord r) {
            return new GroupCounts(total + 1, valid + (r.isValid() ? 1 : 0),
                    correct + (r.isValid() && r.isCorrect() ? 1 : 0));
        }
    }

    public static RunMetrics of(List<PredictionRecord> records) {
        long valid = 0;
        long correct = 0;
        Map<String, GroupCounts> families = new LinkedHashMap<>();
        Map<String, GroupCounts> splits = new LinkedHashMap<>();
        GroupCounts zero = new GroupCounts(0, 0, 0);
        for (PredictionRecord r : records) {
            if (r.isValid()) {
                valid++;
                if (r.isCorrect()) {
                    correct++;
                }
            }
            families.put(r.familyKey(), families.getOrDefault(r.familyKey(), zero).add(r));
            splits.put(r.splitKey(), splits.getOrDefault(r.splitKey(), zero).add(r));
        }
        return new RunMetrics(records.size(), valid, correct, Confusion.of(records), families, splits);
    }

    public long invalid() {
        return total - valid;
    }

    public double coverage() {
        return Confusion.ratio(valid, total);
    }

    public double invalidRate() {
        return Confusion.ratio(invalid(), total);
    }

    public double accuracyValid() {
        return Confusion.ratio(correct, valid);
    }

    public double effectiveAccuracy() {
        return coverage() * accuracyValid();
    }

    /** metrics.json as a JSON object: six rounded rates, unrounded per-family and per-split values. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", total);
        if (total == 0) {
            return json;
        }
        Map<String, Object> rates = summary();
        json.put("valid", valid);
        json.put("invalid", invalid());
        json.put("correct", correct);
        json.put("coverage", rates.get("coverage"));
        json.put("invalid_rate", PyRound.round(invalidRate(), 4));
        json.put("accuracy_valid", rates.get("accuracy_valid"));
        json.put("effective_accuracy", rates.get("effective_accuracy"));
        json.put("balanced_accuracy", rates.get("balanced_accuracy"));
        json.put("mcc", rates.get("mcc"));
        Map<String, Object> perFamily = new LinkedHashMap<>();
        families.forEach((name, g) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("total", g.total());
            f.put("valid", g.valid());
            f.put("correct", g.correct());
            f.put("coverage", g.coverage());
            f.put("accuracy_valid", g.accuracyValid());
            perFamily.put(name, f);
        });
        json.put("per_family", perFamily);
        Map<String, Object> perSplit = new LinkedHashMap<>();
        splits.forEach((name, g) -> {
            Map<String, Object> sp = new LinkedHashMap<>();
            sp.put("total", g.total());
            sp.put("valid", g.valid());
            sp.put("accuracy_valid", g.accuracyValid());
            perSplit.put(name, sp);
        });
        json.put("per_split", perSplit);
        return json;
    }

    /**
     * The five rounded rates a run manifest copies as {@code metrics_summary}; empty for a run
     * without records.
     */
    public Map<String, Object> summary() {
        Map<String, Object> s = new LinkedHashMap<>();
        if (total == 0) {
            return s;
        }
        s.put("coverage", PyRound.round(coverage(), 4));
        s.put("accuracy_valid", PyRound.round(accuracyValid(), 4));
        s.put("effective_accuracy", PyRound.round(effectiveAccuracy(), 4));
        s.put("balanced_accuracy", PyRound.round(confusion.balancedAccuracy(), 4));
        s.put("mcc", PyRound.round(confusion.mcc(), 4));
        return s;
    }
}
