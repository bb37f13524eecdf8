package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;

/** analyze-runs: each exit code of its contract, on real folders. */
class AnalyzeRunsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theReferenceRunsAreAuditedAndTheReportsWritten() {
        Path ref = ReferenceData.reference();
        CliRun run = CliRun.of("analyze-runs", "--root", ref.resolve("dataset").toString(), "--runs-dir",
                ref.resolve("real_runs").toString(), "--published-dir", ref.resolve("published_results/runs").toString(),
                "--out-dir", tmp.resolve("audit").toString(), "--paper-assets-dir", tmp.resolve("paper").toString(),
                "--prompt-hash", "5881f664c444e3d3", "--subset-size", "1000", "--subset-size", "5000");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("Audited 12 run(s): 0 OFFICIAL, 12 EXPLORATORY;");
        assertThat(run.out()).contains("Wrote " + tmp.resolve("audit/RUNS_AUDIT.md"));
        assertThat(tmp.resolve("audit/audit.json")).isRegularFile();
        assertThat(tmp.resolve("paper/baselines_by_family.csv")).isRegularFile();
    }

    @Test
    void noRunFoundIsExitOneAsInTheOriginal() {
        CliRun run = CliRun.of("analyze-runs", "--root", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: no run found under " + tmp.resolve("runs"));
    }

    @Test
    void brokenConfigurationIsExitTwo() throws Exception {
        CliRun badRule = CliRun.of("analyze-runs", "--root", tmp.toString(), "--fail-on", "often");
        assertThat(badRule.exitCode()).isEqualTo(2);
        assertThat(badRule.err()).isEqualTo("error: failOn must be one of none, error, exploratory-published, not \"often\""
                + System.lineSeparator());
        Files.createDirectories(tmp.resolve("artifacts/freeze"));
        Files.writeString(tmp.resolve("artifacts/freeze/v2_freeze_manifest.json"), "[1, 2]");
        CliRun badFreeze = CliRun.of("analyze-runs", "--root", tmp.toString());
        assertThat(badFreeze.exitCode()).isEqualTo(2);
        assertThat(badFreeze.err()).contains("v2_freeze_manifest.json");
        assertThat(tmp.resolve("artifacts/runs_audit")).doesNotExist();
    }

    @Test
    void anExploratoryPublishedRunIsExitThreeUnderItsRule() throws Exception {
        Path ref = ReferenceData.reference("published_results/runs");
        Path published = tmp.resolve("published_results/runs");
        ReferenceData.copyTree(ref, published);
        assertThat(CliRun.of("analyze-runs", "--root", tmp.toString()).exitCode()).isZero();
        CliRun gated = CliRun.of("analyze-runs", "--root", tmp.toString(), "--fail-on", "exploratory-published");
        assertThat(gated.exitCode()).isEqualTo(3);
        assertThat(gated.err()).startsWith("error: --fail-on exploratory-published: 11 published run(s) are EXPLORATORY");
        // No dataset in this project: the SHA cannot be recomputed, an error finding on every run.
        CliRun errors = CliRun.of("audit", "--root", tmp.toString(), "--fail-on", "error");
        assertThat(errors.exitCode()).isEqualTo(3);
        assertThat(errors.err()).startsWith("error: --fail-on error: 11 run(s) have error findings:")
                .contains("SHA recompute (run method) failed");
    }
}
