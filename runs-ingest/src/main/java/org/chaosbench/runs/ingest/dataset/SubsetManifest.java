package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The manifest beside a subset file (FORMATS 1.4), in any of its three generations: the
 * subset builder's (with {@code subset_name}), the API-subset script's, and the oldest one
 * (with {@code balance}), whose {@code sha256} is the file's SHA-256 instead of the id hash.
 *
 * @param sha256 the recorded fingerprint: 16 hex of the id hash, or 64 hex of the file bytes
 * @param perFamilyCounts family to {@code [total, TRUE, FALSE]}, empty when not recorded
 */
public record SubsetManifest(Path path, Generation generation, String subsetName, long size, Long seed,
        String sha256, String datasetGlobalSha256, Long trueCount, Long falseCount,
        Map<String, long[]> perFamilyCounts) {

    public static final String SUFFIX = ".manifest.json";

    /** Which tool wrote the manifest; it decides what {@code sha256} means. */
    public enum Generation {
        /** chaosbench/data/subsets.py and this tool: id hash, sampling log. */
        BUILDER,
        /** scripts/make_api_subset.py: id hash. */
        API_SCRIPT,
        /** api_balanced_100: SHA-256 of the JSONL bytes. */
        LEGACY_FILE_SHA
    }

    /** The manifest path of a subset file: same stem, {@code .manifest.json}. */
    public static Path pathFor(Path subsetFile) {
        String name = subsetFile.getFileName().toString();
        String stem = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        return subsetFile.resolveSibling(stem + SUFFIX);
    }

    public static SubsetManifest read(Path path) {
        ObjectNode doc = JsonFiles.readObject(path);
        Generation generation = doc.has("subset_name") ? Generation.BUILDER
                : doc.has("balance") && !doc.has("selection_method") ? Generation.LEGACY_FILE_SHA
                : Generation.API_SCRIPT;
        JsonNode size = doc.get("size");
        if (size == null || !size.isIntegralNumber() || size.longValue() < 0) {
            throw new InvalidInputException(path, "field \"size\" must be a non-negative integer");
        }
        JsonNode sha = doc.get("sha256");
        if (sha == null || !sha.isTextual() || !sha.textValue().matches("[0-9a-f]{16}|[0-9a-f]{64}")) {
            throw new InvalidInputException(path, "field \"sha256\" must be 16 or 64 lowercase hex digits");
        }
        JsonNode balance = doc.path("label_balance");
        Map<String, long[]> families = new LinkedHashMap<>();
        JsonNode per = doc.path("per_family_counts");
        if (!per.isMissingNode() && !per.isObject()) {
            throw new InvalidInputException(path, "field \"per_family_counts\" must be an object");
        }
        per.fields().forEachRemaining(e -> {
            JsonNode c = e.getValue();
            if (!c.path("total").isIntegralNumber() || !c.path("TRUE").isIntegralNumber()
                    || !c.path("FALSE").isIntegralNumber()) {
                throw new InvalidInputException(path, "field \"per_family_counts\".\"" + e.getKey()
                        + "\" must hold integers \"total\", \"TRUE\" and \"FALSE\"");
            }
            families.put(e.getKey(), new long[] {c.get("total").longValue(), c.get("TRUE").longValue(),
                c.get("FALSE").longValue()});
        });
        return new SubsetManifest(path, generation, textOrNull(doc.get("subset_name")), size.longValue(),
                longOrNull(doc.get("seed")), sha.textValue(), textOrNull(doc.get("dataset_global_sha256")),
                longOrNull(balance.get("true_count")), longOrNull(balance.get("false_count")), families);
    }

    private static String textOrNull(JsonNode v) {
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    private static Long longOrNull(JsonNode v) {
        return v != null && v.isIntegralNumber() ? v.longValue() : null;
    }
}
