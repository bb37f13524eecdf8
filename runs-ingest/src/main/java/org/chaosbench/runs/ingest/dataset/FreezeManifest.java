package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * artifacts/freeze/v2_freeze_manifest.json (FORMATS 2.2): the frozen fingerprint of the
 * dataset that official runs must match.
 */
public record FreezeManifest(String createdUtc, String canonicalSelector, List<FrozenFile> files,
        long totalQuestions, String globalSha256, long duplicateIds, Map<String, Object> toolVersions) {

    public static final String DEFAULT_PATH = "artifacts/freeze/v2_freeze_manifest.json";

    /** One frozen dataset file. */
    public record FrozenFile(String path, long count, String sha256) {
    }

    public FreezeManifest {
        files = List.copyOf(files);
    }

    /** The JSON document, keys in the original order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset_release", "v2");
        json.put("schema_version", "v2");
        json.put("created_utc", createdUtc);
        json.put("canonical_selector", canonicalSelector);
        List<Object> list = new ArrayList<>();
        for (FrozenFile f : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("count", f.count());
            entry.put("sha256", f.sha256());
            list.add(entry);
        }
        json.put("canonical_files", list);
        json.put("canonical_total_questions", totalQuestions);
        json.put("global_sha256", globalSha256);
        json.put("duplicate_ids", duplicateIds);
        json.put("tool_versions", toolVersions);
        return json;
    }

    /** Reads a manifest written by this tool or by the original freeze script. */
    public static FreezeManifest read(Path path) {
        ObjectNode doc = JsonFiles.readObject(path);
        JsonNode sha = doc.get("global_sha256");
        if (sha == null || !sha.isTextual() || sha.textValue().isEmpty()) {
            throw new InvalidInputException(path, "field \"global_sha256\" is missing or not a string");
        }
        List<FrozenFile> files = new ArrayList<>();
        JsonNode list = doc.path("canonical_files");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new InvalidInputException(path, "field \"canonical_files\" must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            if (!f.path("path").isTextual() || !f.path("sha256").isTextual() || !f.path("count").isIntegralNumber()) {
                throw new InvalidInputException(path, "field \"canonical_files\"[" + i
                        + "] must have a string \"path\", an integer \"count\" and a string \"sha256\"");
            }
            files.add(new FrozenFile(f.get("path").textValue(), f.get("count").longValue(), f.get("sha256").textValue()));
        }
        Map<String, Object> tools = new LinkedHashMap<>();
        doc.path("tool_versions").fields().forEachRemaining(e -> tools.put(e.getKey(), e.getValue().asText()));
        return new FreezeManifest(doc.path("created_utc").asText(null), doc.path("canonical_selector").asText(null),
                files, doc.path("canonical_total_questions").asLong(files.stream().mapToLong(FrozenFile::count).sum()),
                sha.textValue(), doc.path("duplicate_ids").asLong(0), tools);
    }
}
