package org.chaosbench.runs.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.report.index.IndexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 1: each of the 11 runs of the original published_results, republished
 * from a run folder, gives manifest, metrics and summary byte-identical to the source, and a
 * receipt that names the source relative to the project root.
 */
class RepublishReferenceRunsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void everyPublishedRunRepublishesByteForByte() throws Exception {
        List<Path> refs = Projects.publishedReferenceRuns();
        assertThat(refs).hasSize(11);
        // The freeze the published 5k and full runs were made against (40,886 items).
        Projects.writeFreeze(root, Projects.RUN_SHA, 40886);
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (Path ref : refs) {
            String id = ref.getFileName().toString();
            ids.add(id);
            Path run = root.resolve("runs").resolve(id);
            Projects.copyTree(ref, run);
            Files.delete(run.resolve("publish_receipt.json")); // a run folder has none

            PublishResult result = RunPublisher.publish(new PublishRequest(root, Path.of("runs", id), null, true, false,
                    true, null, List.of(), List.of(), IndexFormat.ORIGINAL), CLOCK);

            Path dest = root.resolve("published_results/runs").resolve(id);
            assertThat(result.destination()).isEqualTo(dest);
            for (String name : List.of("run_manifest.json", "metrics.json", "summary.md")) {
                assertThat(dest.resolve(name)).as(id + "/" + name).hasSameBinaryContentAs(ref.resolve(name));
                assertThat(Files.getLastModifiedTime(dest.resolve(name))).as("mtime kept")
                        .isEqualTo(Files.getLastModifiedTime(run.resolve(name)));
            }
            try (var files = Files.list(dest)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("metrics.json", "publish_receipt.json", "run_manifest.json", "summary.md");
            }

            String text = Files.readString(dest.resolve("publish_receipt.json"));
            assertThat(text).doesNotEndWith("\n").doesNotContain(root.toString()).doesNotContain("/Users/");
            JsonNode receipt = json.readTree(text);
            List<String> keys = new ArrayList<>();
            receipt.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("published_utc", "source_run_dir", "run_id", "artifacts_copied",
                    "artifacts_skipped", "compress_predictions", "verdict", "verdict_reasons", "subset_run");
            assertThat(receipt.get("published_utc").asText()).isEqualTo("2026-11-29T12:00:00.123456+00:00");
            assertThat(receipt.get("source_run_dir").asText()).isEqualTo("runs/" + id);
            assertThat(receipt.get("run_id").asText()).isEqualTo(id);
            assertThat(json.convertValue(receipt.get("artifacts_copied"), List.class))
                    .containsExactly("run_manifest.json", "metrics.json", "summary.md");
            // None of them is traceable to a tagged commit of this (non-git) folder.
            assertThat(receipt.get("verdict").asText()).isEqualTo("EXPLORATORY");
            assertThat(receipt.get("verdict_reasons").toString()).contains("cannot be traced: . is not a git repository");
            long n = json.readTree(ref.resolve("run_manifest.json").toFile()).get("total_items_evaluated").asLong();
            boolean subset = n < 40886;
            assertThat(receipt.get("subset_run").asBoolean()).as(id).isEqualTo(subset);
            assertThat(json.convertValue(receipt.get("artifacts_skipped"), List.class)).containsExactly(subset
                    ? "predictions_subset.jsonl.gz (skipped: predictions.jsonl missing)"
                    : "predictions.jsonl.gz (skipped: not a subset run)");
        }
        try (var dirs = Files.list(root.resolve("published_results/runs"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("the runs, the index and the lock; no staging folder left")
                    .containsExactlyElementsOf(concat(List.of(".publish.lock", "README.md"), ids));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all.stream().sorted().toList();
    }
}
