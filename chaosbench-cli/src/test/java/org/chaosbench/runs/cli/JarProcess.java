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
 * {@code java -jar chaosbench.jar ...} as a child process of the test JVM, with stdout and
 * stderr going to files (so a chatty child can never block on a full pipe), and helpers for
 * the project roots and run folders the eval ITs use.
 */
final class JarProcess {
    static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    static final Path JAR = PROJECT.resolve("chaosbench-cli/target/chaosbench.jar");

    final Process process;
    final Path out;
    final Path err;

    private JarProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts the jar with {@code args}. The child gets the test JVM's environment without any
     * {@code *_API_KEY} variable, plus {@code env}.
     *
     * @param logs folder for {@code <name>.out} and {@code <name>.err}
     */
    static JarProcess start(Path logs, String name, Map<String, String> env, List<String> args) {
        assertThat(JAR).as("the shaded jar (built by package)").isRegularFile();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(args);
        try {
            Files.createDirectories(logs);
            Path out = logs.resolve(name + ".out");
            Path err = logs.resolve(name + ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
            pb.environment().keySet().removeIf(k -> k.endsWith("_API_KEY"));
            pb.environment().putAll(env);
            return new JarProcess(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Waits for the exit and returns the code; fails the test after two minutes. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chaosbench did not finish within 120 s; stderr: " + err());
        }
        return process.exitValue();
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A project root in {@code dir}: the embedded dataset (selector and JSONL files) and the
     * prompt template, copied.
     */
    static Path copyOfEmbeddedDataset(Path dir) throws IOException {
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

    /** The one run folder under {@code runs}, or null while there is none. */
    static Path onlyRun(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(runs)) {
            List<Path> all = dirs.filter(Files::isDirectory).toList();
            assertThat(all).as("run folders under %s", runs).hasSizeLessThanOrEqualTo(1);
            return all.isEmpty() ? null : all.get(0);
        }
    }
}
