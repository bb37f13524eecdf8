package org.chaosbench.runs.report.audit;

import java.util.Map;

/** What a person can do about each kind of finding (RUNS_AUDIT.md section 10). */
final class FindingFixes {
    private static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("sha-mismatch", "re-run the model on the frozen dataset; this run used other data"),
            Map.entry("sha-legacy-formula", "same data, old fingerprint: re-run for an official run, or keep it as exploratory"),
            Map.entry("sha-not-frozen", "write the freeze manifest with `bin/chaosbench freeze` and audit again"),
            Map.entry("sha-recompute-failed", "restore the selector and dataset files named by the manifest (check --root)"),
            Map.entry("checkpoint-leftover", "finish the run with `bin/chaosbench eval --resume <run_id>`, or delete the folder"),
            Map.entry("predictions-count-mismatch", "the run is incomplete or was edited: resume or re-run it"),
            Map.entry("predictions-duplicate-ids", "re-run: a run answers each item once"),
            Map.entry("predictions-malformed-line", "the file was damaged: recover it from a backup or re-run"),
            Map.entry("predictions-missing-id", "the file was damaged: recover it from a backup or re-run"),
            Map.entry("predictions-null-outcome", "re-run the affected items; the file was edited or written by a faulty tool"),
            Map.entry("predictions-unexpected-outcome", "check the tool that wrote the file; outcomes are VALID_TRUE, VALID_FALSE or INVALID"),
            Map.entry("predictions-missing", "published runs carry no predictions; for a live run, re-run or restore the file"),
            Map.entry("predictions-unreadable", "check permissions and encoding of predictions.jsonl"),
            Map.entry("metrics-missing", "regenerate it with `bin/chaosbench metrics --run <run folder>`"),
            Map.entry("metrics-unreadable", "regenerate it with `bin/chaosbench metrics --run <run folder>`"),
            Map.entry("metrics-correct-mismatch", "regenerate metrics.json from the predictions with `bin/chaosbench metrics --run <run folder>`"),
            Map.entry("manifest-unreadable", "restore run_manifest.json from a backup; without it no criterion can be checked"),
            Map.entry("manifest-total-null", "restore total_items_evaluated in run_manifest.json (the number of predictions)"),
            Map.entry("latency-impossible", "timings are broken: do not compare this run's speed"),
            Map.entry("latency-stall", "check the provider's logs; compare speeds only between runs without stalls"),
            Map.entry("policy-failed", "fix the manifest field named in the finding and audit again"));

    private FindingFixes() {
    }

    static String fixFor(String code) {
        return FIXES.getOrDefault(code, "see the finding's message");
    }
}
