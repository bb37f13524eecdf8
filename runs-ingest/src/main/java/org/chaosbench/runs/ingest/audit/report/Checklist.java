package org.chaosbench.runs.ingest.audit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.chaosbench.runs.ingest.audit.report.ChecklistItem.Status;
import org.chaosbench.runs.ingest.audit.run.RunAudit;

/**
 * The audit's checklist (issue 4, item 4): where the original prints a fixed table, each row
 * here is decided from the findings and figures of the runs, and names the runs concerned.
 */
public final class Checklist {
    /** A run with more invalid answers than this share deserves a look at its parsing. */
    public static final double INVALID_RATE_WARN = 0.05;

    private static final int NAMES_SHOWN = 5;

    private Checklist() {
    }

    /**
     * @param gitTrackedRunPaths paths under the runs folder that git tracks (RUNS_POLICY 2a), relative
     *     to the project root; null when that could not be asked (no repository)
     */
    public static List<ChecklistItem> of(AuditReport report, List<String> gitTrackedRunPaths) {
        List<RunAudit> runs = report.runs();
        List<ChecklistItem> items = new ArrayList<>();
        items.add(datasetSha(report));
        items.add(subsetConfusion(runs));
        items.add(byFinding("Predictions count vs manifest", runs, "predictions-count-mismatch", Status.FAIL,
                "line count of predictions.jsonl differs from total_items_evaluated", withPredictions(runs)));
        items.add(byFinding("Duplicate IDs", runs, "predictions-duplicate-ids", Status.FAIL,
                "predictions.jsonl repeats an id", withPredictions(runs)));
        items.add(byFinding("Metrics recomputed vs metrics.json", runs, "metrics-correct-mismatch", Status.FAIL,
                "the correct count recomputed from predictions differs from metrics.json", withPredictions(runs)));
        items.add(invalidRate(runs));
        items.add(labelBias(runs));
        items.add(incomplete(runs));
        items.add(gitTracked(gitTrackedRunPaths));
        items.add(latency(runs));
        items.add(byFinding("Unreadable run files", runs, r -> r.hasFinding("manifest-unreadable")
                || r.hasFinding("metrics-unreadable") || r.hasFinding("predictions-unreadable")
                || r.hasFinding("predictions-malformed-line"), Status.FAIL,
                "a manifest, metrics or predictions file could not be read (see the run's findings)", runs.size()));
        return List.copyOf(items);
    }

    private static ChecklistItem datasetSha(AuditReport report) {
        List<RunAudit> runs = report.runs();
        List<RunAudit> mismatch = filter(runs, r -> r.hasFinding("sha-mismatch") || r.hasFinding("sha-recompute-failed"));
        List<RunAudit> legacy = filter(runs, r -> r.hasFinding("sha-legacy-formula"));
        String global = report.freezeSha().isEmpty() ? "no freeze manifest"
                : report.shaMatch() ? "the canonical files still give the freeze SHA"
                : "the canonical files no longer give the freeze SHA";
        if (!mismatch.isEmpty() || (!report.freezeSha().isEmpty() && !report.shaMatch())) {
            return new ChecklistItem("Dataset SHA mismatch", Status.FAIL, global + "; " + mismatch.size()
                    + " run(s) stored a SHA that is neither the freeze SHA nor its legacy formula" + names(mismatch));
        }
        if (!legacy.isEmpty() || report.freezeSha().isEmpty()) {
            List<RunAudit> unfrozen = filter(runs, r -> r.hasFinding("sha-not-frozen"));
            return new ChecklistItem("Dataset SHA mismatch", Status.WARN, global + "; " + legacy.size()
                    + " run(s) stored the legacy formula's SHA of the same data" + names(legacy) + "; "
                    + unfrozen.size() + " run(s) match the data on disk, which is not frozen" + names(unfrozen));
        }
        return new ChecklistItem("Dataset SHA mismatch", Status.PASS, global + "; every run stored the freeze SHA");
    }

    private static ChecklistItem subsetConfusion(List<RunAudit> runs) {
        List<RunAudit> mistaken = filter(runs, r -> r.maxItemsUnset() && !r.isFullRun());
        if (mistaken.isEmpty()) {
            return new ChecklistItem("Subset vs canonical confusion", Status.PASS,
                    "no subset run carries the marks of a full run");
        }
        return new ChecklistItem("Subset vs canonical confusion", Status.WARN, mistaken.size()
                + " run(s) have max_items null but cover fewer items than the freeze: subset runs the original "
                + "would count as full; here they are reported as subset runs" + names(mistaken));
    }

    private static ChecklistItem invalidRate(List<RunAudit> runs) {
        List<RunAudit> counted = filter(runs, r -> r.totalItems() != null && r.totalItems() > 0 && r.invalidCount() != null);
        if (counted.isEmpty()) {
            return new ChecklistItem("Parsing failures (invalid rate)", Status.NOT_CHECKED, "no run has counts");
        }
        List<RunAudit> high = filter(counted, r -> (double) r.invalidCount() / r.totalItems() > INVALID_RATE_WARN);
        return high.isEmpty()
                ? new ChecklistItem("Parsing failures (invalid rate)", Status.PASS, "every run has at most "
                        + percent(INVALID_RATE_WARN) + " invalid answers")
                : new ChecklistItem("Parsing failures (invalid rate)", Status.WARN, high.size() + " run(s) above "
                        + percent(INVALID_RATE_WARN) + " invalid answers" + names(high));
    }

