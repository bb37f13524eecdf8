package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3, acceptance "crash test": the real {@code chaosbench eval} process, SIGKILLed at
 * seeded random moments and resumed with {@code --resume <run id>} each time, must end with
 * the predictions.jsonl (ignoring {@code latency_s}) and metrics.json of an uninterrupted run:
 * no duplicate, no lost item, and no item that was already in the checkpoint asked again.
 */
class CrashResumeIT {
    private static final long SEED = 20261129L;
    private static final int WORKERS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LATENCY = Pattern.compile("\"latency_s\": [-+0-9.eE]+");

    @TempDir
    Path tmp;

    private final Map<String, String> idByQuestion = new HashMap<>();
    private final Set<String> unknownQuestions = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Deterministic from the item id, after 2-5 ms; one item in 20 first gets an unreadable answer. */
    private LoopbackChatApi.Reply answer(LoopbackChatApi.Call call) {
        String id = idByQuestion.get(call.question());
        if (id == null) {
            unknownQuestions.add(String.valueOf(call.question()));
            return LoopbackChatApi.json(400, "{\"error\": {\"message\": \"unknown question\"}}");
        }
        int h = id.hashCode();
        long delay = 2 + Math.floorMod(h, 4);
        if (!call.isReprompt() && Math.floorMod(h, 20) == 0) {
            return LoopbackChatApi.answer("Hard to say.", delay);
        }
        return LoopbackChatApi.answer(Math.floorMod(h >>> 3, 2) == 0 ? "TRUE" : "FALSE", delay);
    }

    private static List<String> newRun(String baseUrl, Path root, Path runs) {
        return List.of("eval", "--provider", "openai-compatible", "--base-url", baseUrl, "--model", "m", "--workers",
                Integer.toString(WORKERS), "--root", root.toString(), "--output-dir", runs.toString());
    }

