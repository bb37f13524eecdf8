package org.chaosbench.runs.ingest.audit.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.policy.Verdict;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Everything the audit found about one run: the figures of FORMATS 8.4 under the same names
 * (nullable where the run's files do not give them), the policy verdict and the findings.
 * Rates are rounded to 4 as the original reports them; the Wilson bounds and bias rates stay
 * unrounded for comparisons and are rounded by the output layer.
 *
 * @param manifest null when run_manifest.json could not be read (see findings)
 * @param maxItemsUnset the original's {@code is_full_run}: max_items null or 0
 * @param isFullRun a full run in fact: {@link RunScope} also recognises subset runs
 * @param confusion from predictions; null without them
 * @param bias from predictions; null without them
 * @param duplicateIdsCount rows whose id was already seen (0 without predictions)
 * @param predictionsMatchManifest line count == total_items_evaluated; null when either is unknown
 * @param invalidCategories category key (InvalidCategory.key) to count, only categories seen
 * @param wilson run-level 95% interval on (correct, valid); null when those are unknown
 * @param sha the two SHA comparisons of FORMATS 8.4
 * @param outcomes per-item correctness for the pairwise tests; null without predictions
 * @param latency the latency distribution; null without predictions or latencies
 */
public record RunAudit(Path runDir, DiscoveredRun.Source source, RunManifest manifest, String runId,
        String provider, String model, boolean isCanonicalRun, boolean maxItemsUnset, boolean isFullRun,
        Long totalItems, Long validCount, Long invalidCount, Double accuracyValid, Double effectiveAccuracy,
        Double balancedAccuracy, Double mcc, Double coverage, Confusion confusion, BiasReport bias,
        long duplicateIdsCount, Boolean predictionsMatchManifest, List<String> invalidIds,
        Map<String, Long> invalidCategories, Double throughputQps, Map<String, FamilyAuditRow> families,
        WilsonInterval wilson, Verdict verdict, List<Finding> findings, ShaCheck sha, ItemOutcomes outcomes,
        LatencyStats latency) {

    public RunAudit {
        invalidIds = List.copyOf(invalidIds);
        invalidCategories = Map.copyOf(invalidCategories);
        families = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(families));
        findings = List.copyOf(findings);
        sha = sha == null ? ShaCheck.NONE : sha;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
    }

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }

    /** The codes of the findings, in the order they were found. */
    public List<String> findingCodes() {
        return findings.stream().map(Finding::code).toList();
    }
}
