package org.chaosbench.runs.report.site;

import org.chaosbench.runs.ingest.ReferenceData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data (../shared/reference, read the way runs-ingest's ReferenceData does: the
 * build passes chaosbench.projectRoot) and small run folders written by tests.
 */
final class SiteFixtures {
    /** The model name of the acceptance test: it must show as text everywhere. */
    static final String XSS_MODEL = "<img src=x onerror=alert(1)>";

    private SiteFixtures() {
    }

    static Path projectRoot() {
        return ReferenceData.projectRoot();
    }

    /** ../shared/reference/published_results/runs, or a skipped test when it is absent. */
    static Path referencePublished() {
        return ReferenceData.reference("published_results/runs");
    }

    static void copyTree(Path from, Path to) {
        ReferenceData.copyTree(from, to);
    }

    /**
     * Writes a published run folder (manifest, metrics, summary, receipt) as publish-run
     * leaves it, with {@code correct} of {@code total} answers right on the given dataset SHA.
     */
    static Path publishedRun(Path publishedDir, String runId, String provider, String sha, long total, long correct,
            String publishedUtc) {
        Path dir = publishedDir.resolve(runId);
        double acc = Math.round(10000.0 * correct / total) / 10000.0;
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("run_manifest.json"), "{\n  \"run_id\": " + json(runId)
                    + ",\n  \"created_utc\": \"" + publishedUtc + "\",\n  \"provider\": " + json(provider)
                    + ",\n  \"prompt_version\": \"v1\",\n  \"prompt_hash\": \"5881f664c444e3d3\",\n"
                    + "  \"dataset_global_sha256\": \"" + sha + "\",\n"
                    + "  \"canonical_selector\": \"data/canonical_v2_files.json\",\n  \"total_items_evaluated\": "
                    + total + ",\n  \"max_items\": null,\n  \"seed\": 42,\n  \"retries\": 1,\n"
                    + "  \"strict_parsing\": true,\n  \"workers\": 4,\n  \"git_commit\": \"5115322\",\n"
                    + "  \"python_version\": \"3.12.12\",\n  \"metrics_summary\": {\n    \"coverage\": 1.0,\n"
                    + "    \"accuracy_valid\": " + acc + ",\n    \"effective_accuracy\": " + acc
                    + ",\n    \"balanced_accuracy\": " + acc + ",\n    \"mcc\": 0.25\n  }\n}");
            Files.writeString(dir.resolve("metrics.json"), "{\n  \"total\": " + total + ",\n  \"valid\": " + total
                    + ",\n  \"invalid\": 0,\n  \"correct\": " + correct + ",\n  \"coverage\": 1.0,\n"
                    + "  \"invalid_rate\": 0.0,\n  \"accuracy_valid\": " + acc + ",\n  \"effective_accuracy\": " + acc
                    + ",\n  \"balanced_accuracy\": " + acc + ",\n  \"mcc\": 0.25,\n  \"per_family\": {\n"
                    + "    \"atomic\": {\n      \"total\": " + total + ",\n      \"valid\": " + total
                    + ",\n      \"correct\": " + correct + ",\n      \"coverage\": 1.0,\n      \"accuracy_valid\": "
                    + acc + "\n    }\n  }\n}");
            Files.writeString(dir.resolve("summary.md"), "# Evaluation Summary: " + runId + "\n\n**Provider:** "
                    + provider + "\n\n## Key Metrics\n\n| Metric | Value |\n|--------|-------|\n| Total items | "
                    + total + " |\n");
            Files.writeString(dir.resolve("publish_receipt.json"), "{\n  \"published_utc\": \"" + publishedUtc
                    + "\",\n  \"run_id\": " + json(runId) + "\n}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
