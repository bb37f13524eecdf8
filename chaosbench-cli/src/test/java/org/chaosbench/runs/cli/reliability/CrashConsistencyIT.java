package org.chaosbench.runs.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.cli.Jar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8 item 2, crash consistency: every stage of the tool chain (eval, freeze, metrics,
 * analyze-runs, publish-run, index, site) as a real process, SIGKILLed at seeded random moments
 * within its uninterrupted duration, then run again. After every kill each output file is a
 * complete version (the old one, the new one, or a whole document of its format) and no output
 * that existed is gone; the rerun succeeds and leaves no temp file, staging or moved-aside folder.
 * {@code chaosbench.reliability.kills} kills per stage (3 by default, 20 with {@code -Preliability}).
 */
class CrashConsistencyIT {
    static final long SEED = Long.getLong("chaosbench.reliability.seed", 20261129L);
    static final int KILLS = Integer.getInteger("chaosbench.reliability.kills", 3);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path root;
    static Path logs;
    static String runId;

    /** A project that went once through the whole chain: every stage has an old complete output. */
    @BeforeAll
    static void pipeline() throws Exception {
        root = Jar.projectWithDataset(tmp.resolve("root"));
        logs = tmp.resolve("logs");
        runId = Jar.mockRun(root, logs);
        for (String stage : List.of("freeze", "metrics", "analyze-runs", "publish-run", "index", "site")) {
            Jar p = Jar.run(logs, "setup-" + stage, args(stage));
            assertThat(p.exit()).as(stage + ": " + p.output()).isZero();
        }
    }

    static List<String> args(String stage) {
        String r = root.toString();
        return switch (stage) {
            case "freeze" -> List.of("freeze", "--root", r);
            case "metrics" -> List.of("metrics", "--run", root.resolve("runs").resolve(runId).toString());
            case "analyze-runs" -> List.of("analyze-runs", "--root", r, "--out-dir", root.resolve("audit").toString(),
                    "--paper-assets-dir", root.resolve("paper").toString());
            case "publish-run" -> List.of("publish-run", "--root", r, "--run", "runs/" + runId, "--allow-exploratory",
                    "--force", "--compress-predictions");
            case "index" -> List.of("index", "--root", r);
            case "site" -> List.of("site", "--root", r, "--published-dir", root.resolve("published_results/runs").toString(),
                    "--runs-dir", root.resolve("runs").toString(), "--out", root.resolve("site").toString());
            default -> throw new IllegalArgumentException(stage);
        };
    }

    static List<Path> outputs(String stage) {
        return switch (stage) {
            case "freeze" -> List.of(root.resolve("artifacts/freeze"));
            case "metrics" -> List.of(root.resolve("runs").resolve(runId));
            case "analyze-runs" -> List.of(root.resolve("audit"), root.resolve("paper"));
            case "publish-run", "index" -> List.of(root.resolve("published_results/runs"));
            case "site" -> List.of(root.resolve("site"));
            default -> throw new IllegalArgumentException(stage);
        };
    }

    private static Map<Path, Map<String, byte[]>> snapshot(List<Path> dirs) throws IOException {
        Map<Path, Map<String, byte[]>> all = new java.util.HashMap<>();
        for (Path d : dirs) {
            all.put(d, Outputs.snapshot(d));
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"freeze", "metrics", "analyze-runs", "publish-run", "index", "site"})
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void killedAtRandomMomentsOutputsStayCompleteAndARerunSucceeds(String stage) throws Exception {
        List<Path> outs = outputs(stage);
        Map<Path, Map<String, byte[]>> old = snapshot(outs);
        long t0 = System.nanoTime();
        Jar full = Jar.run(logs, stage + "-full", args(stage));
        long fullNanos = System.nanoTime() - t0;
        assertThat(full.exit()).as(full.output()).isZero();
        Map<Path, Map<String, byte[]>> fresh = snapshot(outs);

        Random random = new Random(SEED ^ stage.hashCode());
        int killed = 0;
        int killedWhileWriting = 0;
        for (int k = 0; k < KILLS; k++) {
            // Even sessions: uniform over the uninterrupted duration (mostly the JVM start). Odd
            // ones: 0-40 ms after the first change under the outputs, inside the writes.
            boolean inWrites = k % 2 == 1;
            long delay = inWrites ? TimeUnit.MILLISECONDS.toNanos(random.nextInt(40)) : (long) (random.nextDouble() * fullNanos);
            if (stage.equals("site")) {
                giveTheSiteSomethingToWrite();
            }
            Map<Path, Map<String, byte[]>> before = snapshot(outs);
            Map<String, String> stamps = Stamps.of(outs);
            Jar p = Jar.start(logs, stage + "-kill-" + k, Map.of(), args(stage));
            boolean wasKilled;
            if (inWrites) {
                long seen = -1;
                while (p.process.isAlive() && (seen < 0 || System.nanoTime() - seen < delay)) {
                    if (seen < 0 && !Stamps.of(outs).equals(stamps)) {
                        seen = System.nanoTime();
                    }
                    Thread.onSpinWait();
                }
                wasKilled = p.process.isAlive();
            } else {
                wasKilled = !p.process.waitFor(delay, TimeUnit.NANOSECONDS);
            }
            if (wasKilled) {
                p.kill();
                killed++;
            } else {
                assertThat(p.waitFor()).as("%s session %d ended by itself: %s", stage, k, p.output()).isZero();
            }
            boolean changed = false;
            for (Path d : outs) {
                List<String> problems = Outputs.incomplete(d, List.of(old.get(d), fresh.get(d)));
                assertThat(problems).as("%s kill %d after %d ms: files under %s", stage, k, delay / 1_000_000, d).isEmpty();
                Map<String, byte[]> now = Outputs.snapshot(d);
                for (String rel : before.get(d).keySet()) {
                    if (!Outputs.isLeftover(rel) && !rel.contains("/.") && !rel.startsWith(".") && !stage.equals("publish-run")) {
                        assertThat(now).as("%s kill %d: %s/%s must survive", stage, k, d, rel).containsKey(rel);
                    }
                }
                changed |= !Outputs.leftovers(d).isEmpty() || !Stamps.of(List.of(d)).equals(stampsOf(stamps, d));
            }
            killedWhileWriting += wasKilled && changed ? 1 : 0;
        }

        Jar rerun = Jar.run(logs, stage + "-rerun", args(stage));
        assertThat(rerun.exit()).as("%s rerun: %s", stage, rerun.output()).isZero();
        for (Path d : outs) {
            assertThat(Outputs.incomplete(d, List.of(old.get(d), fresh.get(d)))).as(d.toString()).isEmpty();
            assertThat(Outputs.leftovers(d)).as("%s: leftovers the rerun did not clean under %s", stage, d).isEmpty();
            Set<String> visible = new HashSet<>(visible(Outputs.snapshot(d).keySet()));
            assertThat(visible).as("%s: the rerun's files under %s", stage, d).isEqualTo(new HashSet<>(visible(fresh.get(d).keySet())));
        }
        System.out.printf("[crash] %s: %d sessions, %d SIGKILLs (%d after the writes began), "
                + "uninterrupted %.0f ms, 0 failures%n", stage, KILLS, killed, killedWhileWriting, fullNanos / 1e6);
    }

