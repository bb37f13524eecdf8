package org.chaosbench.runs.ingest.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem.Status;
import org.chaosbench.runs.ingest.audit.run.AuditContext;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.ingest.audit.run.RunFolders;
import org.chaosbench.runs.ingest.policy.PolicyContext;

class ChecklistTest {
    @TempDir
    Path project;

    private AuditReport audit(Path runs) {
        AuditContext context = AuditContext.of(PolicyContext.load(project, null, Set.of(), Set.of()),
                BiasThresholds.DEFAULTS);
        List<RunAudit> audits = new ArrayList<>();
        for (DiscoveredRun run : RunDiscovery.discover(runs, null)) {
            audits.add(RunAuditor.audit(run, context));
        }
        return AuditReport.build(audits, Instant.EPOCH, "", "");
    }

    private static Status status(List<ChecklistItem> items, String risk) {
        return items.stream().filter(i -> i.risk().equals(risk)).findFirst().orElseThrow().status();
    }

    @Test
    void theBrokenCorpusTurnsEveryRowItsWay() throws Exception {
        Path corpus = Path.of(getClass().getClassLoader().getResource("broken-runs").toURI());
        List<ChecklistItem> items = Checklist.of(audit(corpus), null);
        assertThat(items).extracting(ChecklistItem::risk).containsExactly("Dataset SHA mismatch",
                "Subset vs canonical confusion", "Predictions count vs manifest", "Duplicate IDs",
                "Metrics recomputed vs metrics.json", "Parsing failures (invalid rate)", "Label bias",
                "Leftover checkpoints or incomplete runs", "Run folders tracked by git", "Latency anomalies",
                "Unreadable run files");
        assertThat(items).extracting(ChecklistItem::status).containsExactly(Status.FAIL, Status.PASS, Status.FAIL,
                Status.FAIL, Status.FAIL, Status.WARN, Status.WARN, Status.WARN, Status.NOT_CHECKED, Status.FAIL,
                Status.FAIL);
        ChecklistItem count = items.get(2);
        assertThat(count.notes()).startsWith("1 run(s): line count").contains("count-mismatch");
    }

    @Test
    void cleanRunsPassAndNothingIsClaimedWithoutData() {
        RunFolders.write(project.resolve("runs/a"), "ab".repeat(32), "q", RunFolders.firstRight(10, 10));
        List<ChecklistItem> items = Checklist.of(audit(project.resolve("runs")), List.of());
        assertThat(status(items, "Duplicate IDs")).isEqualTo(Status.PASS);
        assertThat(status(items, "Run folders tracked by git")).isEqualTo(Status.PASS);
        assertThat(status(items, "Latency anomalies")).isEqualTo(Status.PASS);
        // The label bias of a run that is always right is nil.
        assertThat(status(items, "Label bias")).isEqualTo(Status.PASS);
        List<ChecklistItem> none = Checklist.of(AuditReport.build(List.of(), Instant.EPOCH, "", ""), null);
        assertThat(status(none, "Duplicate IDs")).isEqualTo(Status.NOT_CHECKED);
        assertThat(status(none, "Label bias")).isEqualTo(Status.NOT_CHECKED);
    }

    @Test
    void committedRunFoldersAreFoundWithTheCommandThatUntracksThem() throws Exception {
        git("init", "-q");
        RunFolders.write(project.resolve("runs/it's"), "ab".repeat(32), "q", RunFolders.firstRight(2, 1));
        RunFolders.write(project.resolve("runs/ok"), "ab".repeat(32), "q", RunFolders.firstRight(2, 1));
        Files.writeString(project.resolve("README"), "x");
        git("add", "README", "runs/it's");
        git("commit", "-q", "-m", "oops");

        List<String> tracked = GitTrackedRuns.find(project, project.resolve("runs"));
        assertThat(tracked).containsExactly("runs/it's");
        ChecklistItem item = Checklist.of(audit(project.resolve("runs")), tracked).get(8);
        assertThat(item.status()).isEqualTo(Status.FAIL);
        assertThat(item.notes()).endsWith("`git rm -r --cached -- 'runs/it'\\''s'`");
        // The command works: after it, git tracks nothing there and the files are still on disk.
        git("rm", "-r", "-q", "--cached", "--", "runs/it's");
        assertThat(GitTrackedRuns.find(project, project.resolve("runs"))).isEmpty();
        assertThat(project.resolve("runs/it's/predictions.jsonl")).exists();
        assertThat(GitTrackedRuns.find(project.resolve("runs").getParent().getParent(), project.resolve("runs")))
                .as("outside any repository").isNull();
    }

    private void git(String... args) {
        org.chaosbench.runs.ingest.TestGit.git(project, args);
    }
}
