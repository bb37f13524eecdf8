package org.chaosbench.runs.ingest.audit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.run.Finding;
import org.chaosbench.runs.ingest.audit.run.RunAudit;

/**
 * One run's object in audit.json: first the summary.json per-run keys of FORMATS 8.5 in their
 * order (so consumers of the original keep working), then what the original lacks: the
 * verdict with its reasons, the run-level Wilson interval, the rank and the coded findings.
 */
final class RunJson {

    private RunJson() {
    }

    static Map<String, Object> of(AuditReport report, int index) {
        RunAudit a = report.runs().get(index);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", a.runId());
        m.put("provider", a.provider());
        m.put("model", a.model());
        m.put("total_items", a.totalItems());
        m.put("valid_count", a.validCount());
        m.put("invalid_count", a.invalidCount());
        m.put("accuracy_valid", a.accuracyValid());
        m.put("effective_accuracy", a.effectiveAccuracy());
        m.put("balanced_accuracy", a.balancedAccuracy());
        m.put("mcc", a.mcc());
        m.put("coverage", a.coverage());
        m.put("confusion", ConfusionJson.of(a.confusion(), a.bias()));
        m.put("sha_matches_run_method", a.sha().matchesRunMethod());
        m.put("sha_matches_freeze_method", a.sha().matchesFreezeMethod());
        m.put("is_canonical_run", a.isCanonicalRun());
        // The original's meaning (max_items null or 0); the stricter is_full_run of
        // RunScope, which knows subset runs, is what the paper tables use.
        m.put("is_full_run", a.maxItemsUnset());
        m.put("predictions_match_manifest", a.predictionsMatchManifest());
        m.put("duplicate_ids_count", a.duplicateIdsCount());
        m.put("throughput_qps", a.throughputQps());
        m.put("errors", messages(a, Finding.Severity.ERROR));
        m.put("warnings", messages(a, Finding.Severity.WARNING));
        boolean withPredictions = a.confusion() != null;
        m.put("per_family", a.families().values().stream()
                .map((FamilyAuditRow f) -> (Object) FamilyJson.of(f, withPredictions)).toList());
        m.put("verdict", a.verdict().kind().name());
        m.put("verdict_reasons", a.verdict().reasons());
        m.put("wilson_lo", a.wilson() == null ? null : ConfusionJson.r4(a.wilson().lo()));
        m.put("wilson_hi", a.wilson() == null ? null : ConfusionJson.r4(a.wilson().hi()));
        m.put("rank", report.rankOf(index));
        m.put("findings", a.findings().stream().map(RunJson::finding).toList());
        return m;
    }

    private static List<String> messages(RunAudit a, Finding.Severity severity) {
        return a.findings().stream().filter(f -> f.severity() == severity).map(Finding::message).toList();
    }

    private static Object finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name());
        m.put("code", f.code());
        m.put("message", f.message());
        return m;
    }
}
