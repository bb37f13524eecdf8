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
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.cli.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 3, hostile environment, with the real processes: a read-only output folder, a
 * disk that fills up in the middle of the writes (size-limited tmpfs), a run folder deleted
 * while the audit and the site read it, and two processes resuming the same run or
 * regenerating the same index at once. Always a clear error or a correct result, never a
 * stack trace, a lost file or a half-written one.
 */
class HostileEnvironmentIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path root;
    static Path logs;
    static String runId;
    static final List<Path> MOUNTS = new ArrayList<>();

    @BeforeAll
    static void project() throws Exception {
        root = Jar.projectWithDataset(tmp.resolve("root"));
        logs = tmp.resolve("logs");
        runId = Jar.mockRun(root, logs);
        Files.createDirectories(root.resolve("published_results/runs"));
    }

    @AfterAll
    static void unmount() throws Exception {
        for (Path m : MOUNTS) {
            Mounts.unmount(m);
        }
    }

    private static Path mount(String name, String size) throws Exception {
        Assumptions.assumeTrue(Mounts.available(tmp.resolve("probe-" + name)), "mount -t tmpfs works here (root)");
        Path dir = tmp.resolve(name);
        Mounts.tmpfs(dir, size);
        MOUNTS.add(dir);
        return dir;
    }

    private static List<String> site(Path out) {
        return List.of("site", "--root", root.toString(), "--published-dir", root.resolve("published_results/runs").toString(),
                "--runs-dir", root.resolve("runs").toString(), "--out", out.toString());
    }

    private static List<String> audit(Path out) {
        return List.of("analyze-runs", "--root", root.toString(), "--out-dir", out.toString());
    }

    private static List<String> metrics(Path out) {
        return List.of("metrics", "--run", root.resolve("runs").resolve(runId).toString(), "--out", out.toString());
    }

    private static void clearError(Jar p, String names) {
        assertThat(p.exit()).as(p.output()).isNotZero();
        assertThat(p.err()).as("names the folder").contains(names).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** Old complete outputs in a folder remounted read-only: each command refuses naming it, and every old file stays. */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void readOnlyOutputFolderGivesAClearErrorAndLosesNothing() throws Exception {
        Path ro = mount("ro", "16m");
        List<List<String>> commands = List.of(site(ro.resolve("site")), audit(ro.resolve("audit")), metrics(ro.resolve("metrics")));
        for (List<String> c : commands) {
            Jar p = Jar.run(logs, "ro-setup-" + c.get(0), c);
            assertThat(p.exit()).as(p.output()).isZero();
        }
        Map<String, byte[]> old = Outputs.snapshot(ro);
        Map<String, byte[]> run = Outputs.snapshot(root.resolve("runs"));
        Mounts.readOnly(ro, true);
        // One more run, so that the site and the audit have something new to write.
        Path extra = root.resolve("runs").resolve(runId.replace("Z_", "Z1_"));
        PathSafetyIT.copyTree(root.resolve("runs").resolve(runId), extra);
        try {
            for (List<String> c : commands) {
                Jar p = Jar.run(logs, "ro-" + c.get(0), c);
                clearError(p, ro.toString());
                System.out.println("[hostile] read-only " + c.get(0) + ": exit " + p.exit() + ", " + p.err().strip());
            }
            // A new folder inside the read-only one.
            Jar p = Jar.run(logs, "ro-new", metrics(ro.resolve("new/deeper")));
            clearError(p, ro.toString());
        } finally {
            Mounts.readOnly(ro, false);
            org.chaosbench.runs.report.index.Leftovers.deleteTree(extra);
        }
        assertThat(Outputs.snapshot(ro)).as("nothing lost").containsOnlyKeys(old.keySet());
        assertThat(Outputs.incomplete(ro, List.of(old))).isEmpty();
        assertThat(Outputs.snapshot(root.resolve("runs")).keySet()).as("the runs untouched").isEqualTo(run.keySet());
    }

    /** A disk that fills up mid-way: a clear error naming a file, every old file complete, no temp file left. */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void aDiskThatFillsUpMidWriteLeavesOldFilesCompleteAndNoTemps() throws Exception {
        Path disk = mount("full", "4m");
        Random random = new Random(CrashConsistencyIT.SEED);
        int faults = 0;
        for (List<String> c : List.of(site(disk.resolve("site")), audit(disk.resolve("audit")))) {
            Jar first = Jar.run(logs, "full-setup-" + c.get(0), c);
            assertThat(first.exit()).as(first.output()).isZero();
        }
        Map<String, byte[]> old = Outputs.snapshot(disk);
        // Free space for a few pages only, drawn per seed: the rewrite runs out somewhere in the middle.
        for (int i = 0; i < 3; i++) {
            long free = 4096L * (1 + random.nextInt(6));
            Mounts.fillLeaving(disk, free);
            // One more run each time, so that the site and the audit must rewrite their files.
            PathSafetyIT.copyTree(root.resolve("runs").resolve(runId), root.resolve("runs").resolve(runId.replace("Z_", "Z2" + i + "_")));
            // New content so every file is rewritten: one more run for the site, another out-dir name for the audit.
            for (List<String> c : List.of(site(disk.resolve("site")), audit(disk.resolve("audit")))) {
                Jar p = Jar.run(logs, "full-" + c.get(0) + "-" + i, c);
                if (p.exit() != 0) {
                    faults++;
                    assertThat(p.err()).as(c.get(0)).contains(disk.toString()).doesNotContain("\tat ");
                    System.out.println("[hostile] disk full (" + free + " B free), " + c.get(0) + ": exit " + p.exit() + ", "
                            + p.err().strip().lines().findFirst().orElse(""));
                }
                assertThat(Outputs.incomplete(disk, List.of(old))).as("after %s with %d B free", c.get(0), free).isEmpty();
                assertThat(Outputs.leftovers(disk)).as("temp files after a failed write").isEmpty();
            }
            Files.delete(disk.resolve(".filler"));
        }
        assertThat(faults).as("write failures injected").isPositive();
        for (int i = 0; i < 3; i++) {
            org.chaosbench.runs.report.index.Leftovers.deleteTree(root.resolve("runs").resolve(runId.replace("Z_", "Z2" + i + "_")));
        }
        for (List<String> c : List.of(site(disk.resolve("site")), audit(disk.resolve("audit")))) {
            Jar p = Jar.run(logs, "full-after-" + c.get(0), c);
            assertThat(p.exit()).as("with space again: " + p.output()).isZero();
        }
    }

    /** A run folder deleted while the audit and the site read the runs: a result without it or a clear error; complete outputs. */
    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void runFolderDeletedWhileAuditAndSiteReadIt() throws Exception {
        Path runs = tmp.resolve("vanish/runs");
        for (int i = 0; i < 40; i++) {
            PathSafetyIT.copyTree(root.resolve("runs").resolve(runId), runs.resolve(runId.replace("Z_", "Z" + i + "_")));
        }
        Random random = new Random(CrashConsistencyIT.SEED + 1);
        int sessions = Math.max(2, CrashConsistencyIT.KILLS);
        int deletedWhileRunning = 0;
        for (int s = 0; s < sessions; s++) {
            for (String cmd : List.of("analyze-runs", "site")) {
                Path out = tmp.resolve("vanish/out-" + cmd);
                List<String> args = cmd.equals("site")
                        ? List.of("site", "--root", root.toString(), "--published-dir",
                                root.resolve("published_results/runs").toString(), "--runs-dir", runs.toString(), "--out",
                                out.toString())
                        : List.of("analyze-runs", "--root", root.toString(), "--runs-dir", runs.toString(), "--published-dir",
                                root.resolve("published_results/runs").toString(), "--out-dir", out.toString());
                List<Path> dirs = Jar.runs(runs);
                Path victim = dirs.get(random.nextInt(dirs.size()));
                long delay = 300 + random.nextInt(2500);
                Jar p = Jar.start(logs, "vanish-" + cmd + "-" + s, Map.of(), args);
                boolean alive = !p.process.waitFor(delay, TimeUnit.MILLISECONDS);
                org.chaosbench.runs.report.index.Leftovers.deleteTree(victim);
                deletedWhileRunning += alive ? 1 : 0;
                int code = p.waitFor();
                assertThat(p.err()).as(cmd).doesNotContain("\tat ").doesNotContain("Exception");
                assertThat(code).as(p.output()).isBetween(0, 3);
                if (code != 0) {
                    assertThat(p.err()).contains(victim.getFileName().toString());
                }
                assertThat(Outputs.incomplete(out, List.of())).isEmpty();
                assertThat(Outputs.leftovers(out)).isEmpty();
                System.out.println("[hostile] " + cmd + " session " + s + ": run folder deleted after " + delay + " ms"
                        + (alive ? " (while running)" : " (after the end)") + ", exit " + code);
            }
        }
        System.out.println("[hostile] vanishing run folders: " + deletedWhileRunning + " deleted while running");
    }

    /** eval --resume twice at once on a half-done run: one refuses or both agree; the run ends with every item once. */
    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void twoResumesOfTheSameRunAtOnce() throws Exception {
        Path runs = tmp.resolve("resume/runs");
        int rounds = Math.max(2, CrashConsistencyIT.KILLS);
        Random random = new Random(CrashConsistencyIT.SEED + 2);
        for (int r = 0; r < rounds; r++) {
            Path dir = runs.resolve("round-" + r);
            Jar first = Jar.start(logs, "resume-first-" + r, Map.of(), List.of("eval", "--provider", "mock", "--workers", "1",
                    "--root", root.toString(), "--output-dir", dir.toString()));
            // Kill once the checkpoint exists, so there is something to resume.
            while (first.process.isAlive() && !checkpointStarted(dir)) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(50));
            first.kill();
            List<Path> made = Jar.runs(dir);
            if (made.isEmpty()) {
                continue;
            }
            String id = made.get(0).getFileName().toString();
            List<String> resume = List.of("eval", "--root", root.toString(), "--output-dir", dir.toString(), "--resume", id);
            Jar a = Jar.start(logs, "resume-a-" + r, Map.of(), resume);
            Jar b = Jar.start(logs, "resume-b-" + r, Map.of(), resume);
            int ca = a.waitFor();
            int cb = b.waitFor();
            for (Jar p : List.of(a, b)) {
                assertThat(p.err()).doesNotContain("\tat ").doesNotContain("Exception");
                if (p.exit() != 0) {
                    assertThat(p.err()).as("a refusal names the run").contains(id);
                }
            }
            assertThat(ca == 0 || cb == 0).as("one of them finishes: %s / %s", a.output(), b.output()).isTrue();
            Path run = made.get(0);
            List<String> lines = Files.readAllLines(run.resolve("predictions.jsonl"));
            Set<String> ids = new HashSet<>();
            for (String line : lines) {
                ids.add(JSON.readTree(line).get("id").asText());
            }
            assertThat(ids).as("no duplicate").hasSize(lines.size());
            assertThat(lines).hasSize(1072);
            assertThat(JSON.readTree(run.resolve("metrics.json").toFile()).get("total").asInt()).isEqualTo(1072);
            System.out.println("[hostile] two resumes at once, round " + r + ": exits " + ca + " and " + cb + "; "
                    + (ca != 0 ? a.err().strip() : cb != 0 ? b.err().strip() : "both finished"));
        }
    }

    private static boolean checkpointStarted(Path dir) throws IOException {
        for (Path run : Jar.runs(dir)) {
            Path cp = run.resolve(".eval_checkpoint.jsonl");
            if (Files.exists(cp) && Files.size(cp) > 2000) {
                return true;
            }
        }
        return false;
    }

    /** Four index processes at once over one published folder: all succeed or refuse clearly; the README is complete. */
    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void indexesRegeneratedAtOnce() throws Exception {
        Path r2 = tmp.resolve("index-root");
        PathSafetyIT.copyTree(root, r2);
        Jar pub = Jar.run(logs, "index-publish", List.of("publish-run", "--root", r2.toString(), "--run", "runs/" + runId,
                "--allow-exploratory"));
        assertThat(pub.exit()).as(pub.output()).isZero();
        Path readme = r2.resolve("published_results/runs/README.md");
        String expected = Files.readString(readme);
        for (int round = 0; round < Math.max(2, CrashConsistencyIT.KILLS); round++) {
            List<Jar> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(Jar.start(logs, "index-" + round + "-" + i, Map.of(), List.of("index", "--root", r2.toString())));
            }
            for (Jar p : all) {
                int code = p.waitFor();
                assertThat(p.err()).doesNotContain("\tat ").doesNotContain("Exception");
                assertThat(code).as(p.output()).isZero();
            }
            assertThat(readme).hasContent(expected);
            try (Stream<Path> files = Files.list(readme.getParent())) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(Outputs::isLeftover).toList()).isEmpty();
            }
        }
    }
}