    private static ChecklistItem labelBias(List<RunAudit> runs) {
        List<RunAudit> measured = filter(runs, r -> r.bias() != null);
        if (measured.isEmpty()) {
            return new ChecklistItem("Label bias", Status.NOT_CHECKED, "no run has predictions to measure it");
        }
        List<RunAudit> biased = filter(measured, r -> r.bias().labelBiased());
        return biased.isEmpty()
                ? new ChecklistItem("Label bias", Status.PASS, measured.size() + " run(s) measured, none label-biased")
                : new ChecklistItem("Label bias", Status.WARN, biased.size() + " of " + measured.size()
                        + " run(s) label-biased: compare them on balanced accuracy and MCC, not accuracy" + names(biased));
    }

    private static ChecklistItem incomplete(List<RunAudit> runs) {
        List<RunAudit> left = filter(runs, r -> r.hasFinding("checkpoint-leftover")
                || (r.source() == org.chaosbench.runs.ingest.audit.run.DiscoveredRun.Source.RUNS
                        && r.hasFinding("metrics-missing")));
        return left.isEmpty()
                ? new ChecklistItem("Leftover checkpoints or incomplete runs", Status.PASS,
                        "no checkpoint left behind, every live run has its metrics")
                : new ChecklistItem("Leftover checkpoints or incomplete runs", Status.WARN, left.size()
                        + " run(s) interrupted or unfinished: resume with `bin/chaosbench eval --resume <run_id>`"
                        + names(left));
    }

    private static ChecklistItem gitTracked(List<String> tracked) {
        if (tracked == null) {
            return new ChecklistItem("Run folders tracked by git", Status.NOT_CHECKED,
                    "the project is not a git repository, so this cannot be asked");
        }
        if (tracked.isEmpty()) {
            return new ChecklistItem("Run folders tracked by git", Status.PASS, "git tracks nothing under the runs folder");
        }
        return new ChecklistItem("Run folders tracked by git", Status.FAIL, tracked.size()
                + " run folder(s) under the runs folder are committed, which RUNS_POLICY 2a forbids; untrack them (the files stay) from the repository root with `"
                + GitTrackedRuns.untrackCommand(tracked) + "`");
    }

    private static ChecklistItem latency(List<RunAudit> runs) {
        List<RunAudit> timed = filter(runs, r -> r.latency() != null);
        if (timed.isEmpty()) {
            return new ChecklistItem("Latency anomalies", Status.NOT_CHECKED, "no run recorded latencies");
        }
        List<RunAudit> impossible = filter(timed, r -> r.hasFinding("latency-impossible"));
        List<RunAudit> stalls = filter(timed, r -> r.hasFinding("latency-stall"));
        if (!impossible.isEmpty()) {
            return new ChecklistItem("Latency anomalies", Status.FAIL, impossible.size()
                    + " run(s) recorded negative or non-finite latencies" + names(impossible));
        }
        return stalls.isEmpty()
                ? new ChecklistItem("Latency anomalies", Status.PASS, timed.size() + " run(s) timed, no stall")
                : new ChecklistItem("Latency anomalies", Status.WARN, stalls.size() + " run(s) with answers over "
                        + (int) org.chaosbench.runs.ingest.audit.run.LatencyStats.STALL_RATIO + "x the median" + names(stalls));
    }

    private static ChecklistItem byFinding(String risk, List<RunAudit> runs, String code, Status status, String what,
            int checkable) {
        return byFinding(risk, runs, r -> r.hasFinding(code), status, what, checkable);
    }

    private static ChecklistItem byFinding(String risk, List<RunAudit> runs, Predicate<RunAudit> hit, Status status,
            String what, int checkable) {
        if (checkable == 0) {
            return new ChecklistItem(risk, Status.NOT_CHECKED, "no run has the files this check reads");
        }
        List<RunAudit> hits = filter(runs, hit);
        return hits.isEmpty() ? new ChecklistItem(risk, Status.PASS, checkable + " run(s) checked, none affected")
                : new ChecklistItem(risk, status, hits.size() + " run(s): " + what + names(hits));
    }

    private static int withPredictions(List<RunAudit> runs) {
        return filter(runs, r -> r.confusion() != null).size();
    }

    private static List<RunAudit> filter(List<RunAudit> runs, Predicate<RunAudit> p) {
        return runs.stream().filter(p).toList();
    }

    private static String names(List<RunAudit> runs) {
        if (runs.isEmpty()) {
            return "";
        }
        String shown = runs.stream().limit(NAMES_SHOWN).map(RunAudit::runId).collect(Collectors.joining(", "));
        return " (" + shown + (runs.size() > NAMES_SHOWN ? ", and " + (runs.size() - NAMES_SHOWN) + " more" : "") + ")";
    }

    private static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }
}
