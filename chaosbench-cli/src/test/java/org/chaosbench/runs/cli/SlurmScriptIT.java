package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/slurm/chaosbench-shard.sbatch outside SLURM, with the task id set by hand: it passes
 * {@code bash -n}, evaluates its shard through bin/chaosbench, leaves a finished shard alone,
 * resumes an interrupted one (also with an array numbered from 0), and its shards merge into
 * the unsharded run.
 */
class SlurmScriptIT {
    private static final Path PROJECT = Jar.PROJECT;
    private static final Path SCRIPT = PROJECT.resolve("scripts/slurm/chaosbench-shard.sbatch");
    private static final Pattern LATENCY = Pattern.compile("\"latency_s\": [-+0-9.eE]+");

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("SLURM_") || k.startsWith("CHAOSBENCH_") || k.endsWith("_API_KEY"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the script finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private Map<String, String> task(int id, Path output) {
        return Map.of("SLURM_ARRAY_TASK_ID", Integer.toString(id), "CHAOSBENCH_SHARDS", "3", "CHAOSBENCH_OUTPUT_DIR",
                output.toString());
    }

    @Test
    void passesBashDashN() throws Exception {
        Process p = new ProcessBuilder("bash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(SCRIPT).isExecutable();
    }

    @Test
    void runsEachShardByHandResumesAndMerges() throws Exception {
        Path shards = tmp.resolve("shards");
        String[] args = {"--provider", "always-true", "--max-items", "30"};

        Run noTask = run(Map.of("CHAOSBENCH_SHARDS", "3"), args);
        assertThat(noTask.exitCode()).isEqualTo(2);
        assertThat(noTask.err()).contains("SLURM_ARRAY_TASK_ID is not set");
        Run outside = run(task(4, shards), args);
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("task 4 is not one of the 3 shards");

        for (int i = 1; i <= 3; i++) {
            Run r = run(task(i, shards), args);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("chaosbench-shard: evaluating shard " + i + "/3 into " + shards,
                    "Evaluation complete.");
        }
        List<Path> dirs = runFolders(shards);
        assertThat(dirs).extracting(d -> d.getFileName().toString().replaceAll("^\\d{8}T\\d{6}Z_", "")).containsExactly(
                "baseline_always-true_shard1of3", "baseline_always-true_shard2of3", "baseline_always-true_shard3of3");
        Run again = run(task(2, shards), args);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("chaosbench-shard: shard 2/3 is already complete: " + dirs.get(1) + "\n");

        // Shard 3 interrupted after 4 of its 10 items; the array is numbered from 0 this time.
        Path crashed = tmp.resolve("crashed");
        Path copy = crashed.resolve(dirs.get(2).getFileName());
        Files.createDirectories(copy);
        Files.copy(dirs.get(2).resolve(".eval_settings.json"), copy.resolve(".eval_settings.json"));
        List<String> lines = Files.readAllLines(dirs.get(2).resolve("predictions.jsonl"));
        Files.write(copy.resolve(".eval_checkpoint.jsonl"), lines.subList(0, 4));
        Map<String, String> zeroBased = Map.of("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_MIN", "0",
                "SLURM_ARRAY_TASK_COUNT", "3", "CHAOSBENCH_OUTPUT_DIR", crashed.toString());
        Run changed = run(zeroBased, "--provider", "always-false", "--max-items", "30");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.err()).contains("--provider always-false (the run has always-true)");
        Run resumed = run(zeroBased, args);
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("chaosbench-shard: resuming shard 3/3: " + copy,
                "Total:         10 (evaluated now 6, reused 4)");
        assertThat(withoutLatency(copy)).isEqualTo(withoutLatency(dirs.get(2)));

        CliRun whole = CliRun.of("eval", "--root", PROJECT.toString(), "--output-dir", tmp.resolve("whole").toString(),
                "--provider", "always-true", "--max-items", "30");
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        CliRun merged = CliRun.of("merge-shards", "--out", tmp.resolve("merged").toString(), dirs.get(0).toString(),
                dirs.get(1).toString(), copy.toString());
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(withoutLatency(tmp.resolve("merged")))
                .containsExactlyElementsOf(withoutLatency(Jar.onlyRun(tmp.resolve("whole"))));
    }

    private static List<Path> runFolders(Path runs) throws IOException {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<String> withoutLatency(Path runDir) throws IOException {
        return Files.readAllLines(runDir.resolve("predictions.jsonl")).stream()
                .map(l -> LATENCY.matcher(l).replaceAll("\"latency_s\": 0")).toList();
    }
}
