package org.chaosbench.runs.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.chaosbench.runs.report.index.IndexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, item 2 and acceptance 3: predictions are compressed for subset runs, decided
 * properly (FORMATS 12.3): a max_items sample, a run naming its subset file, or a run over
 * fewer items than the freeze holds, as the real 5k run is (its max_items is null).
 */
class CompressPredictionsTest {
    @TempDir
    Path root;

    private PublishResult publish(String run) {
        return RunPublisher.publish(new PublishRequest(root, Path.of("runs", run), null, true, false, true, null,
                List.of(), List.of(), IndexFormat.ORIGINAL), RepublishReferenceRunsTest.CLOCK);
    }

    private static byte[] gunzip(Path gz) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theReal5kRunGetsItsPredictionsCompressed() throws Exception {
        Path source = Projects.reference(Projects.FIVE_K);
        String id = source.getFileName().toString();
        Projects.copyTree(source, root.resolve("runs").resolve(id));
        Projects.writeFreeze(root, Projects.RUN_SHA, 40886);

        PublishResult r = publish(id);

        Path dest = root.resolve("published_results/runs").resolve(id);
        Path gz = dest.resolve("predictions_subset.jsonl.gz");
        assertThat(gunzip(gz)).isEqualTo(Files.readAllBytes(source.resolve("predictions.jsonl")));
        assertThat(Files.size(gz)).isLessThan(Files.size(source.resolve("predictions.jsonl")) / 4);
        assertThat(dest.resolve("predictions.jsonl")).doesNotExist();
        assertThat(r.receipt().artifactsCopied()).containsExactly("run_manifest.json", "metrics.json", "summary.md",
                "predictions_subset.jsonl.gz");
        assertThat(r.receipt().artifactsSkipped()).isEmpty();
        assertThat(r.receipt().subsetRun()).isTrue();
        assertThat(r.subsetReason()).isEqualTo("total_items_evaluated 5000 is fewer than the 40886 frozen items: "
                + "a run over a subset file");
        for (String name : List.of("run_manifest.json", "metrics.json", "summary.md")) {
            assertThat(dest.resolve(name)).hasSameBinaryContentAs(source.resolve(name));
        }
    }

    private void runWith(String id, String maxItems, long total, String extra) {
        Projects.write(root.resolve("runs").resolve(id).resolve("run_manifest.json"), "{\"run_id\": \"" + id
                + "\", \"total_items_evaluated\": " + total + ", \"max_items\": " + maxItems + extra + "}");
        Projects.write(root.resolve("runs").resolve(id).resolve("predictions.jsonl"), "{\"id\": \"" + id + "\"}\n");
        Projects.write(root.resolve("runs").resolve(id).resolve("summary.json"), "{}");
    }

    @Test
    void samplesAndSubsetFileRunsAreSubsetRunsAndFullRunsAreNot() throws Exception {
        Projects.writeFreeze(root, Projects.RUN_SHA, 100);
        runWith("sample", "10", 10, "");
        runWith("subset_file", "null", 100, ", \"evaluated_dataset\": {\"source\": \"data/subsets/api_balanced_100.jsonl\"}");
        runWith("full", "null", 100, "");
        runWith("zero", "0", 100, ""); // max_items 0 samples nothing (FORMATS 5.3): a full run

        assertThat(publish("sample").subsetReason()).isEqualTo("a sample of max_items 10");
        assertThat(publish("subset_file").subsetReason())
                .isEqualTo("a run over the subset file data/subsets/api_balanced_100.jsonl");
        for (String id : List.of("sample", "subset_file")) {
            Path dest = root.resolve("published_results/runs").resolve(id);
            assertThat(new String(gunzip(dest.resolve("predictions_subset.jsonl.gz")))).isEqualTo("{\"id\": \"" + id + "\"}\n");
            assertThat(dest.resolve("summary.json")).as("copied when present").hasContent("{}");
        }
        for (String id : List.of("full", "zero")) {
            PublishResult r = publish(id);
            assertThat(r.receipt().subsetRun()).isFalse();
            assertThat(r.receipt().artifactsCopied()).containsExactly("run_manifest.json", "summary.json");
            assertThat(r.receipt().artifactsSkipped()).containsExactly("metrics.json (missing)", "summary.md (missing)",
                    "predictions.jsonl.gz (skipped: not a subset run)");
            assertThat(root.resolve("published_results/runs").resolve(id).resolve("predictions_subset.jsonl.gz"))
                    .doesNotExist();
        }
    }
}
