package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code java -jar chaosbench.jar ...} as a child process of the test JVM: stdout and stderr
 * go to files (so a chatty child can never block on a full pipe), no {@code *_API_KEY} reaches
 * its environment; and the project roots and run folders the ITs use.
 */
public final class Jar {
    public static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    public static final Path JAR = PROJECT.resolve("chaosbench-cli/target/chaosbench.jar");

    public final Process process;
    public final Path out;
    public final Path err;

    private Jar(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    public static Jar start(Path logs, String name, Map<String, String> env, List<String> args) {
        return start(null, logs, name, env, args);
    }

    /** As {@link #start(Path, String, Map, List)}, in working directory {@code cwd} (null: the test's). */
    public static Jar start(Path cwd, Path logs, String name, Map<String, String> env, List<String> args) {
        return start(cwd, logs, name, env, List.of("-XX:TieredStopAtLevel=1"), args);
    }

    /** As {@link #start(Path, Path, String, Map, List)}, with these JVM options instead of the quick-start ones. */
    public static Jar start(Path cwd, Path logs, String name, Map<String, String> env, List<String> jvmOptions,
            List<String> args) {
        assertThat(JAR).as("the shaded jar (built by package)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xshare:auto", "-jar", JAR.toString()));
        command.addAll(args);
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(cwd == null ? null : cwd.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().keySet().removeIf(k -> k.endsWith("_API_KEY"));
            pb.environment().putAll(env);
            return new Jar(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end; the exit code. */
    public static Jar run(Path logs, String name, List<String> args) throws InterruptedException {
        Jar p = start(logs, name, Map.of(), args);
        p.waitFor();
        return p;
    }

    public int waitFor() throws InterruptedException {
        return waitFor(180);
    }

    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chaosbench did not finish within " + seconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    public int exit() {
        return process.exitValue();
    }

    /** SIGKILL, and waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String out() {
        return read(out);
    }

    public String err() {
        return read(err);
    }

    /** stdout and stderr together, for messages and assertions. */
    public String output() {
        return out() + err();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A project root in {@code dir} with the embedded dataset (selector, JSONL files, prompt template). */
    public static Path projectWithDataset(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data/prompts"));
        Files.copy(PROJECT.resolve("data/canonical_v2_files.json"), dir.resolve("data/canonical_v2_files.json"));
        Files.copy(PROJECT.resolve("data/prompts/default.json"), dir.resolve("data/prompts/default.json"));
        try (Stream<Path> files = Files.list(PROJECT.resolve("data"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
                Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
            }
        }
        return dir;
    }

    /**
     * Evaluates the mock provider into {@code <root>/runs} (extra eval options in {@code more}),
     * fails the test unless it succeeds, and returns the new run's id.
     */
    public static String mockRun(Path root, Path logs, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("eval", "--provider", "mock"));
        args.addAll(List.of(more));
        args.addAll(List.of("--root", root.toString(), "--output-dir", root.resolve("runs").toString()));
        Jar eval = run(logs, "setup-eval", args);
        assertThat(eval.exit()).as(eval.output()).isZero();
        return runs(root.resolve("runs")).get(0).getFileName().toString();
    }

    /** The run folders under {@code runs}, sorted. */
    public static List<Path> runs(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** The one run folder under {@code runs}, or null while there is none. */
    public static Path onlyRun(Path runs) throws IOException {
        List<Path> all = runs(runs);
        assertThat(all).as("run folders under %s", runs).hasSizeLessThanOrEqualTo(1);
        return all.isEmpty() ? null : all.get(0);
    }
}
