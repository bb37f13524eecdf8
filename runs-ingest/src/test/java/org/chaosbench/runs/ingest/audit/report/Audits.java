package org.chaosbench.runs.ingest.audit.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.policy.RuleResult;
import org.chaosbench.runs.ingest.policy.Verdict;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RunAudit values built directly (its record constructor is public): simpler than staging
 * run folders plus a tagged git repository and a freeze manifest just to get an OFFICIAL
 * verdict, and it lets each test pick exactly the figures it formats.
 */
final class Audits {

    static final Verdict OFFICIAL = Verdict.of(List.of(RuleResult.pass("all", "all criteria met")));
    static final Verdict EXPLORATORY = Verdict.of(List.of(RuleResult.fail("git_commit", "commit not tagged")));

    private Audits() {
    }

    /** A manifest carrying only what the report reads: the dataset SHA. */
    static RunManifest manifest(String sha) {
        return new RunManifest(null, null, null, null, null, sha, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    static LabelCounts labels(Confusion c, long gtTrue, long gtFalse, long predTrue, long predFalse) {
        return new LabelCounts(c, gtTrue, gtFalse, predTrue, predFalse);
    }

    static FamilyAuditRow family(String name, long total, long valid, long correct, double coverage,
            double accuracy, LabelCounts labels) {
        return new FamilyAuditRow(name, total, valid, correct, coverage, accuracy,
                total < FamilyAuditRow.LOW_SUPPORT_BELOW, WilsonInterval.of(correct, valid), labels,
                BiasReport.of(labels));
    }

    /** @param labels null for a run without predictions (no confusion, no bias) */
    static RunAudit run(String runId, String provider, String model, long total, long valid, long invalid,
            double accuracy, double effective, double balanced, double mcc, double coverage, LabelCounts labels,
            boolean fullRun, Map<String, FamilyAuditRow> families, WilsonInterval wilson, RunManifest manifest,
            Verdict verdict) {
        return new RunAudit(Path.of("runs", runId), DiscoveredRun.Source.RUNS, manifest, runId, provider, model, true,
                fullRun, fullRun, total, valid, invalid, accuracy, effective, balanced, mcc, coverage,
                labels == null ? null : labels.confusion(), labels == null ? null : BiasReport.of(labels), 0L, true,
                List.of(), Map.of(), null, families, wilson, verdict, List.of(), null, null, null);
    }
}
