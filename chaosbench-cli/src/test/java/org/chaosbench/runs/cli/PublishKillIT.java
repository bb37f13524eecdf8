package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance "SIGKILL": the real {@code chaosbench publish-run} process, killed at
 * seeded random moments, leaves its destination absent or complete (with {@code --force}, the
 * old folder or the new one, never a mix), and a rerun succeeds and cleans up. Also: several
 * processes publishing into one folder at once all reach the index.
 */
class PublishKillIT {
    private static final long SEED = 20261129L;
    private static final String ID = "20260301T100000Z_ollama_qwen2.5:14b";
    private static final List<String> FILES = List.of("metrics.json", "predictions_subset.jsonl.gz",
            "publish_receipt.json", "run_manifest.json", "summary.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A sampled run whose predictions (about 8 MB for 30,000 rows) take the publish a noticeable time to compress. */
    private static Path bigRun(Path root, String id, int rows) throws IOException {
        Path dir = Files.createDirectories(root.resolve("runs").resolve(id));
        Files.writeString(dir.resolve("run_manifest.json"), "{\n  \"run_id\": \"" + id + "\",\n  \"created_utc\": "
                + "\"2026-03-01T10:00:00+00:00\",\n  \"provider\": \"ollama/qwen2.5:14b\",\n  \"total_items_evaluated\": "
                + rows + ",\n  \"max_items\": " + rows + ",\n  \"metrics_summary\": {\n    \"accuracy_valid\": 0.5\n  }\n}");
        Files.writeString(dir.resolve("metrics.json"), "{\n  \"total\": " + rows + "\n}");
        Files.writeString(dir.resolve("summary.md"), "# Evaluation Summary: " + id + "\n");
        Random r = new Random(rows);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("predictions.jsonl"))) {
            for (int i = 0; i < rows; i++) {
                w.write("{\"id\": \"item_" + i + "\", \"ground_truth\": \"TRUE\", \"pred_text\": \"" + Long.toHexString(r.nextLong())
                        + Long.toHexString(r.nextLong()) + " " + "TRUE because the system is chaotic ".repeat(1 + i % 9)
                        + "\", \"latency_s\": " + r.nextDouble() + "}\n");
            }
        }
        return dir;
    }

    private static List<String> publish(Path root, String id, boolean force) {
        List<String> args = new ArrayList<>(List.of("publish-run", "--root", root.toString(), "--run", "runs/" + id,
                "--compress-predictions", "--allow-exploratory"));
        if (force) {
            args.add("--force");
        }
        return args;
    }

    /** Complete: exactly the published files, copies equal to the run's, the gzip holding its predictions. */
    private static void assertComplete(Path dest, Path run) throws IOException {
        try (Stream<Path> files = Files.list(dest)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).as(dest.toString())
                    .containsExactlyElementsOf(FILES);
        }
        for (String name : List.of("run_manifest.json", "metrics.json", "summary.md")) {
            assertThat(dest.resolve(name)).hasSameBinaryContentAs(run.resolve(name));
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dest.resolve("predictions_subset.jsonl.gz")))) {
            assertThat(Arrays.equals(in.readAllBytes(), Files.readAllBytes(run.resolve("predictions.jsonl"))))
                    .as("the gzip holds the predictions").isTrue();
        }
        JsonNode receipt = JSON.readTree(dest.resolve("publish_receipt.json").toFile());
        assertThat(receipt.get("run_id").asText()).isEqualTo(run.getFileName().toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static boolean stagingOfThisSession(Path published, List<Path> earlier) throws IOException {
        return hidden(published, "staging").stream().anyMatch(p -> !earlier.contains(p));
    }

    private static List<Path> hidden(Path dir, String kind) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("." + ID + "." + kind + "-")).toList();
        }
    }

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void killedAtRandomMomentsThePublishedFolderIsAbsentOrCompleteAndARerunSucceeds() throws Exception {
        Path root = tmp.resolve("root");
        Path run = bigRun(root, ID, 30_000);
        Path published = root.resolve("published_results/runs");
        Path dest = published.resolve(ID);
        Path logs = tmp.resolve("logs");

        // The first publish also measures how long its staging folder lives, so that the kills
        // aimed at the staged phase land inside it on a fast machine as on a slow one.
        Files.createDirectories(published);
        long t0 = System.nanoTime();
        Jar first = Jar.start(logs, "first", Map.of(), publish(root, ID, false));
        long firstStaged = -1;
        long lastStaged = -1;
        while (first.process.isAlive()) {
            if (!hidden(published, "staging").isEmpty()) {
                lastStaged = System.nanoTime();
                firstStaged = firstStaged < 0 ? lastStaged : firstStaged;
            }
            Thread.sleep(0, 200_000);
        }
        assertThat(first.waitFor()).as(first.err()).isZero();
        long full = System.nanoTime() - t0;
        assertThat(firstStaged).as("the publish stages its copy in a hidden folder").isPositive();
        long stagedWindow = Math.max(TimeUnit.MILLISECONDS.toNanos(2), lastStaged - firstStaged);
        assertComplete(dest, run);
        Path pristine = tmp.resolve("pristine");
        copyTree(dest, pristine);
        System.out.printf("[publish-kill] uninterrupted publish: %.0f ms (staged for %.0f ms), predictions %d MB%n",
                full / 1e6, stagedWindow / 1e6, Files.size(run.resolve("predictions.jsonl")) >> 20);

        Random random = new Random(SEED);
        int kills = 0;
        int killsWhileStaged = 0;
        int sessions = 12;
        for (int s = 0; s < sessions; s++) {
            // Odd sessions replace a complete folder with --force, even ones start without one.
            boolean force = s % 2 == 1;
            if (!force && Files.exists(dest)) {
                org.chaosbench.runs.report.index.Leftovers.deleteTree(dest);
            } else if (force && !Files.exists(dest) && hidden(published, "replaced").isEmpty()) {
                copyTree(pristine, dest);
            }
            boolean existedBefore = Files.exists(dest);
            // Half the kills come at a random time after the start, half at a random time after
            // the staging folder appears (so they land inside the copy, the gzip or the renames).
            boolean afterStaging = s % 4 >= 2;
            long delay = afterStaging ? (long) (random.nextDouble() * stagedWindow * 0.8)
                    : (long) (random.nextDouble() * full / 2);
            // Leftovers of earlier kills stay until this publish cleans them; only a new staging folder counts.
            List<Path> earlier = hidden(published, "staging");
            Jar p = Jar.start(logs, "session-" + s, Map.of(), publish(root, ID, force));
            long start = System.nanoTime();
            long stagedAt = -1;
            boolean killed = false;
            boolean staged = false;
            while (p.process.isAlive()) {
                if (stagedAt < 0 && stagingOfThisSession(published, earlier)) {
                    stagedAt = System.nanoTime();
                }
                long from = afterStaging ? stagedAt : start;
                if (from >= 0 && System.nanoTime() - from >= delay) {
                    staged = stagingOfThisSession(published, earlier) || !hidden(published, "replaced").isEmpty();
                    p.kill();
                    killed = true;
                    break;
                }
                Thread.sleep(0, 200_000);
            }
            if (!killed) {
                assertThat(p.waitFor()).as("session %d ended by itself: %s", s, p.err()).isZero();
            }
            kills += killed ? 1 : 0;
            killsWhileStaged += killed && staged ? 1 : 0;

            // Absent or complete; with --force, absent only between the two renames, with the old
            // folder intact beside it for the next writer to move back.
            String state;
            if (Files.exists(dest)) {
                assertComplete(dest, run);
                state = "complete";
            } else if (existedBefore) {
                List<Path> aside = hidden(published, "replaced");
                assertThat(aside).as("session %d: the old folder must survive", s).hasSize(1);
                assertComplete(aside.get(0), run);
                state = "absent, old folder aside";
            } else {
                state = "absent";
            }
            System.out.printf("[publish-kill] session %d (%s): %s after %.0f ms%s, destination %s%n", s,
                    force ? "--force" : "new", killed ? "killed" : "finished", (System.nanoTime() - start) / 1e6,
                    killed && staged ? " while staged" : "", state);
        }
        assertThat(kills).as("SIGKILLs").isGreaterThanOrEqualTo(5);
        assertThat(killsWhileStaged).as("SIGKILLs while a staging folder existed").isGreaterThanOrEqualTo(2);

        Jar rerun = Jar.start(logs, "rerun", Map.of(), publish(root, ID, true));
        assertThat(rerun.waitFor()).as(rerun.err()).isZero();
        assertComplete(dest, run);
        try (Stream<Path> files = Files.list(published)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("no leftovers")
                    .containsExactly(".publish.lock", ID, "README.md");
        }
        String index = Files.readString(published.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(index.split("\\| `" + ID + "` \\|", -1)).as("one row").hasSize(2);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void processesPublishingAtOnceAllReachTheIndex() throws Exception {
        Path root = tmp.resolve("root");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add("2026030" + (i + 1) + "T100000Z_mock");
            bigRun(root, ids.get(i), 2_000 * (i + 1));
        }
        List<Jar> all = new ArrayList<>();
        for (String id : ids) {
            all.add(Jar.start(tmp.resolve("logs"), id, Map.of(), List.of("publish-run", "--root", root.toString(),
                    "--run", "runs/" + id, "--allow-exploratory", "--index-format", "original")));
        }
        for (Jar p : all) {
            assertThat(p.waitFor()).as(p.err()).isZero();
        }
        List<String> rows = Files.readAllLines(root.resolve("published_results/runs/README.md")).stream()
                .filter(l -> l.startsWith("| `")).toList();
        assertThat(rows).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i)).startsWith("| `" + ids.get(i) + "` | ollama/qwen2.5:14b | " + String.format("%,d",
                    2_000 * (i + 1)) + " | 0.5000 |");
        }
    }
}
