package org.chaosbench.runs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish-run and index in-process: exit codes, messages and the files they write. */
class PublishRunCommandTest {
    static final String ID = "20260301T100000Z_ollama_qwen2.5:14b";

    @TempDir
    Path root;

    static void run(Path root, String id, Long maxItems, long total) throws IOException {
        Path dir = Files.createDirectories(root.resolve("runs").resolve(id));
        Files.writeString(dir.resolve("run_manifest.json"), "{\n  \"run_id\": \"" + id + "\",\n  \"created_utc\": "
                + "\"2026-03-01T10:00:00+00:00\",\n  \"provider\": \"ollama/qwen2.5:14b\",\n  \"prompt_hash\": "
                + "\"5881f664c444e3d3\",\n  \"total_items_evaluated\": " + total + ",\n  \"max_items\": " + maxItems
                + ",\n  \"metrics_summary\": {\n    \"accuracy_valid\": 0.625,\n    \"balanced_accuracy\": 0.6243,\n"
                + "    \"mcc\": 0.268\n  }\n}");
        Files.writeString(dir.resolve("metrics.json"), "{\n  \"total\": 8,\n  \"valid\": 8,\n  \"correct\": 5\n}");
        Files.writeString(dir.resolve("summary.md"), "# Evaluation Summary: " + id + "\n");
        Files.writeString(dir.resolve("predictions.jsonl"), "{\"id\": \"q1\"}\n");
    }

    @Test
    void anExploratoryRunIsAPolicyFailureWithItsReasons() throws IOException {
        run(root, ID, null, 8);
        CliRun r = CliRun.of("publish-run", "--root", root.toString(), "--run", "runs/" + ID);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("EXPLORATORY; nothing was written", "\n  - dataset_global_sha256 is missing from the manifest",
                "\n  - git_commit is missing from the manifest", "--allow-exploratory");
        assertThat(root.resolve("published_results")).doesNotExist();
    }

    @Test
    void publishThenRefuseTheSecondTimeThenForce() throws IOException {
        run(root, ID, 8L, 8);
        String[] args = {"publish-run", "--root", root.toString(), "--run", "runs/" + ID, "--allow-exploratory",
                "--compress-predictions", "--index-format", "original"};
        CliRun first = CliRun.of(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path dest = root.resolve("published_results/runs").resolve(ID);
        assertThat(first.out()).contains("Published " + ID + " to " + dest, "  verdict: EXPLORATORY (",
                "  scope: a sample of max_items 8",
                "  copied: run_manifest.json, metrics.json, summary.md, predictions_subset.jsonl.gz",
                "Wrote " + root.resolve("published_results/runs/README.md") + " (original format, 1 run(s))");
        assertThat(Files.readString(root.resolve("published_results/runs/README.md")))
                .contains("| `" + ID + "` | ollama/qwen2.5:14b | 8 | 0.6250 | 0.6243 | 0.2680 | 2026-03-01 |");

        CliRun again = CliRun.of(args);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: " + dest + ": already exists; nothing was changed. Pass --force to "
                + "replace it with a fresh copy of the run\n");

        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(CliRun.of(forced).exitCode()).isZero();
    }

    @Test
    void usageErrors() throws IOException {
        run(root, ID, 8L, 8);
        assertThat(CliRun.of("publish-run", "--root", root.toString()).exitCode()).isEqualTo(2);
        CliRun badFormat = CliRun.of("index", "--root", root.toString(), "--format", "fancy");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown index format \"fancy\": expected original or full");
        CliRun badHash = CliRun.of("publish-run", "--root", root.toString(), "--run", "runs/" + ID, "--prompt-hash", "xyz");
        assertThat(badHash.exitCode()).isEqualTo(1);
        assertThat(badHash.err()).contains("--prompt-hash: \"xyz\" is not a prompt hash");
        assertThat(CliRun.of("--help").out()).contains("publish-run", "index");
    }

    @Test
    void indexRegeneratesFromTheFoldersAndNamesDroppedRows() throws IOException {
        run(root, ID, 8L, 8);
        Path published = root.resolve("pub");
        Files.createDirectories(published);
        Files.writeString(published.resolve("README.md"), "| `gone_run` | x |\n");
        Files.createDirectories(published.resolve(ID));
        for (String name : new String[] {"run_manifest.json", "metrics.json"}) {
            Files.copy(root.resolve("runs").resolve(ID).resolve(name), published.resolve(ID).resolve(name));
        }
        CliRun r = CliRun.of("index", "--root", root.toString(), "--published-dir", "pub", "--prompt-hash",
                "5881f664c444e3d3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: " + published.resolve("README.md") + " listed 1 run(s) that have no "
                + "folder under " + published + "; dropped from the index: gone_run");
        assertThat(Files.readString(published.resolve("README.md"))).doesNotContain("gone_run")
                .contains("| `" + ID + "` | ollama/qwen2.5:14b | 8 | 0.6250 | 0.3057\u20130.8632 | 0.6243 | 0.2680 "
                        + "| EXPLORATORY | 2026-03-01 |");
    }
}
