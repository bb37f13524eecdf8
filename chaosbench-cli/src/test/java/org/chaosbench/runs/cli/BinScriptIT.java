package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;

/** bin/chaosbench as a user runs it: a real process over the packaged jar. */
class BinScriptIT {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();

    private static String[] run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PROJECT.resolve("bin/chaosbench").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), new String(out, StandardCharsets.UTF_8),
            new String(err, StandardCharsets.UTF_8)};
    }

    @Test
    void fingerprintOfTheReferenceDatasetPrintsTheShaLast() throws Exception {
        assumeTrue(Files.isDirectory(PROJECT.resolve("../shared/reference/dataset")), "../shared/reference is absent");

        String[] r = run("fingerprint", "--root", "../shared/reference/dataset");
        String[] legacy = run("fingerprint", "--root", "../shared/reference/dataset", "--legacy");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).endsWith("\n8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577\n");
        assertThat(legacy[1]).endsWith("\ned99578cd658d028542e908bc720a10fb64e003518415c2994d31b8c1fff67f7\n");
    }

    @Test
    void quickstartRunsOnTheEmbeddedDataset() throws Exception {
        String[] r = run("quickstart");

        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("OK: the dataset matches artifacts/freeze/v2_freeze_manifest.json");
    }

    @Test
    void aBadOptionIsAUsageError() throws Exception {
        String[] r = run("fingerprint", "--no-such-option");

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("Unknown option: '--no-such-option'");
    }

    @Test
    void aSiteBuildWritesTheClassArchiveWhichLaterBuildsStartFrom(@TempDir Path tmp) throws Exception {
        Path archive = PROJECT.resolve("chaosbench-cli/target/chaosbench-render.jsa");
        Files.deleteIfExists(archive);
        Path published = Files.createDirectories(tmp.resolve("published"));
        String[] site = {"site", "--root", tmp.toString(), "--published-dir", published.toString(), "--out",
            tmp.resolve("site").toString()};

        assertThat(run("site", "--help")[0]).isEqualTo("0");
        assertThat(archive).as("help loads almost nothing: no archive from it").doesNotExist();
        String[] first = run(site);
        assertThat(first[0]).as(first[2]).isEqualTo("0");
        assertThat(archive).exists();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
        try (var left = Files.list(archive.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        String[] again = run(site);
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        // Nothing about the archive reaches the user: no JVM message when it is written or read.
        assertThat(first[2]).isEmpty();
        assertThat(again[2]).isEmpty();
        assertThat(again[1]).contains("Wrote the site to", "0 file(s) written");
    }

    @Test
    void siteWatchRebuildsWhenARunIsPublishedAndStopsOnSigterm(@TempDir Path tmp) throws Exception {
        Path reference = PROJECT.resolve("../shared/reference/published_results/runs");
        assumeTrue(Files.isDirectory(reference), "../shared/reference is absent");
        List<Path> runs;
        try (var list = Files.list(reference)) {
            runs = list.filter(Files::isDirectory).sorted().limit(2).toList();
        }
        Path published = Files.createDirectories(tmp.resolve("published"));
        ReferenceData.copyTree(runs.get(0), published.resolve(runs.get(0).getFileName()));
        Path log = tmp.resolve("watch.log");
        Process watch = new ProcessBuilder(PROJECT.resolve("bin/chaosbench").toString(), "site", "--root",
                tmp.toString(), "--published-dir", published.toString(), "--out", tmp.resolve("site").toString(),
                "--watch", "--watch-interval", "100").directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitLine(log, "Watching", 1);
            assertThat(Files.readString(log)).contains("1 run(s)");

            // Published the way publish-run does it: complete beside the folder, then one rename.
            Path staged = tmp.resolve("staging").resolve(runs.get(1).getFileName());
            ReferenceData.copyTree(runs.get(1), staged);
            Files.move(staged, published.resolve(runs.get(1).getFileName()));

            awaitLine(log, "Rebuilt", 1);
            assertThat(Files.readString(log)).containsPattern("Rebuilt \\d+ ms after the change was seen: 2 run\\(s\\)");
            try (var pages = Files.list(tmp.resolve("site/runs"))) {
                assertThat(pages).hasSize(2);
            }
        } finally {
            watch.destroy();
        }
        assertThat(watch.waitFor(30, TimeUnit.SECONDS)).as("the watch stops on SIGTERM").isTrue();
    }

    private static void awaitLine(Path log, String start, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (Files.readAllLines(log).stream().filter(l -> l.startsWith(start)).count() < count) {
            assertThat(System.nanoTime()).as("a line starting with \"" + start + "\" in " + Files.readString(log))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