    private static List<String> resume(Path root, Path runs, String runId) {
        return List.of("eval", "--root", root.toString(), "--output-dir", runs.toString(), "--resume", runId);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void killedAndResumedAgainAndAgainTheRunEndsAsAnUninterruptedOne() throws Exception {
        Path root = Jar.projectWithDataset(tmp.resolve("root"));
        for (Path f : jsonlFiles(root.resolve("data"))) {
            for (String line : Files.readAllLines(f)) {
                JsonNode item = JSON.readTree(line);
                idByQuestion.put(item.get("question").asText(), item.get("id").asText());
            }
        }
        int items = idByQuestion.size();
        Path logs = tmp.resolve("logs");
        long started = System.nanoTime();
        try (LoopbackChatApi api = new LoopbackChatApi(this::answer)) {
            // The uninterrupted run.
            api.session(-1);
            Path refRuns = tmp.resolve("ref/runs");
            Jar ref = Jar.start(logs, "reference", Map.of(), newRun(api.baseUrl(), root, refRuns));
            assertThat(ref.waitFor()).as(ref.err()).isZero();
            Path refDir = Jar.onlyRun(refRuns);
            long fullSize = Files.size(refDir.resolve("predictions.jsonl"));

            // The same run, killed at seeded random moments. Most kills come once the checkpoint
            // has grown by a random share of what is left, so every session makes progress; one
            // comes at a random time after the start, usually before the JVM has done anything.
            Random random = new Random(SEED);
            Path runs = tmp.resolve("crashed/runs");
            Path runDir = null;
            String runId = null;
            int kills = 0;
            Set<String> onDisk = Set.of();
            List<String> injectedFragments = new ArrayList<>();
            int sessions = 7;
            for (int s = 0; s < sessions; s++) {
                if (s == 3) {
                    // A crash inside a write (power loss, a full disk) leaves half a line; SIGKILL
                    // between two write calls cannot, so this one is made by hand.
                    List<String> lines = Files.readAllLines(runDir.resolve(".eval_checkpoint.jsonl"));
                    String last = lines.get(lines.size() - 1);
                    String fragment = last.substring(0, last.length() / 2);
                    Files.writeString(runDir.resolve(".eval_checkpoint.jsonl"), fragment, StandardCharsets.UTF_8,
                            StandardOpenOption.APPEND);
                    injectedFragments.add(fragment);
                }
                api.session(s);
                long startSize = runDir == null ? 0 : Files.size(runDir.resolve(".eval_checkpoint.jsonl"));
                Jar p = Jar.start(logs, "session-" + s, Map.of(),
                        s == 0 ? newRun(api.baseUrl(), root, runs) : resume(root, runs, runId));
                boolean timed = s == 2;
                long killAtNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150 + random.nextInt(750));
                long killAtSize = startSize + (long) ((0.15 + 0.35 * random.nextDouble()) * (fullSize - startSize));
                boolean killed = false;
                while (p.process.isAlive()) {
                    if (timed ? System.nanoTime() >= killAtNanos : checkpointSize(runs) >= killAtSize) {
                        p.kill();
                        killed = true;
                        break;
                    }
                    Thread.sleep(1);
                }
                if (!killed) {
                    assertThat(p.waitFor()).as("session %d ended by itself: %s", s, p.err()).isZero();
                }
                kills += killed ? 1 : 0;
                if (runDir == null) {
                    runDir = Jar.onlyRun(runs);
                    assertThat(runDir).as("the run folder after session 0").isNotNull();
                    runId = runDir.getFileName().toString();
                }
                Thread.sleep(20); // requests of the dead process are all logged by now

                // Nothing that was in the checkpoint was asked again...
                int session = s;
                Set<String> askedNow = askedIn(api, session);
                assertThat(common(askedNow, onDisk)).as("session %d re-asked items already in the checkpoint", s)
                        .isEmpty();
                // ...and what a kill loses is at most the items in flight, one per worker.
                Checkpoint cp = readCheckpoint(runDir.resolve(".eval_checkpoint.jsonl"));
                assertThat(cp.unreadableLines()).as("unreadable checkpoint lines after session %d", s)
                        .isSubsetOf(injectedFragments);
                Set<String> lost = new HashSet<>(askedNow);
                lost.removeAll(cp.ids());
                assertThat(lost).as("items asked in session %d but not in the checkpoint", s)
                        .hasSizeLessThanOrEqualTo(WORKERS);
                onDisk = cp.ids();
                System.out.printf("[crash] session %d: %s, checkpoint %d records, %d asked, %d in flight lost%n", s,
                        killed ? (timed ? "killed by time" : "killed by progress") : "finished", onDisk.size(),
                        askedNow.size(), lost.size());
            }
            // Resume until the run completes.
            api.session(sessions);
            Jar last = Jar.start(logs, "final", Map.of(), resume(root, runs, runId));
            assertThat(last.waitFor()).as(last.err()).isZero();
            assertThat(last.out()).contains("Evaluation complete.");
            assertThat(common(askedIn(api, sessions), onDisk)).as("final session re-asked checkpointed items").isEmpty();
            System.out.printf("[crash] %d kills, %d items, %.1f s%n", kills, items,
                    (System.nanoTime() - started) / 1e9);

            assertThat(unknownQuestions).isEmpty();
            assertThat(kills).as("SIGKILLs").isGreaterThanOrEqualTo(5);
            List<String> expected = withoutLatency(refDir.resolve("predictions.jsonl"));
            List<String> got = withoutLatency(runDir.resolve("predictions.jsonl"));
            assertThat(expected).hasSize(items);
            assertThat(got).containsExactlyElementsOf(expected);
            assertThat(ids(got)).doesNotHaveDuplicates().hasSize(items);
            assertThat(Files.readString(runDir.resolve("metrics.json")))
                    .isEqualTo(Files.readString(refDir.resolve("metrics.json")));
            assertThat(Files.readString(runDir.resolve("summary.md")).replace(runId, "RUN"))
                    .isEqualTo(Files.readString(refDir.resolve("summary.md")).replace(refDir.getFileName().toString(),
                            "RUN"));
            assertThat(runDir.resolve(".eval_checkpoint.jsonl")).doesNotExist();
            JsonNode manifest = JSON.readTree(runDir.resolve("run_manifest.json").toFile());
            assertThat(manifest.path("run_id").asText()).isEqualTo(runId);
            assertThat(manifest.path("resumed_from").asText()).isEqualTo(runId);
            assertThat(manifest.path("total_items_evaluated").asInt()).isEqualTo(items);
        }
    }

    private Set<String> askedIn(LoopbackChatApi api, int session) {
        Set<String> ids = new HashSet<>();
        for (LoopbackChatApi.Call c : api.calls()) {
            if (c.session() == session) {
                ids.add(idByQuestion.get(c.question()));
            }
        }
        return ids;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static long checkpointSize(Path runs) throws IOException {
        Path run = Jar.onlyRun(runs);
        if (run == null) {
            return 0;
        }
        try {
            return Files.size(run.resolve(".eval_checkpoint.jsonl"));
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    /** The checkpoint as an independent reader sees it: complete records, and complete lines that are not. */
    private record Checkpoint(Set<String> ids, List<String> unreadableLines) {
    }

    private static Checkpoint readCheckpoint(Path file) throws IOException {
        String text = Files.readString(file);
        Set<String> ids = new HashSet<>();
        List<String> unreadable = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; start = nl + 1, nl = text.indexOf('\n', start)) {
            String line = text.substring(start, nl);
            try {
                JsonNode r = JSON.readTree(line);
                if (r != null && r.has("id") && r.has("meta") && !r.path("pred_text").asText().isBlank()) {
                    ids.add(r.get("id").asText());
                    continue;
                }
            } catch (IOException e) {
                // fall through
            }
            unreadable.add(line);
        }
        return new Checkpoint(ids, unreadable);
    }

    private static List<String> withoutLatency(Path predictions) throws IOException {
        return Files.readAllLines(predictions).stream().map(l -> LATENCY.matcher(l).replaceAll("\"latency_s\": 0"))
                .toList();
    }

    private static List<String> ids(List<String> lines) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String l : lines) {
            ids.add(JSON.readTree(l).get("id").asText());
        }
        return ids;
    }

    private static List<Path> jsonlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
    }
}
