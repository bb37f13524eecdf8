package org.chaosbench.runs.ingest.run;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * run_manifest.json (FORMATS 5.10). Every field is nullable because older runs lack keys
 * (no {@code budget}, no {@code order_mode}...); keys this class does not know are kept in
 * {@code extra} and written back after the known ones.
 */
public record RunManifest(String runId, String createdUtc, String provider, String promptVersion,
        String promptHash, String datasetGlobalSha256, String canonicalSelector, Long totalItemsEvaluated,
        Long maxItems, Long seed, Long retries, Boolean strictParsing, Long workers, String orderMode,
        Long shuffleSeed, String gitCommit, String pythonVersion, JsonNode metricsSummary, String resumedFrom,
        JsonNode budget, Map<String, JsonNode> extra) {

    public static final String FILE_NAME = "run_manifest.json";

    static final List<String> KEYS = List.of("run_id", "created_utc", "provider", "prompt_version", "prompt_hash",
            "dataset_global_sha256", "canonical_selector", "total_items_evaluated", "max_items", "seed", "retries",
            "strict_parsing", "workers", "order_mode", "shuffle_seed", "git_commit", "python_version",
            "metrics_summary", "resumed_from", "budget");

    public RunManifest {
        extra = extra == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static RunManifest read(Path file) {
        ObjectNode json = JsonFiles.readObject(file);
        RecordReader.FieldReader f = new RecordReader.FieldReader(file, 0, json);
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                extra.put(key, json.get(key));
            }
        }
        return new RunManifest(f.optionalString("run_id"), f.optionalString("created_utc"),
                f.optionalString("provider"), f.optionalString("prompt_version"), f.optionalString("prompt_hash"),
                f.optionalString("dataset_global_sha256"), f.optionalString("canonical_selector"),
                f.optionalInteger("total_items_evaluated"), f.optionalInteger("max_items"),
                f.optionalInteger("seed"), f.optionalInteger("retries"), f.optionalBoolean("strict_parsing"),
                f.optionalInteger("workers"), f.optionalString("order_mode"), f.optionalInteger("shuffle_seed"),
                f.optionalString("git_commit"), f.optionalString("python_version"),
                f.optionalObject("metrics_summary"), f.optionalString("resumed_from"), f.optionalObject("budget"),
                extra);
    }

    /** The manifest with every known key in the original order, then the extra keys. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("run_id", runId);
        json.put("created_utc", createdUtc);
        json.put("provider", provider);
        json.put("prompt_version", promptVersion);
        json.put("prompt_hash", promptHash);
        json.put("dataset_global_sha256", datasetGlobalSha256);
        json.put("canonical_selector", canonicalSelector);
        json.put("total_items_evaluated", totalItemsEvaluated);
        json.put("max_items", maxItems);
        json.put("seed", seed);
        json.put("retries", retries);
        json.put("strict_parsing", strictParsing);
        json.put("workers", workers);
        json.put("order_mode", orderMode);
        json.put("shuffle_seed", shuffleSeed);
        json.put("git_commit", gitCommit);
        json.put("python_version", pythonVersion);
        json.put("metrics_summary", metricsSummary == null ? Map.of() : metricsSummary);
        json.put("resumed_from", resumedFrom);
        if (budget != null) {
            json.put("budget", budget);
        }
        json.putAll(extra);
        return json;
    }

    public void write(Path file) {
        AtomicFiles.writeString(file, PyJson.pretty(toJson()));
    }

    /** The run id, or the folder name for a manifest without one (FORMATS 7). */
    public String runIdOr(Path runDir) {
        return runId != null ? runId : runDir.getFileName().toString();
    }
}
