package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paper-assets through the command line over the original tool's published runs (read in place, written to a temp dir). */
class PaperAssetsCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Path PUBLISHED = PROJECT.resolve("../shared/reference/published_results/runs").normalize();

    @Test
    void publishedRunsOfTheOriginalToolAreAuditedAndLeftOutAsExploratory(@TempDir Path out) throws Exception {
        assumeTrue(Files.isDirectory(PUBLISHED), "../shared/reference is absent");
        CliRun run = CliRun.of("paper-assets", "--root", PROJECT.toString(), "--runs-dir", out.resolve("none").toString(),
                "--published-dir", PUBLISHED.toString(), "--out", out.resolve("assets").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        long published;
        try (var dirs = Files.list(PUBLISHED)) {
            published = dirs.filter(Files::isDirectory).count();
        }
        // Their commits are not in this repository, so none can be OFFICIAL.
        assertThat(run.outLines()).containsExactly("Wrote paper assets to " + out.resolve("assets")
                + ": 11 tables, 0 figures (SVG and PNG) from 0 official run(s) on 0 board(s)",
                published + " exploratory run(s) left out: RUNS_POLICY keeps them out of paper tables");
        assertThat(Files.readString(out.resolve("assets/leaderboard.md")))
                .contains("_No official run yet (" + published + " exploratory run(s) left out)._");
        assertThat(Files.readAllLines(out.resolve("assets/baselines_table.csv"))).hasSize(1);
    }

    @Test
    void aMissingTemplateFolderIsNamedAndNothingIsWritten(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("runs"));
        CliRun run = CliRun.of("paper-assets", "--root", tmp.toString(), "--template-dir", "no-such-templates");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-templates").contains("template folder does not exist");
        assertThat(tmp.resolve("artifacts")).doesNotExist();
    }

    @Test
    void helpListsTheOptionsOfTheGoal() {
        CliRun run = CliRun.of("paper-assets", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--runs-dir", "--published-dir", "--out", "--template-dir", "--root",
                "--prompt-hash", "--subset-size");
    }
}
