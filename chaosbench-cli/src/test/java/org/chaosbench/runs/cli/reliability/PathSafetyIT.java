package org.chaosbench.runs.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.chaosbench.runs.cli.Jar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 4, paths: every path-taking option of every command given a traversal
 * ({@code ../outside/...}), an absolute path outside the project and a symlink inside the project
 * that points outside. Decision (docs/RELIABILITY.md): a path the user types is the user's
 * choice, so an OUTPUT option writes exactly where it points (and nowhere else) and an INPUT
 * option reads what it points at or refuses clearly; no option may write anywhere but its own
 * target, no command may crash. Data that names paths (run ids, the site's own file list) must
 * never lead outside the folder it belongs to.
 */
class PathSafetyIT {
    enum Kind {
        /** Reads what it points at, or refuses naming it. */
        IN,
        /** Writes into what it points at, nothing else. */
        OUT,
        /** A published run folder: writes into it, and the index (README.md, .publish.lock) of its parent. */
        OUT_AND_INDEX
    }

    record Row(String command, String option, Kind kind, String... base) {
    }

    static final String SENTINEL = "outside-sentinel";

    /** {@code <root>} and {@code <run>} in base arguments are replaced per case. */
    static final List<Row> ROWS = List.of(
            new Row("eval", "--output-dir", Kind.OUT, "--provider", "mock", "--max-items", "20"),
            new Row("eval", "--dataset", Kind.IN, "--provider", "mock", "--max-items", "20", "--output-dir", "<root>/runs2"),
            new Row("eval", "--subset", Kind.IN, "--provider", "mock", "--max-items", "20", "--output-dir", "<root>/runs2"),
            new Row("eval", "--prompt-template", Kind.IN, "--provider", "mock", "--max-items", "20", "--output-dir", "<root>/runs2"),
            new Row("eval", "--resume", Kind.IN, "--output-dir", "<root>/runs"),
            new Row("freeze", "--output-dir", Kind.OUT),
            new Row("freeze", "--selector", Kind.IN, "--output-dir", "frz2"),
            new Row("metrics", "--run", Kind.IN),
            new Row("metrics", "--out", Kind.OUT, "--run", "<run>"),
            new Row("analyze-runs", "--out-dir", Kind.OUT),
            new Row("analyze-runs", "--paper-assets-dir", Kind.OUT, "--out-dir", "<root>/a2"),
            new Row("analyze-runs", "--published-dir", Kind.IN, "--out-dir", "<root>/a2"),
            new Row("analyze-runs", "--runs-dir", Kind.IN, "--out-dir", "<root>/a2"),
            new Row("analyze-runs", "--freeze-manifest", Kind.IN, "--out-dir", "<root>/a2"),
            new Row("analyze-runs", "--template-dir", Kind.IN, "--out-dir", "<root>/a2"),
            new Row("publish-run", "--run", Kind.IN, "--allow-exploratory"),
            new Row("publish-run", "--out", Kind.OUT_AND_INDEX, "--run", "<run>", "--allow-exploratory"),
            new Row("publish-run", "--freeze-manifest", Kind.IN, "--run", "<run>", "--allow-exploratory", "--force"),
            new Row("index", "--published-dir", Kind.OUT),
            new Row("index", "--freeze-manifest", Kind.IN),
            new Row("site", "--out", Kind.OUT, "--published-dir", "<root>/published_results/runs"),
            new Row("site", "--published-dir", Kind.IN, "--out", "<root>/s2"),
            new Row("site", "--runs-dir", Kind.IN, "--out", "<root>/s2", "--published-dir", "<root>/published_results/runs"),
            new Row("site", "--template-dir", Kind.IN, "--out", "<root>/s2", "--published-dir", "<root>/published_results/runs"),
            new Row("paper-assets", "--out", Kind.OUT),
            new Row("paper-assets", "--published-dir", Kind.IN, "--out", "<root>/pa2"),
            new Row("paper-assets", "--runs-dir", Kind.IN, "--out", "<root>/pa2"),
            new Row("paper-assets", "--template-dir", Kind.IN, "--out", "<root>/pa2"),
            new Row("validate", "--root", Kind.IN),
            new Row("fingerprint", "--root", Kind.IN));

    static final List<String> VARIANTS = List.of("traversal", "absolute", "symlink");

    @TempDir
    static Path tmp;
    static Path template;
    static String runId;

    @BeforeAll
    static void project() throws Exception {
        template = Jar.projectWithDataset(tmp.resolve("template"));
        Path logs = tmp.resolve("logs");
        runId = Jar.mockRun(template, logs, "--max-items", "50");
        for (List<String> args : List.of(List.of("freeze", "--root", template.toString()),
                List.of("publish-run", "--root", template.toString(), "--run", "runs/" + runId, "--allow-exploratory"))) {
            Jar p = Jar.run(logs, "setup-" + args.get(0), args);
            assertThat(p.exit()).as(p.output()).isZero();
        }
    }

    /** Every row with one seeded variant in the default build, all three with -Preliability. */
    @Test
    @Timeout(value = 1800, unit = TimeUnit.SECONDS)
    void everyPathOptionWritesOnlyWhereItPointsAndNeverCrashes() throws Exception {
        boolean all = CrashConsistencyIT.KILLS >= 20;
        Random random = new Random(CrashConsistencyIT.SEED);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i++) {
            if (all) {
                for (String v : VARIANTS) {
                    cases.add(new String[] {Integer.toString(i), v});
                }
            } else {
                cases.add(new String[] {Integer.toString(i), VARIANTS.get(random.nextInt(VARIANTS.size()))});
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> results = new ArrayList<>();
        for (String[] c : cases) {
            results.add(pool.submit(() -> runCase(ROWS.get(Integer.parseInt(c[0])), c[1], c[0] + "-" + c[1])));
        }
        List<String> problems = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            String r = f.get();
            (r.startsWith("PROBLEM") ? problems : outcomes).add(r);
        }
        pool.shutdown();
        outcomes.forEach(o -> System.out.println("[paths] " + o));
        System.out.printf("[paths] %d cases (%d options x %s), %d problems%n", cases.size(), ROWS.size(),
                all ? "3 variants" : "1 seeded variant", problems.size());
        assertThat(problems).isEmpty();
    }

    private static String runCase(Row row, String variant, String name) throws Exception {
        Path box = tmp.resolve("case-" + name);
        Path root = box.resolve("root");
        copyTree(template, root);
        Path outside = Files.createDirectories(box.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SENTINEL);
        Files.createSymbolicLink(root.resolve("link"), outside);
        String target = switch (variant) {
            case "traversal" -> "../outside/target";
            case "absolute" -> outside.resolve("target").toString();
            default -> "link/target";
        };
        List<String> args = new ArrayList<>(List.of(row.command()));
        if (!row.option().equals("--root")) {
            args.addAll(List.of("--root", root.toString()));
        }
        for (String b : row.base()) {
            args.add(b.replace("<root>", root.toString()).replace("<run>", "runs/" + runId));
        }
        args.addAll(List.of(row.option(), target));
        if (row.command().equals("metrics") && row.option().equals("--out")) {
            args.remove("--root");
            args.remove(root.toString());
        }
        if (row.command().equals("metrics") && row.option().equals("--run")) {
            args.remove("--root");
            args.remove(root.toString());
        }
        Map<String, byte[]> before = Outputs.snapshot(outside);
        Jar p = Jar.start(root, box.resolve("logs"), "run", Map.of(), args);
        int code = p.waitFor();
        List<String> problems = new ArrayList<>();
        if (p.err().contains("\tat ") || p.err().contains("Exception")) {
            problems.add("a stack trace or exception: " + p.err());
        }
        if (code < 0 || code > 3) {
            problems.add("exit " + code);
        }
        Map<String, byte[]> after = Outputs.snapshot(outside);
        for (Map.Entry<String, byte[]> e : after.entrySet()) {
            boolean inTarget = e.getKey().startsWith("target/");
            boolean same = Arrays.equals(before.get(e.getKey()), e.getValue());
            boolean index = row.kind() == Kind.OUT_AND_INDEX && List.of("README.md", ".publish.lock").contains(e.getKey());
            if (!same && !(row.kind() != Kind.IN && inTarget) && !index) {
                problems.add("wrote outside its target: outside/" + e.getKey());
            }
        }
        if (!after.keySet().containsAll(before.keySet())) {
            problems.add("removed files outside");
        }
        try (Stream<Path> siblings = Files.list(box)) {
            List<String> names = siblings.map(s -> s.getFileName().toString()).sorted().toList();
            if (!names.equals(List.of("logs", "outside", "root"))) {
                problems.add("wrote beside the project: " + names);
            }
        }
        if (code != 0 && row.kind() == Kind.IN && !p.err().contains("target") && !p.err().contains("outside")) {
            problems.add("refused without naming the path: " + p.err());
        }
        String what = row.command() + " " + row.option() + " " + target + " (" + row.kind() + "): exit " + code
                + (code == 0 ? "" : ", " + p.err().lines().findFirst().orElse("").replace(box.toString(), "<case>"));
        return problems.isEmpty() ? what : "PROBLEM " + what + ": " + problems;
    }

    /**
     * The site deletes files its last build wrote and this one does not; its list of them is a file in
     * the output folder. A list naming a path through a symlink that leads outside must not delete there.
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void theSitesOwnFileListCannotDeleteThroughASymlink() throws Exception {
        Path box = tmp.resolve("site-list");
        Path root = box.resolve("root");
        copyTree(template, root);
        Path outside = Files.createDirectories(box.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.txt"), SENTINEL);
        Path site = root.resolve("site");
        List<String> args = List.of("site", "--root", root.toString(), "--published-dir",
                root.resolve("published_results/runs").toString(), "--out", site.toString());
        Jar first = Jar.run(box.resolve("logs"), "first", args);
        assertThat(first.exit()).as(first.output()).isZero();
        Files.createSymbolicLink(site.resolve("escape"), outside);
        Path list = site.resolve(".chaosbench-site-files");
        Files.writeString(list, Files.readString(list) + "escape/victim.txt\n../outside/victim.txt\n"
                + victim + "\n", StandardCharsets.UTF_8);
        Jar second = Jar.run(box.resolve("logs"), "second", args);
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(victim).as("a file outside the site, named through a symlink in its list").hasContent(SENTINEL);
    }

    /** A run id that is a path ({@code ..}, {@code ../x}) never names a folder outside published_results/runs. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void runIdsThatArePathsAreRefused() throws Exception {
        for (String id : List.of("..", ".", "../escaped", "a/../../escaped", "/tmp/escaped")) {
            Path box = tmp.resolve("id-" + Integer.toHexString(id.hashCode()));
            Path root = box.resolve("root");
            copyTree(template, root);
            Path run = root.resolve("runs").resolve(runId).resolve("run_manifest.json");
            String manifest = Files.readString(run).replace("\"run_id\": \"" + runId + "\"", "\"run_id\": \""
                    + id.replace("\\", "\\\\") + "\"");
            Files.writeString(run, manifest);
            Map<String, byte[]> before = Outputs.snapshot(root.resolve("published_results"));
            Jar p = Jar.run(box.resolve("logs"), "publish", List.of("publish-run", "--root", root.toString(), "--run",
                    "runs/" + runId, "--allow-exploratory", "--force"));
            assertThat(p.exit()).as("run id %s: %s", id, p.output()).isNotZero();
            assertThat(p.err()).as("run id %s", id).contains("run id").doesNotContain("\tat ");
            assertThat(Outputs.snapshot(root.resolve("published_results"))).as("run id %s", id)
                    .containsOnlyKeys(before.keySet());
            try (Stream<Path> siblings = Files.list(box)) {
                assertThat(siblings.map(s -> s.getFileName().toString()).sorted().toList()).containsExactly("logs", "root");
            }
            assertThat(Path.of("/tmp/escaped")).doesNotExist();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
