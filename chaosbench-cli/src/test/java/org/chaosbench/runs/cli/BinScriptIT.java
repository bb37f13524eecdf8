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
}
