package org.chaosbench.runs.ingest.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.AuditContext;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.ingest.audit.run.RunFolders;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/** McNemar + Holm between real run folders, with hand-computed expectations. */
class PairwiseTestsTest {
    @TempDir
    Path root;

    private AuditReport auditAll() {
        AuditContext context = AuditContext.of(PolicyContext.load(root, null, Set.of(), Set.of()), BiasThresholds.DEFAULTS);
        List<RunAudit> audits = new ArrayList<>();
        for (DiscoveredRun run : RunDiscovery.discover(root.resolve("runs"), null)) {
            audits.add(RunAuditor.audit(run, context));
        }
        return AuditReport.build(audits, Instant.EPOCH, "", "");
    }

    @Test
    void runsOverTheSameItemsArePairedAndHolmCorrected() {
        String sha = "ab".repeat(32);
        RunFolders.write(root.resolve("runs/a"), sha, "q", RunFolders.firstRight(30, 30));
        RunFolders.write(root.resolve("runs/b"), sha, "q", RunFolders.firstRight(30, 10));
        RunFolders.write(root.resolve("runs/c"), sha, "q", RunFolders.firstRight(30, 12));
        // Same count and SHA, other items: no item-by-item comparison is possible.
        RunFolders.write(root.resolve("runs/d"), sha, "z", RunFolders.firstRight(30, 15));

        AuditReport report = auditAll();
        assertThat(report.runs()).extracting(RunAudit::runId).containsExactly("a", "b", "c", "d");
        assertThat(report.pairGroups()).containsExactly(List.of(0, 1, 2));
        // a/b: 20 items only a got right, none the other way: p = 2 * 2^-20.
        // a/c: 18 and 0: p = 2 * 2^-18.  b/c: 0 and 2 (items 10 and 11): p = 2 * P(X <= 0 | n=2) = 0.5.
        // Holm over three: 3 * 2^-19, then max(that, 2 * 2^-17), then max(that, 0.5).
        assertThat(report.pairs()).extracting(PairwiseComparison::first, PairwiseComparison::second,
                PairwiseComparison::items, PairwiseComparison::firstOnly, PairwiseComparison::secondOnly,
                PairwiseComparison::pValue, PairwiseComparison::holmP, PairwiseComparison::significant)
                .containsExactly(
                        tuple(0, 1, 30, 20L, 0L, Math.scalb(1.0, -19), 3 * Math.scalb(1.0, -19), true),
                        tuple(0, 2, 30, 18L, 0L, Math.scalb(1.0, -17), 2 * Math.scalb(1.0, -17), true),
                        tuple(1, 2, 30, 0L, 2L, 0.5, 0.5, false));
        assertThat(report.pairs().get(2).better()).isEqualTo(2);
        // Ranks still come from the intervals among runs of the same size and SHA (d included):
        // a (30/30) beats all; b, c and d overlap.
        assertThat(report.ranks()).containsExactly(1, 2, 2, 2);
    }

    @Test
    void aDuplicatedRowCountsOnceAndRunsWithoutPredictionsArePairedWithNobody() throws Exception {
        String sha = "cd".repeat(32);
        Path a = RunFolders.write(root.resolve("runs/a"), sha, "q", RunFolders.firstRight(4, 4));
        java.nio.file.Files.writeString(a.resolve("predictions.jsonl"),
                java.nio.file.Files.readString(a.resolve("predictions.jsonl")).lines().findFirst().orElseThrow() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        RunFolders.write(root.resolve("runs/b"), sha, "q", RunFolders.firstRight(4, 0));
        Path c = RunFolders.write(root.resolve("runs/c"), sha, "q", RunFolders.firstRight(4, 1));
        java.nio.file.Files.delete(c.resolve("predictions.jsonl"));

        AuditReport report = auditAll();
        assertThat(report.runs().get(0).outcomes().items()).isEqualTo(4);
        assertThat(report.pairGroups()).containsExactly(List.of(0, 1));
        assertThat(report.pairs()).singleElement().extracting(PairwiseComparison::firstOnly,
                PairwiseComparison::secondOnly, PairwiseComparison::pValue).containsExactly(4L, 0L, 0.125);
    }
}
