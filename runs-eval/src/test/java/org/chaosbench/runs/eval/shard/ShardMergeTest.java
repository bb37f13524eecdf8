package org.chaosbench.runs.eval.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.CompletedRuns;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Sharded runs of the offline random baseline (its answer depends only on the seed and the
 * item id) over the embedded dataset, merged in process: the merge equals the unsharded run,
 * and every refusal names the shard. The multi-process acceptance test is ShardedEvalIT in
 * chaosbench-cli.
 */
class ShardMergeTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    /** Every run starts in the same second: the shard suffix alone keeps the run ids apart. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private static EvalOptions options(String shard) {
        EvalOptions o = new EvalOptions();
        o.provider = "random";
        o.maxItems = 101L;
        o.shuffleSeed = 7L;
        o.workers = 3;
        o.shard = shard;
        return o;
    }

    private EvalRun.Result eval(Path root, String outputDir, EvalOptions o) {
        return Evaluations.evaluate(root, tmp.resolve(outputDir), o, null, ApiKeys.none(), EvalProgress.NONE, CLOCK);
    }

    /** Shards 1..count of {@link #options} into {@code tmp/<outputDir>}, in order. */
    private List<Path> shards(String outputDir, int count) {
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            dirs.add(eval(PROJECT, outputDir, options(i + "/" + count)).runDir());
        }
        return dirs;
    }

    private ShardMerge.Result merge(List<Path> dirs, String out) {
        return ShardMerge.merge(dirs, tmp.resolve(out), false, CLOCK);
    }

    private static List<PredictionRecord> withoutLatency(Path runDir) {
        return PredictionsFile.read(runDir.resolve("predictions.jsonl")).stream()
                .map(r -> new PredictionRecord(r.id(), r.question(), r.groundTruth(), r.predText(), r.parsedLabel(),
                        r.outcome(), r.correct(), 0.0, r.taskFamily(), r.split(), r.retryPredText(), r.retryOutcome(),
                        r.meta()))
                .toList();
    }

    private static String summaryWithoutRunId(Path runDir) throws IOException {
        return Files.readString(runDir.resolve("summary.md")).replace(runDir.getFileName().toString(), "RUN");
    }

    @Test
    void fourShardsMergeIntoTheUnshardedRun() throws IOException {
        EvalRun.Result whole = eval(PROJECT, "whole", options(null));
        List<Path> dirs = shards("shards", 4);

        ShardMerge.Result merged = merge(List.of(dirs.get(2), dirs.get(0), dirs.get(3), dirs.get(1)), "merged/run");

        assertThat(dirs).extracting(d -> d.getFileName().toString()).containsExactly(
                "20261129T120000Z_baseline_random-p0.5_shard1of4", "20261129T120000Z_baseline_random-p0.5_shard2of4",
                "20261129T120000Z_baseline_random-p0.5_shard3of4", "20261129T120000Z_baseline_random-p0.5_shard4of4");
        assertThat(merged.status()).isEqualTo(ShardMerge.Status.MERGED);
        assertThat(merged.runId()).isEqualTo("run");
        assertThat(withoutLatency(merged.runDir())).hasSize(101).containsExactlyElementsOf(withoutLatency(whole.runDir()));
        assertThat(Files.readString(merged.runDir().resolve("metrics.json")))
                .isEqualTo(Files.readString(whole.runDir().resolve("metrics.json")));
        assertThat(summaryWithoutRunId(merged.runDir())).isEqualTo(summaryWithoutRunId(whole.runDir()));

        RunManifest shard2 = RunManifest.read(dirs.get(1).resolve("run_manifest.json"));
        JsonNode info = shard2.extra().get("shard");
        assertThat(info.path("index").asInt()).isEqualTo(2);
        assertThat(info.path("count").asInt()).isEqualTo(4);
        assertThat(info.path("full_item_count").asInt()).isEqualTo(101);
        assertThat(shard2.totalItemsEvaluated()).isEqualTo(25L); // 101 = 26 + 25 + 25 + 25
        assertThat(info.path("item_list_sha256").asText()).isEqualTo(ItemListFingerprint
                .of(PredictionsFile.read(whole.runDir().resolve("predictions.jsonl")).stream().map(PredictionRecord::id)
                        .toList()));
        RunManifest m = RunManifest.read(merged.runDir().resolve("run_manifest.json"));
        RunManifest w = RunManifest.read(whole.runDir().resolve("run_manifest.json"));
        assertThat(m.runId()).isEqualTo("run");
        assertThat(m.totalItemsEvaluated()).isEqualTo(101L);
        assertThat(m.workers()).isEqualTo(12L);
        assertThat(m.metricsSummary()).isEqualTo(w.metricsSummary());
        assertThat(List.of(m.provider(), m.promptHash(), m.datasetGlobalSha256(), m.orderMode()))
                .isEqualTo(List.of(w.provider(), w.promptHash(), w.datasetGlobalSha256(), w.orderMode()));
        assertThat(m.extra()).doesNotContainKey("shard");
        assertThat(m.extra().get("evaluated_dataset")).isEqualTo(w.extra().get("evaluated_dataset"));
        // The merged run counts as the unsharded run for the incremental eval goal.
        assertThat(m.extra().get("inputs_sha256")).isEqualTo(w.extra().get("inputs_sha256"));
        assertThat(CompletedRuns.find(tmp.resolve("merged"), w.extra().get("inputs_sha256").asText()))
                .contains(merged.runDir());
        JsonNode parts = m.extra().get("merged_shards");
        assertThat(parts.path("count").asInt()).isEqualTo(4);
        assertThat(parts.path("shards").findValuesAsText("run_id"))
                .containsExactlyElementsOf(dirs.stream().map(d -> d.getFileName().toString()).toList());
        assertThat(parts.path("shards").findValues("items")).extracting(JsonNode::asInt).containsExactly(26, 25, 25, 25);
        assertThat(Files.readString(merged.runDir().resolve("run_manifest.json"))).doesNotEndWith("\n");
    }

    @Test
    void aFolderHoldingTheShardsStandsForThemButNotForTheMergedRunBesideThem() {
        List<Path> dirs = shards("shards", 3);

        ShardMerge.Result merged = merge(List.of(tmp.resolve("shards")), "shards/merged");
        ShardMerge.Result again = merge(List.of(tmp.resolve("shards")), "shards/merged");

        assertThat(merged.shards()).extracting(ShardRun::dir).containsExactlyElementsOf(dirs);
        assertThat(again.status()).isEqualTo(ShardMerge.Status.UP_TO_DATE);
    }

    @Test
    void aMissingShardIsNamed() {
        List<Path> dirs = shards("shards", 4);

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), dirs.get(1), dirs.get(3)), "merged"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shard 3/4 is missing (given: 1/4, 2/4, 4/4); a shard run's folder name ends with _shard<I>of4");
        assertThatThrownBy(() -> merge(List.of(dirs.get(3)), "merged"))
                .hasMessageStartingWith("shards 1/4, 2/4, 3/4 are missing (given: 4/4)");
        assertThat(tmp.resolve("merged")).doesNotExist();
    }

    @Test
    void theSameShardTwiceIsNamed() throws IOException {
        List<Path> dirs = shards("shards", 3);
        Path copy = tmp.resolve("elsewhere").resolve(dirs.get(1).getFileName());
        copyTree(dirs.get(1), copy);

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), dirs.get(1), dirs.get(2), copy), "merged"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(copy + ": shard 2/3 is given twice: " + dirs.get(1) + " and " + copy + " (keep one of them)");
    }

    @Test
    void aShardOfAnotherDatasetIsNamed() throws IOException {
        List<Path> dirs = shards("shards", 3);
        Path other = copyOfProject(tmp.resolve("other-root"));
        Path atomic = other.resolve("data/v22_atomic.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(atomic));
        lines.remove(lines.size() - 1);
        Files.write(atomic, lines);
        Path foreign = Evaluations.evaluate(other, tmp.resolve("other-runs"), options("2/3"), null, ApiKeys.none(),
                EvalProgress.NONE, CLOCK).runDir();

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), foreign, dirs.get(2)), "merged"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(foreign.resolve("run_manifest.json") + ": shard 2/3 was evaluated on another"
                        + " dataset (dataset_global_sha256 ")
                .hasMessageContaining("than shard 1/3 (" + dirs.get(0) + ")")
                .hasMessageEndingWith(": these runs are not shards of one run");
    }

    @Test
    void aShardWithAnotherPromptIsNamed() throws IOException {
        List<Path> dirs = shards("shards", 3);
        Path other = copyOfProject(tmp.resolve("other-root"));
        Path prompt = other.resolve("data/prompts/default.json");
        Files.writeString(prompt, Files.readString(prompt).replace("nothing else.", "nothing more."));
        Path foreign = Evaluations.evaluate(other, tmp.resolve("other-runs"), options("3/3"), null, ApiKeys.none(),
                EvalProgress.NONE, CLOCK).runDir();

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), dirs.get(1), foreign), "merged"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(foreign.resolve("run_manifest.json") + ": shard 3/3 used another prompt"
                        + " (prompt_hash ")
                .hasMessageContaining("than shard 1/3 (" + dirs.get(0) + ")");
    }

    @Test
    void shardsOfOtherOptionsOrAnotherSplitAreNamed() {
        List<Path> dirs = shards("shards", 3);
        EvalOptions warmer = options("2/3");
        warmer.temperature = 0.5;
        Path warm = eval(PROJECT, "warm", warmer).runDir();
        EvalOptions reseeded = options("2/3");
        reseeded.seed = 7L;
        Path other = eval(PROJECT, "reseeded", reseeded).runDir();
        EvalOptions four = options("2/4");
        Path ofFour = eval(PROJECT, "four", four).runDir();

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), warm, dirs.get(2)), "merged"))
                .hasMessageContaining("shard 2/3 was run with other evaluation options (temperature 0.5 vs 0.0) than"
                        + " shard 1/3 (" + dirs.get(0) + ")");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), other, dirs.get(2)), "merged"))
                .hasMessageContaining("shard 2/3 split another item list (101 items, fingerprint ")
                .hasMessageContaining("check --max-items, --seed and --shuffle-seed");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), ofFour, dirs.get(2)), "merged"))
                .hasMessageContaining("shard 2/4 is one of 4 shards, but shard 1/3 (" + dirs.get(0) + ") is one of 3");
    }

    @Test
    void unfinishedEditedAndUnshardedRunsAreRefused() throws IOException {
        List<Path> dirs = shards("shards", 2);
        Path whole = eval(PROJECT, "whole", options(null)).runDir();
        Path unfinished = tmp.resolve("unfinished/run_shard2of2");
        copyTree(dirs.get(1), unfinished);
        Files.delete(unfinished.resolve("run_manifest.json"));
        Files.writeString(unfinished.resolve(".eval_checkpoint.jsonl"), "");
        Path edited = tmp.resolve("edited/run_shard2of2");
        copyTree(dirs.get(1), edited);
        List<String> lines = Files.readAllLines(edited.resolve("predictions.jsonl"));
        Files.write(edited.resolve("predictions.jsonl"), lines.subList(0, lines.size() - 1));
        Path swapped = tmp.resolve("swapped/run_shard2of2");
        copyTree(dirs.get(1), swapped);
        List<String> reordered = new ArrayList<>(lines);
        java.util.Collections.swap(reordered, 0, 1);
        Files.write(swapped.resolve("predictions.jsonl"), reordered);

        assertThatThrownBy(() -> merge(List.of(dirs.get(0), unfinished), "merged"))
                .hasMessage(unfinished + ": this shard run is not finished (its checkpoint is still there): complete it"
                        + " with bin/chaosbench eval --resume " + unfinished + " and merge again");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), edited), "merged"))
                .hasMessage(edited.resolve("predictions.jsonl") + ": shard 2/2 holds 49 records, but its part of the"
                        + " 101-item list is 50 items");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), swapped), "merged"))
                .hasMessageStartingWith(swapped.resolve("predictions.jsonl") + ": shard 2/2 does not hold the items");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), whole), "merged"))
                .hasMessage(whole + ": not a shard run: its run_manifest.json records no 'shard' (evaluate with"
                        + " --shard I/N)");
        assertThatThrownBy(() -> merge(List.of(dirs.get(0), tmp.resolve("nowhere")), "merged"))
                .hasMessage(tmp.resolve("nowhere") + ": shard run folder not found");
        assertThat(tmp.resolve("merged")).doesNotExist();
    }

    @Test
    void aMergeIsUpToDateUntilItsShardsChangeAndNeverOverwritesOtherFiles() throws IOException {
        List<Path> dirs = shards("shards", 2);
        ShardMerge.Result first = merge(dirs, "merged");
        String manifest = Files.readString(first.runDir().resolve("run_manifest.json"));

        ShardMerge.Result again = merge(List.of(tmp.resolve("shards")), "merged");
        Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(tmp.resolve("taken/notes.txt"), "mine");

        assertThat(again.status()).isEqualTo(ShardMerge.Status.UP_TO_DATE);
        assertThat(Files.readString(first.runDir().resolve("run_manifest.json"))).isEqualTo(manifest);
        assertThatThrownBy(() -> merge(dirs, "taken")).hasMessage(tmp.resolve("taken")
                + ": exists and is not empty: merge into a new folder, or give --force to replace its run files");
        assertThatThrownBy(() -> merge(dirs, "shards")).hasMessageContaining("--out must be a folder of its own");
        assertThatThrownBy(() -> merge(dirs, "shards/" + dirs.get(0).getFileName() + "/inner"))
                .hasMessageContaining("--out must be a folder of its own");
        ShardMerge.Result forced = ShardMerge.merge(dirs, tmp.resolve("taken"), true, CLOCK);
        assertThat(forced.status()).isEqualTo(ShardMerge.Status.MERGED);
        assertThat(tmp.resolve("taken/notes.txt")).hasContent("mine");
        assertThat(withoutLatency(forced.runDir())).isEqualTo(withoutLatency(first.runDir()));
    }

    @Test
    void aShardResumesAsItselfAndKeepsItsShard() throws IOException {
        Path done = eval(PROJECT, "shards", options("2/4")).runDir();
        // A crash: the settings and a third of the records, no final files.
        Path crashed = tmp.resolve("shards/crashed_shard2of4");
        Files.createDirectories(crashed);
        Files.copy(done.resolve(".eval_settings.json"), crashed.resolve(".eval_settings.json"));
        List<String> lines = Files.readAllLines(done.resolve("predictions.jsonl"));
        Files.write(crashed.resolve(".eval_checkpoint.jsonl"), lines.subList(0, lines.size() / 3));
        EvalOptions otherShard = new EvalOptions();
        otherShard.shard = "1/4";

        assertThatThrownBy(() -> Evaluations.evaluate(PROJECT, tmp.resolve("shards"), otherShard, "crashed_shard2of4",
                ApiKeys.none(), EvalProgress.NONE, CLOCK)).hasMessageContaining("--shard 1/4 (the run has 2/4)");
        EvalRun.Result resumed = Evaluations.evaluate(PROJECT, tmp.resolve("shards"), new EvalOptions(),
                "crashed_shard2of4", ApiKeys.none(), EvalProgress.NONE, CLOCK);

        assertThat(resumed.reused()).isEqualTo(lines.size() / 3);
        assertThat(withoutLatency(crashed)).isEqualTo(withoutLatency(done));
        JsonNode shard = RunManifest.read(crashed.resolve("run_manifest.json")).extra().get("shard");
        assertThat(shard).isEqualTo(RunManifest.read(done.resolve("run_manifest.json")).extra().get("shard"));
    }

    @Test
    void moreShardsThanItemsIsRefusedBeforeAnyRun() {
        EvalOptions o = options("4/4");
        o.maxItems = 3L;

        assertThatThrownBy(() -> eval(PROJECT, "runs", o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--shard 4/4 holds no item: the item list has only 3 item(s); use at most 3 shards");
        assertThat(tmp.resolve("runs")).doesNotExist();
    }

    private static Path copyOfProject(Path dir) throws IOException {
        copyTree(PROJECT.resolve("data"), dir.resolve("data"));
        return dir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