    /**
     * A site rebuild over unchanged runs writes nothing (unchanged files are left alone), so a
     * kill could never land inside its writes: before each session the run pages and charts,
     * and the caches that would vouch for them, are removed, and the session writes them all.
     */
    private void giveTheSiteSomethingToWrite() throws IOException {
        Path site = root.resolve("site");
        for (String gone : List.of("runs", "charts")) {
            org.chaosbench.runs.report.index.Leftovers.deleteTree(site.resolve(gone));
        }
        for (String cache : List.of(".chaosbench-page-cache.json", ".chaosbench-chart-cache.json")) {
            Files.deleteIfExists(site.resolve(cache));
        }
    }

    private static Map<String, String> stampsOf(Map<String, String> all, Path dir) {
        Map<String, String> mine = new java.util.TreeMap<>();
        all.forEach((k, v) -> {
            if (Path.of(k).startsWith(dir)) {
                mine.put(k, v);
            }
        });
        return mine;
    }

    private static List<String> visible(Set<String> rels) {
        return rels.stream().filter(r -> !r.startsWith(".") && !r.contains("/.")).toList();
    }

    /** eval: killed at seeded moments and resumed each time; the run ends whole (every item once). */
    @Test
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void evalKilledAndResumedEndsWithEveryItemOnce() throws Exception {
        Path runs = tmp.resolve("eval-runs");
        Function<String, List<String>> resume = id -> List.of("eval", "--root", root.toString(), "--output-dir",
                runs.toString(), "--resume", id);
        List<String> fresh = List.of("eval", "--provider", "mock", "--workers", "2", "--root", root.toString(),
                "--output-dir", runs.toString());
        long t0 = System.nanoTime();
        Jar ref = Jar.run(logs, "eval-ref", List.of("eval", "--provider", "mock", "--workers", "2", "--root",
                root.toString(), "--output-dir", tmp.resolve("eval-ref").toString()));
        long fullNanos = System.nanoTime() - t0;
        assertThat(ref.exit()).as(ref.output()).isZero();
        int items = Files.readAllLines(Jar.runs(tmp.resolve("eval-ref")).get(0).resolve("predictions.jsonl")).size();

        Random random = new Random(SEED ^ "eval".hashCode());
        String id = null;
        int killed = 0;
        for (int k = 0; k < KILLS; k++) {
            long delay = (long) (random.nextDouble() * fullNanos);
            Jar p = Jar.start(logs, "eval-kill-" + k, Map.of(), id == null ? fresh : resume.apply(id));
            if (!p.process.waitFor(delay, TimeUnit.NANOSECONDS)) {
                p.kill();
                killed++;
            } else {
                assertThat(p.exit()).as("eval session %d: %s", k, p.output()).isZero();
            }
            List<Path> dirs = Jar.runs(runs);
            assertThat(dirs).as("one run folder at most").hasSizeLessThanOrEqualTo(1);
            if (!dirs.isEmpty()) {
                id = dirs.get(0).getFileName().toString();
                assertThat(Outputs.incomplete(dirs.get(0), List.of())).as("eval kill %d", k).isEmpty();
            }
        }
        Jar last = Jar.run(logs, "eval-rerun", id == null ? fresh : resume.apply(id));
        assertThat(last.exit()).as(last.output()).isZero();
        Path run = Jar.runs(runs).get(0);
        List<String> lines = Files.readAllLines(run.resolve("predictions.jsonl"));
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        assertThat(lines).hasSize(items);
        assertThat(ids).hasSize(items);
        assertThat(JSON.readTree(run.resolve("metrics.json").toFile()).get("total").asInt()).isEqualTo(items);
        assertThat(Outputs.leftovers(run)).isEmpty();
        try (java.util.stream.Stream<Path> entries = Files.list(runs)) {
            assertThat(entries.toList()).as("no half-created run folder left beside the run").containsExactly(run);
        }
        System.out.printf("[crash] eval: %d sessions, %d SIGKILLs, %d items, uninterrupted %.0f ms, 0 failures%n", KILLS,
                killed, items, fullNanos / 1e6);
    }
}
