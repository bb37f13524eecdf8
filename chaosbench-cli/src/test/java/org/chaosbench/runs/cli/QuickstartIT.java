package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/chaosbench quickstart, the README's main command, in a fresh copy of the project. */
class QuickstartIT {

    private static String[] quickstart(Path project, Path log) throws Exception {
        Process p = new ProcessBuilder(project.resolve("bin/chaosbench").toString(), "quickstart")
                .directory(project.toFile()).redirectOutput(log.toFile())
                .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), Files.readString(log),
            Files.readString(log.resolveSibling(log.getFileName() + ".err"))};
    }

    @Test
    void evaluatesAuditsAndBuildsTheSiteThenFindsEverythingUpToDate(@TempDir Path dir) throws Exception {
        Path project = DocsCommandsIT.copyOfProject(dir.resolve("project"));

        String[] first = quickstart(project, dir.resolve("first.log"));
        List<String> runs;
        try (Stream<Path> s = Files.list(project.resolve("runs"))) {
            runs = s.map(r -> r.getFileName().toString()).sorted().toList();
        }
        String[] second = quickstart(project, dir.resolve("second.log"));

        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(first[1]).contains("always-true: evaluated 1072 items", "always-false: evaluated 1072 items",
                "random: evaluated 1072 items", "== 6/7 regenerate the published index",
                "skipped: ./published_results/runs does not exist");
        assertThat(runs).hasSize(3).allSatisfy(r -> assertThat(project.resolve("runs").resolve(r))
                .isDirectoryContaining("glob:**/metrics.json").isDirectoryContaining("glob:**/predictions.jsonl"));
        Path audit = project.toRealPath().resolve("artifacts/runs_audit/RUNS_AUDIT.md");
        Path site = project.toRealPath().resolve("target/leaderboard/index.html");
        assertThat(audit).isNotEmptyFile();
        assertThat(project.resolve("artifacts/runs_audit/audit.json")).isNotEmptyFile();
        assertThat(project.resolve("artifacts/paper_assets/baselines_table.md")).isNotEmptyFile();
        assertThat(site).isNotEmptyFile();
        assertThat(runs).allSatisfy(r -> assertThat(site.resolveSibling("runs").resolve(r + ".html")).isNotEmptyFile());
        assertThat(first[1]).endsWith("Audit report: " + audit + "\nLeaderboard: " + site + "\n");

        assertThat(second[0]).as(second[2]).isEqualTo("0");
        assertThat(second[1]).doesNotContain(": evaluated ").contains("0 file(s) written, 29 unchanged");
        assertThat(second[1].split("up to date, ", -1)).hasSize(4);
        assertThat(second[1]).endsWith("Audit report: " + audit + "\nLeaderboard: " + site + "\n");
    }

    @Test
    void aChangedDatasetStopsBeforeAnyEvaluationAndSaysWhatToDo(@TempDir Path dir) throws Exception {
        Path project = DocsCommandsIT.copyOfProject(dir.resolve("project"));
        Files.writeString(project.resolve("data/v22_atomic.jsonl"), Files.readString(project.resolve(
                "data/v22_atomic.jsonl")).replaceFirst("\"ground_truth\": \"(TRUE|FALSE)\"", "\"ground_truth\": \"$1\" "),
                StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);

        String[] r = quickstart(project, dir.resolve("changed.log"));

        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("data/v22_atomic.jsonl").doesNotContain("== 4/7");
        assertThat(r[2]).contains("error: the dataset differs from artifacts/freeze/v2_freeze_manifest.json",
                "bin/chaosbench freeze");
        assertThat(project.resolve("runs")).doesNotExist();
    }
}
