package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands of issue 2, run in-process against real files. */
class CommandLineTest {
    private static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();
    private static final Path REFERENCE = PROJECT.resolve("../shared/reference").normalize();

    @Test
    void fingerprintOfTheReferenceDatasetEndsWithTheGlobalSha() {
        assumeTrue(Files.isDirectory(REFERENCE), "../shared/reference is absent");
        String root = REFERENCE.resolve("dataset").toString();

        CliRun counted = CliRun.of("fingerprint", "--root", root);
        CliRun legacy = CliRun.of("fingerprint", "--root", root, "--legacy");

        assertThat(counted.exitCode()).isZero();
        assertThat(counted.lastOutLine()).isEqualTo("8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577");
        assertThat(legacy.lastOutLine()).isEqualTo("ed99578cd658d028542e908bc720a10fb64e003518415c2994d31b8c1fff67f7");
    }

    @Test
    void validateAndQuickstartAcceptTheEmbeddedDataset(@TempDir Path root) throws IOException {
        copy(PROJECT.resolve("data"), root.resolve("data"));
        copy(PROJECT.resolve("artifacts/freeze"), root.resolve("artifacts/freeze"));
        CliRun validate = CliRun.of("validate", "--root", root.toString());
        CliRun quickstart = CliRun.of("quickstart", "--root", root.toString());
        CliRun again = CliRun.of("quickstart", "--root", root.toString());

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("no problem found");
        assertThat(quickstart.exitCode()).as(quickstart.err()).isZero();
        assertThat(quickstart.out()).contains("== 1/7", "== 2/7", "OK: the dataset matches", "== 3/7", "== 4/7",
                "== 5/7", "== 7/7",
                "always-true: evaluated 1072 items, accuracy 0.5000", "always-false: evaluated", "random: evaluated");
        assertThat(again.out()).contains("always-true: up to date", "always-false: up to date", "random: up to date");
        try (var runs = Files.list(root.resolve("runs"))) {
            assertThat(runs.count()).isEqualTo(3);
        }
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

    @Test
    void validateReportsProblemsWithPathAndLineAndExitsOne(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/canonical_v2_files.json"), "{\"files\": [\"data/a.jsonl\"]}");
        Files.writeString(root.resolve("data/a.jsonl"), "{\"id\": \"a\"}\n{\"id\": \"a\"}\n");

        CliRun strict = CliRun.of("validate", "--root", root.toString());
        CliRun lenient = CliRun.of("validate", "--root", root.toString(), "--lenient");

        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err()).isEqualTo("error: " + root.resolve("data/a.jsonl") + ":1: missing key \"question\"\n");
        assertThat(lenient.exitCode()).isEqualTo(1);
        assertThat(lenient.err()).contains("11 problems:", "a.jsonl:2: duplicate id \"a\"");
    }

    @Test
    void freezeThenCheckThenDetectAChange(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/canonical_v2_files.json"), "{\"files\": [\"data/a.jsonl\"]}");
        String item = "{\"id\": \"a\", \"question\": \"Is the tent map chaotic?\", \"ground_truth\": \"TRUE\", "
                + "\"type\": \"atomic\", \"system_id\": \"tent_map\", \"template\": \"V2\"}\n";
        Files.writeString(root.resolve("data/a.jsonl"), item);

        assertThat(CliRun.of("freeze", "--check", "--root", root.toString()).err())
                .contains("freeze manifest not found; write it with `bin/chaosbench freeze`");
        assertThat(CliRun.of("freeze", "--root", root.toString()).exitCode()).isZero();
        assertThat(CliRun.of("freeze", "--check", "--root", root.toString()).exitCode()).isZero();
        Files.writeString(root.resolve("data/a.jsonl"), item + item.replace("\"a\"", "\"b\""));
        CliRun changed = CliRun.of("freeze", "--check", "--root", root.toString());

        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.err()).contains("data/a.jsonl: SHA-256 changed", "data/a.jsonl: line count changed (frozen 1, now 2)");
    }

    @Test
    void metricsWritesIntoOutAndLeavesTheRunAlone(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isDirectory(REFERENCE), "../shared/reference is absent");
        Path run = REFERENCE.resolve("real_runs/llama31_8b_smoke/20260220T103222Z_ollama_llama3.1:8b");

        CliRun r = CliRun.of("metrics", "--run", run.toString(), "--out", tmp.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(tmp.resolve("metrics.json"))).isEqualTo(Files.readString(run.resolve("metrics.json")));
        assertThat(r.out()).contains("total 100, valid 100, correct 59");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("metrics").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("--help").out()).contains("fingerprint", "freeze", "validate", "metrics", "Examples:");
    }
}
