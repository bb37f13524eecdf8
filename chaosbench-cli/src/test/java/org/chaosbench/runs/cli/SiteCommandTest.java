package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/chaosbench site in-process: live runs with predictions get pairwise comparisons; bad folders are named. */
class SiteCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();

    @Test
    void liveRunsWithPredictionsAreComparedPairwise(@TempDir Path root) throws IOException {
        copy(PROJECT.resolve("data"), root.resolve("data"));
        copy(PROJECT.resolve("artifacts/freeze"), root.resolve("artifacts/freeze"));
        assertThat(CliRun.of("quickstart", "--root", root.toString()).exitCode()).isZero();
        Files.createDirectories(root.resolve("published_results/runs"));
        Path out = root.resolve("site");

        CliRun site = CliRun.of("site", "--root", root.toString(), "--published-dir",
                root.resolve("published_results/runs").toString(), "--runs-dir", root.resolve("runs").toString(),
                "--out", out.toString());

        assertThat(site.exitCode()).as(site.err()).isZero();
        assertThat(site.out()).contains("Wrote the site to " + out.resolve("index.html") + ": 3 run(s) on 1 board(s)");
        Path runs = out.resolve("runs");
        try (var pages = Files.list(runs)) {
            for (Path page : pages.toList()) {
                String html = Files.readString(page);
                // Three offline baselines over the same 1,072 items: each page compares with the two others.
                assertThat(html).as(page.toString()).contains("Pairwise comparisons", "Predicted TRUE");
                assertThat(html.split("<td class=\"num\">1072</td>", -1)).as(page.toString()).hasSize(3);
            }
        }
        CliRun again = CliRun.of("site", "--root", root.toString(), "--published-dir",
                root.resolve("published_results/runs").toString(), "--runs-dir", root.resolve("runs").toString(),
                "--out", out.toString());
        assertThat(again.out()).contains("0 file(s) written");
    }

    @Test
    void aMissingPublishedFolderIsNamed(@TempDir Path dir) {
        CliRun site = CliRun.of("site", "--published-dir", dir.resolve("nope").toString(), "--out",
                dir.resolve("site").toString());
        assertThat(site.exitCode()).isEqualTo(1);
        assertThat(site.err()).contains(dir.resolve("nope").toString(), "--published-dir");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    private static void copy(Path from, Path to) throws IOException {
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
