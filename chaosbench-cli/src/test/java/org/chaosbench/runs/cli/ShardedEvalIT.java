package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, acceptance: four {@code chaosbench eval --shard I/4} processes at the same time
 * against one loopback LLM, merged by a {@code chaosbench merge-shards} process, give the
 * predictions.jsonl (ignoring {@code latency_s}), metrics.json and summary.md (ignoring the run
 * id) of one unsharded run; a shard SIGKILLed halfway and resumed gives the identical merge;
 * merge-shards refuses a missing shard and a shard given twice, naming it.
 */
class ShardedEvalIT {
    private static final int SHARDS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LATENCY = Pattern.compile("\"latency_s\": [-+0-9.eE]+");

    @TempDir
    Path tmp;

    private final Map<String, String> idByQuestion = new HashMap<>();
    /** Arrival time of each item's first request, to show that the shard processes overlapped. */
    private final Map<String, Long> firstAsked = new ConcurrentHashMap<>();
    private volatile boolean slow;
    /**
     * While set, no answer leaves the server before more requests are in flight at once than
     * three shard processes can hold (4 workers each): all four processes are then asking at
     * the same time, whatever their JVM start times. A fast machine finished a shard before
     * the last one had started, which made the overlap check below fail by chance.
     */
    private volatile CountDownLatch allAsking;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** Deterministic from the item id; one item in 20 first gets an unreadable answer (and a reprompt). */
    private LoopbackChatApi.Reply answer(LoopbackChatApi.Call call) {
        String id = idByQuestion.get(call.question());
        if (id == null) {
            return LoopbackChatApi.json(400, "{\"error\": {\"message\": \"unknown question\"}}");
        }
        firstAsked.putIfAbsent(id, System.nanoTime());
        CountDownLatch gate = allAsking;
        if (gate != null) {
            if (inFlight.incrementAndGet() > (SHARDS - 1) * 4) {
                gate.countDown();
            }
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        }
        int h = id.hashCode();
        long delay = slow ? 8 + Math.floorMod(h, 8) : 2 + Math.floorMod(h, 4);
        if (!call.isReprompt() && Math.floorMod(h, 20) == 0) {
            return LoopbackChatApi.answer("Hard to say.", delay);
        }
        return LoopbackChatApi.answer(Math.floorMod(h >>> 3, 2) == 0 ? "TRUE" : "FALSE", delay);
    }

