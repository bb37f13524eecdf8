package org.chaosbench.runs.ingest.audit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes small run folders for audit tests: a manifest with the given SHA and one prediction
 * row per answer, where answer i is about item {@code prefix + i} (ground truth alternating
 * TRUE/FALSE) and is right when {@code right[i]}.
 */
public final class RunFolders {
    private RunFolders() {
    }

    public static Path write(Path dir, String sha, String prefix, boolean[] right) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("run_manifest.json"), String.format(Locale.ROOT, """
                    {"run_id": "%s", "provider": "ollama/m", "prompt_hash": "5881f664c444e3d3",
                     "dataset_global_sha256": "%s", "canonical_selector": "data/canonical_v2_files.json",
                     "total_items_evaluated": %d, "max_items": null, "git_commit": "abc1234"}""",
                    dir.getFileName(), sha, right.length));
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < right.length; i++) {
                String gt = i % 2 == 0 ? "TRUE" : "FALSE";
                String pred = right[i] ? gt : gt.equals("TRUE") ? "FALSE" : "TRUE";
                rows.append(String.format(Locale.ROOT, "{\"id\": \"%s%d\", \"ground_truth\": \"%s\", \"parsed_label\": "
                        + "\"%s\", \"outcome\": \"VALID_%s\", \"correct\": %s, \"latency_s\": 0.5, "
                        + "\"task_family\": \"atomic\"}%n", prefix, i, gt, pred, pred, right[i]));
            }
            Files.writeString(dir.resolve("predictions.jsonl"), rows.toString());
            long correct = 0;
            for (boolean r : right) {
                correct += r ? 1 : 0;
            }
            Files.writeString(dir.resolve("metrics.json"), String.format(Locale.ROOT, "{\"total\": %d, \"valid\": %d, "
                    + "\"invalid\": 0, \"correct\": %d, \"coverage\": 1.0, \"accuracy_valid\": %s}", right.length,
                    right.length, correct, right.length == 0 ? "0.0" : Double.toString((double) correct / right.length)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n answers, the first {@code rightCount} of them right. */
    public static boolean[] firstRight(int n, int rightCount) {
        boolean[] right = new boolean[n];
        for (int i = 0; i < rightCount; i++) {
            right[i] = true;
        }
        return right;
    }
}
