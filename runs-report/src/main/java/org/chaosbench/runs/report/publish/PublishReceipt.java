package org.chaosbench.runs.report.publish;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.policy.Verdict;

/**
 * publish_receipt.json (FORMATS 7, step 5): the original's six keys in their order, then what
 * this tool adds. {@code source_run_dir} is relative to the project root (the original
 * writes an absolute path, which leaks the publisher's home folder).
 *
 * @param sourceRunDir the run folder relative to the project root, {@code /}-separated
 * @param verdictReasons the verdict's reasons with local paths made relative to the root
 */
public record PublishReceipt(String publishedUtc, String sourceRunDir, String runId, List<String> artifactsCopied,
        List<String> artifactsSkipped, boolean compressPredictions, Verdict verdict, List<String> verdictReasons,
        boolean subsetRun) {

    public static final String FILE_NAME = "publish_receipt.json";

    public PublishReceipt {
        artifactsCopied = List.copyOf(artifactsCopied);
        artifactsSkipped = List.copyOf(artifactsSkipped);
        verdictReasons = List.copyOf(verdictReasons);
    }

    /**
     * The verdict's reasons with every mention of the project root made relative: a rule may
     * name the root folder ("... is not a git repository"), and the receipt must not carry a
     * local absolute path.
     */
    static List<String> portableReasons(Verdict verdict, Path root) {
        Path abs = root.toAbsolutePath().normalize();
        List<String> roots = new java.util.ArrayList<>(List.of(abs.toString()));
        try {
            roots.add(0, abs.toRealPath().toString());
        } catch (java.io.IOException e) {
            // The root exists (the run was read from it); without a real path the plain one suffices.
        }
        return verdict.reasons().stream().map(r -> {
            String s = r;
            for (String prefix : roots) {
                s = s.replace(prefix + java.io.File.separator, "").replace(prefix, ".");
            }
            return s;
        }).toList();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("published_utc", publishedUtc);
        json.put("source_run_dir", sourceRunDir);
        json.put("run_id", runId);
        json.put("artifacts_copied", artifactsCopied);
        json.put("artifacts_skipped", artifactsSkipped);
        json.put("compress_predictions", compressPredictions);
        json.put("verdict", verdict.kind().name());
        json.put("verdict_reasons", verdictReasons);
        json.put("subset_run", subsetRun);
        return json;
    }

    void write(Path file) {
        AtomicFiles.writeString(file, PyJson.pretty(toJson()));
    }
}
