package org.chaosbench.runs.report.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.CodePointOrder;

/**
 * Chart rows taken from audited runs, so that the site and the paper assets chart the same
 * figures the audit reports: accuracy on valid answers with the Wilson interval on
 * (correct, valid). A run the audit could not give both figures for has nothing to draw and is
 * left out of the rows (the tables still list it).
 */
public final class AuditChartData {
    private AuditChartData() {
    }

    /** True when the run has an accuracy and an interval to draw. */
    public static boolean chartable(RunAudit run) {
        return run.accuracyValid() != null && run.wilson() != null;
    }

    /** One row per chartable run, in the given order, labelled by {@link #labels}. */
    public static List<IntervalRow> boardRows(List<RunAudit> runs) {
        List<RunAudit> drawn = runs.stream().filter(AuditChartData::chartable).toList();
        List<String> labels = labels(drawn);
        List<IntervalRow> rows = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            RunAudit r = drawn.get(i);
            rows.add(row(labels.get(i), r.accuracyValid(), r.wilson()));
        }
        return rows;
    }

    /** The run's families in the audit's (alphabetical) order; families without valid answers are left out. */
    public static List<IntervalRow> familyRows(RunAudit run) {
        List<IntervalRow> rows = new ArrayList<>();
        for (FamilyAuditRow f : run.families().values()) {
            if (f.valid() > 0 && f.wilson() != null) {
                rows.add(row(f.family(), f.accuracyValid(), f.wilson()));
            }
        }
        return rows;
    }

    /** Rows = runs (labelled as in {@link #labels}), columns = every family any of them has. */
    public static HeatmapData familyHeatmap(List<RunAudit> runs) {
        TreeSet<String> families = new TreeSet<>(CodePointOrder.INSTANCE);
        runs.forEach(r -> families.addAll(r.families().keySet()));
        List<String> columns = List.copyOf(families);
        List<List<Double>> values = new ArrayList<>();
        for (RunAudit r : runs) {
            List<Double> row = new ArrayList<>();
            for (String family : columns) {
                FamilyAuditRow f = r.families().get(family);
                row.add(f == null || f.valid() == 0 ? null : f.accuracyValid());
            }
            values.add(row);
        }
        return new HeatmapData(labels(runs), columns, values);
    }

    /**
     * One point per model (provider/model) and board size; when a model ran the same size twice,
     * the later run in the given (processing, i.e. run-id) order wins.
     */
    public static List<SubsetPoint> subsetPoints(List<RunAudit> runs) {
        // Sizes are only comparable within one dataset: a line joins a model's runs on the same
        // dataset fingerprint, and the fingerprint names the line when the runs span several.
        java.util.Set<String> datasets = new java.util.HashSet<>();
        runs.stream().filter(AuditChartData::chartable).forEach(r -> datasets.add(datasetSha(r)));
        Map<List<Object>, SubsetPoint> latest = new java.util.LinkedHashMap<>();
        for (RunAudit r : runs) {
            if (!chartable(r) || r.totalItems() == null || r.totalItems() <= 0) {
                continue;
            }
            String sha = datasetSha(r);
            String series = datasets.size() > 1 ? modelName(r) + " \u00b7 dataset " + shortSha(sha) : modelName(r);
            List<Object> key = List.of(modelName(r), sha, r.totalItems());
            latest.remove(key);
            latest.put(key, new SubsetPoint(series, r.totalItems(), r.isFullRun(), r.accuracyValid(),
                    clamp(r.wilson().lo()), clamp(r.wilson().hi())));
        }
        return List.copyOf(latest.values());
    }

    private static String datasetSha(RunAudit r) {
        String sha = r.manifest() == null ? null : r.manifest().datasetGlobalSha256();
        return sha == null || sha.isEmpty() ? "unknown" : sha;
    }

    private static String shortSha(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    /**
     * Display names: the model, or provider/model when the provider differs from the model
     * string; a name that occurs more than once gets its run id, so rows stay distinguishable.
     */
    public static List<String> labels(List<RunAudit> runs) {
        Map<String, Integer> counts = new HashMap<>();
        runs.forEach(r -> counts.merge(modelName(r), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        for (RunAudit r : runs) {
            String name = modelName(r);
            labels.add(counts.get(name) > 1 ? name + " \u00b7 " + r.runId() : name);
        }
        return labels;
    }

    static String modelName(RunAudit r) {
        if (r.model() == null) {
            return r.runId();
        }
        return r.provider() == null || r.provider().equals(r.model()) ? r.model() : r.provider() + "/" + r.model();
    }

    private static IntervalRow row(String label, double value, WilsonInterval w) {
        return new IntervalRow(label, clamp(value), clamp(w.lo()), clamp(w.hi()));
    }

    /** Stored rates are rounded; keep them inside [0, 1] whatever the rounding did. */
    private static double clamp(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