    private static List<String> eval(String baseUrl, Path root, Path runs, String... more) {
        List<String> args = new ArrayList<>(List.of("eval", "--provider", "openai-compatible", "--base-url", baseUrl,
                "--model", "m", "--workers", "4", "--root", root.toString(), "--output-dir", runs.toString()));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void fourShardProcessesMergeIntoTheUnshardedRunAlsoAfterAKill() throws Exception {
        Path root = Jar.projectWithDataset(tmp.resolve("root"));
        try (Stream<Path> files = Files.list(root.resolve("data"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    JsonNode item = JSON.readTree(line);
                    idByQuestion.put(item.get("question").asText(), item.get("id").asText());
                }
            }
        }
        int items = idByQuestion.size();
        Path logs = tmp.resolve("logs");
        try (LoopbackChatApi api = new LoopbackChatApi(this::answer)) {
            Jar whole = Jar.start(logs, "whole", Map.of(), eval(api.baseUrl(), root, tmp.resolve("whole")));
            assertThat(whole.waitFor()).as(whole.err()).isZero();
            Path wholeDir = Jar.onlyRun(tmp.resolve("whole"));

            // Four processes at once, all started within the same second or two: the shard suffix
            // keeps their run ids apart.
            firstAsked.clear();
            allAsking = new CountDownLatch(1);
            Path shards = tmp.resolve("shards");
            List<Jar> running = new ArrayList<>();
            for (int i = 1; i <= SHARDS; i++) {
                running.add(Jar.start(logs, "shard-" + i, Map.of(),
                        eval(api.baseUrl(), root, shards, "--shard", i + "/" + SHARDS)));
            }
            for (Jar p : running) {
                assertThat(p.waitFor()).as(p.err()).isZero();
            }
            assertThat(runFolders(shards)).hasSize(SHARDS);
            List<Path> shardDirs = new ArrayList<>(); // by shard index (the run ids start with each one's start time)
            for (int i = 1; i <= SHARDS; i++) {
                Path dir = runFolder(shards, "_shard" + i + "of" + SHARDS);
                assertThat(dir).as("shard %d's run folder", i).isNotNull();
                assertThat(dir.getFileName().toString())
                        .matches("\\d{8}T\\d{6}Z_openai-compatible_m_shard" + i + "of" + SHARDS);
                shardDirs.add(dir);
            }
            assertThat(allAsking.getCount()).as("all four shard processes were asking at once").isZero();
            allAsking = null;
            assertOverlapped(shardDirs);

            Path merged = tmp.resolve("merged/run");
            Jar merge = Jar.start(logs, "merge", Map.of(),
                    List.of("merge-shards", "--out", merged.toString(), shards.toString()));
            assertThat(merge.waitFor()).as(merge.err()).isZero();
            assertThat(merge.out()).contains("Merged 4 shards into one run.", "Total:         " + items);
            assertSameRun(merged, wholeDir, items);

            // Again, but shard 3 is SIGKILLed once its checkpoint holds about a third of its
            // items, then resumed by its run id alone.
            slow = true;
            Path killedRuns = tmp.resolve("killed");
            running.clear();
            for (int i = 1; i <= SHARDS; i++) {
                running.add(Jar.start(logs, "again-" + i, Map.of(),
                        eval(api.baseUrl(), root, killedRuns, "--shard", i + "/" + SHARDS)));
            }
            Jar victim = running.get(2);
            long third = Files.size(shardDirs.get(2).resolve("predictions.jsonl")) / 3;
            Path victimDir = null;
            while (victim.process.isAlive()) {
                victimDir = victimDir != null ? victimDir : runFolder(killedRuns, "_shard3of4");
                if (victimDir != null && checkpointSize(victimDir) >= third) {
                    victim.kill();
                    break;
                }
                Thread.sleep(1);
            }
            assertThat(victimDir).as("shard 3's run folder").isNotNull();
            assertThat(victimDir.resolve("run_manifest.json")).as("shard 3 was killed before it finished").doesNotExist();
            int kept = Files.readAllLines(victimDir.resolve(".eval_checkpoint.jsonl")).size();
            for (Jar p : List.of(running.get(0), running.get(1), running.get(3))) {
                assertThat(p.waitFor()).as(p.err()).isZero();
            }
            slow = false;

            // Merging now names the unfinished shard and how to finish it.
            CliRun early = CliRun.of("merge-shards", "--out", tmp.resolve("early").toString(), killedRuns.toString());
            assertThat(early.exitCode()).isEqualTo(1);
            assertThat(early.err()).contains(victimDir + ": this shard run is not finished",
                    "bin/chaosbench eval --resume " + victimDir);

            Jar resumed = Jar.start(logs, "resumed", Map.of(), List.of("eval", "--root", root.toString(),
                    "--output-dir", killedRuns.toString(), "--resume", victimDir.getFileName().toString()));
            assertThat(resumed.waitFor()).as(resumed.err()).isZero();
            assertThat(resumed.err()).contains("[resume] Found " + kept + " completed items in checkpoint");
            Path merged2 = tmp.resolve("merged/again");
            Jar merge2 = Jar.start(logs, "merge-again", Map.of(),
                    List.of("merge-shards", "--out", merged2.toString(), killedRuns.toString()));
            assertThat(merge2.waitFor()).as(merge2.err()).isZero();
            assertSameRun(merged2, wholeDir, items);
            assertThat(withoutLatency(merged2)).containsExactlyElementsOf(withoutLatency(merged));
            assertThat(Files.readString(merged2.resolve("metrics.json")))
                    .isEqualTo(Files.readString(merged.resolve("metrics.json")));
            JsonNode parts = JSON.readTree(merged2.resolve("run_manifest.json").toFile()).path("merged_shards");
            assertThat(parts.path("shards").get(2).path("resumed_from").asText())
                    .isEqualTo(victimDir.getFileName().toString());

            // Refusals, each naming the shard.
            Jar missing = Jar.start(logs, "missing", Map.of(), List.of("merge-shards", "--out",
                    tmp.resolve("x").toString(), shardDirs.get(0).toString(), shardDirs.get(1).toString(),
                    shardDirs.get(3).toString()));
            assertThat(missing.waitFor()).isEqualTo(1);
            assertThat(missing.err()).contains("error: shard 3/4 is missing (given: 1/4, 2/4, 4/4)");
            Path twice = runFolder(killedRuns, "_shard2of4");
            Jar duplicate = Jar.start(logs, "duplicate", Map.of(),
                    List.of("merge-shards", "--out", tmp.resolve("x").toString(), shards.toString(), twice.toString()));
            assertThat(duplicate.waitFor()).isEqualTo(1);
            assertThat(duplicate.err()).contains("shard 2/4 is given twice: " + shardDirs.get(1) + " and " + twice);
            assertThat(tmp.resolve("x")).doesNotExist();
        }
    }

    /** The four shards were asked at the same time: every shard's first question came before any shard's last. */
    private void assertOverlapped(List<Path> shardDirs) throws IOException {
        long latestStart = Long.MIN_VALUE;
        long earliestEnd = Long.MAX_VALUE;
        for (Path dir : shardDirs) {
            List<Long> times = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("predictions.jsonl"))) {
                times.add(firstAsked.get(JSON.readTree(line).get("id").asText()));
            }
            assertThat(times).doesNotContainNull();
            latestStart = Math.max(latestStart, times.stream().mapToLong(Long::longValue).min().orElseThrow());
            earliestEnd = Math.min(earliestEnd, times.stream().mapToLong(Long::longValue).max().orElseThrow());
        }
        assertThat(latestStart).as("the last shard started before the first one finished").isLessThan(earliestEnd);
    }

    private static void assertSameRun(Path merged, Path whole, int items) throws IOException {
        assertThat(withoutLatency(merged)).hasSize(items).containsExactlyElementsOf(withoutLatency(whole));
        assertThat(Files.readString(merged.resolve("metrics.json")))
                .isEqualTo(Files.readString(whole.resolve("metrics.json")));
        assertThat(Files.readString(merged.resolve("summary.md")).replace(merged.getFileName().toString(), "RUN"))
                .isEqualTo(Files.readString(whole.resolve("summary.md")).replace(whole.getFileName().toString(), "RUN"));
        JsonNode m = JSON.readTree(merged.resolve("run_manifest.json").toFile());
        JsonNode w = JSON.readTree(whole.resolve("run_manifest.json").toFile());
        assertThat(m.path("total_items_evaluated").asInt()).isEqualTo(items);
        assertThat(m.path("inputs_sha256")).isEqualTo(w.path("inputs_sha256"));
        assertThat(m.path("metrics_summary")).isEqualTo(w.path("metrics_summary"));
        assertThat(merged.resolve(".eval_checkpoint.jsonl")).doesNotExist();
    }

    private static List<String> withoutLatency(Path runDir) throws IOException {
        return Files.readAllLines(runDir.resolve("predictions.jsonl")).stream()
                .map(l -> LATENCY.matcher(l).replaceAll("\"latency_s\": 0")).toList();
    }

    private static List<Path> runFolders(Path runs) throws IOException {
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Path runFolder(Path runs, String suffix) throws IOException {
        if (!Files.isDirectory(runs)) {
            return null;
        }
        return runFolders(runs).stream().filter(d -> d.getFileName().toString().endsWith(suffix)).findFirst()
                .orElse(null);
    }

    private static long checkpointSize(Path runDir) throws IOException {
        try {
            return Files.size(runDir.resolve(".eval_checkpoint.jsonl"));
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }
}
