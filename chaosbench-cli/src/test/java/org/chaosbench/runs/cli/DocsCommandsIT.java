package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The docs pages' offline commands, run as a reader runs them: every fenced bash block that
 * follows an {@code <!-- offline -->} comment, line by line through bash, with bin/chaosbench and
 * the packaged jar in a fresh copy of the project (its dataset, freeze manifest and prompts).
 * A page whose commands drift from the command line fails here.
 */
class DocsCommandsIT {
    static final String MARKER = "<!-- offline -->";

    @ParameterizedTest
    @ValueSource(strings = {"EVALUATE_OLLAMA.md", "AUDIT.md", "PUBLISH.md", "GITHUB_PAGES.md"})
    void theOfflineCommandsOfThePageRun(String page, @TempDir Path dir) throws Exception {
        List<String> commands = offlineCommands(Jar.PROJECT.resolve("docs").resolve(page));
        assertThat(commands).as("offline commands of docs/%s", page).isNotEmpty()
                .allSatisfy(c -> assertThat(c).as("an offline line of docs/%s", page).startsWith("bin/chaosbench "));
        Path project = copyOfProject(dir.resolve("project"));

        for (int i = 0; i < commands.size(); i++) {
            Path out = dir.resolve("cmd" + i + ".out");
            Process p = new ProcessBuilder("bash", "-c", commands.get(i)).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("docs/" + page + ": did not finish in 180 s: " + commands.get(i));
            }
            assertThat(p.exitValue()).as("docs/%s: %s\n%s", page, commands.get(i), Files.readString(out))
                    .isZero();
        }
        assertThat(project.resolve("runs")).as("docs/%s evaluates a run first", page).isDirectoryContaining(
                f -> Files.isRegularFile(f.resolve("metrics.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EVALUATE_API.md", "SHARDING.md"})
    void aPageWithoutOfflineBlocksStillExistsAndShowsCommands(String page) throws Exception {
        String text = Files.readString(Jar.PROJECT.resolve("docs").resolve(page));
        assertThat(text).contains("```bash\nbin/chaosbench ");
    }

    /** Lines of the fenced blocks right after the marker; comment and blank lines dropped. */
    static List<String> offlineCommands(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page);
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).trim().equals(MARKER)) {
                continue;
            }
            int fence = i + 1;
            assertThat(lines.get(fence)).as("%s:%d: a fenced block must follow %s", page, fence + 1, MARKER)
                    .startsWith("```");
            for (int j = fence + 1; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                String line = lines.get(j).trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    commands.add(line);
                }
            }
        }
        return commands;
    }

    /**
     * What a reader's checkout holds for these commands: bin/, the packaged jar (so the
     * launcher does not rebuild: no POM or source is newer), data/ and the freeze manifest.
     */
    static Path copyOfProject(Path to) throws IOException {
        copyTree(Jar.PROJECT.resolve("data"), to.resolve("data"));
        copyTree(Jar.PROJECT.resolve("artifacts/freeze"), to.resolve("artifacts/freeze"));
        Files.createDirectories(to.resolve("bin"));
        Path launcher = Files.copy(Jar.PROJECT.resolve("bin/chaosbench"), to.resolve("bin/chaosbench"));
        launcher.toFile().setExecutable(true);
        Files.createDirectories(to.resolve("chaosbench-cli/target"));
        Files.copy(Jar.JAR, to.resolve("chaosbench-cli/target/chaosbench.jar"));
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
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
