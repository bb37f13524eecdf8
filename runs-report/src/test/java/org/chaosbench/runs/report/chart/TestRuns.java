package org.chaosbench.runs.report.chart;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.BiasReport;
import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.ingest.policy.RuleResult;
import org.chaosbench.runs.ingest.policy.Verdict;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RunAudit values built directly (the record's constructor is public): the chart and paper tests
 * choose exactly the figures they check, without staging a tagged repository per verdict. The
 * end-to-end test of the paper assets builds real runs instead.
 */
public final class TestRuns {
    public static final Verdict OFFICIAL = Verdict.of(List.of(RuleResult.pass("all", "all criteria met")));
    public static final Verdict EXPLORATORY = Verdict.of(List.of(RuleResult.fail("git_commit", "not tagged")));
    public static final String SHA = "cfcfcc1234567890cfcfcc1234567890cfcfcc1234567890cfcfcc1234567890";

    private TestRuns() {
    }

    /** A family with a balanced confusion from its counts (correct split evenly over TP and TN). */
    public static FamilyAuditRow family(String name, long total, long valid, long correct) {
        long tp = correct / 2;
        long fn = (valid - correct) / 2;
        Confusion c = new Confusion(tp, valid - correct - fn, correct - tp, fn);
        LabelCounts labels = new LabelCounts(c, tp + fn, c.fp() + c.tn(), tp + c.fp(), fn + c.tn());
        return new FamilyAuditRow(name, total, valid, correct, total == 0 ? 0 : PyRound.round((double) valid / total, 4),
                valid == 0 ? 0 : PyRound.round((double) correct / valid, 4), total < FamilyAuditRow.LOW_SUPPORT_BELOW,
                WilsonInterval.of(correct, valid), labels, BiasReport.of(labels));
    }

    /**
     * @param confusion null for a published run without predictions
     */
    public static RunAudit run(String runId, String provider, String model, long total, long valid, long correct,
            Confusion confusion, boolean full, String sha, Verdict verdict, FamilyAuditRow... families) {
        Map<String, FamilyAuditRow> byName = new LinkedHashMap<>();
        for (FamilyAuditRow f : families) {
            byName.put(f.family(), f);
        }
        LabelCounts labels = confusion == null ? null
                : new LabelCounts(confusion, confusion.tp() + confusion.fn(), confusion.fp() + confusion.tn(),
                        confusion.tp() + confusion.fp(), confusion.fn() + confusion.tn());
        double accuracy = PyRound.round((double) correct / valid, 4);
        double coverage = PyRound.round((double) valid / total, 4);
        RunManifest manifest = new RunManifest(runId, "2026-02-20T15:00:00+00:00", provider + "/" + model, "v2",
                "5881f664c444e3d3", sha, "data/canonical_v2_files.json", total, full ? null : total, 42L, 1L, true,
                4L, "canonical", null, "abc1234", "java 17", null, null, null, Map.of());
        return new RunAudit(Path.of("runs", runId), DiscoveredRun.Source.RUNS, manifest, runId, provider, model, true,
                full, full, total, valid, total - valid, accuracy, PyRound.round(accuracy * coverage, 4), accuracy,
                0.1234, coverage, confusion, labels == null ? null : BiasReport.of(labels), 0L, true, List.of(),
                Map.of(), null, byName, WilsonInterval.of(correct, valid), verdict, List.of(), null, null, null);
    }
}
