package org.chaosbench.runs.eval.shard;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * What a shard run records under the manifest key {@code shard}: which part it is, and the
 * fingerprints that let a merge check that the parts belong together.
 *
 * @param fullItemCount length of the whole item list (FORMATS 5.3) that was split
 * @param itemListSha256 {@link ItemListFingerprint} of the whole item list
 * @param itemsSha256 {@link ItemListFingerprint} of this shard's items
 * @param runInputsSha256 the {@code inputs_sha256} an unsharded run with the same options has
 *        (dataset, prompt, provider, options); null until the run is finalised
 */
public record ShardInfo(Shard shard, int fullItemCount, String itemListSha256, String itemsSha256,
        String runInputsSha256) {

    /** The manifest key. */
    public static final String KEY = "shard";

    /**
     * The shard's part of the selected and ordered items.
     *
     * @throws IllegalArgumentException when the shard would hold no item
     */
    public static ShardInfo plan(Shard shard, List<DatasetItem> full) {
        if (shard.size(full.size()) == 0) {
            throw new IllegalArgumentException("--shard " + shard.label() + " holds no item: the item list has only "
                    + full.size() + " item(s); use at most " + full.size() + " shards");
        }
        List<String> ids = full.stream().map(DatasetItem::id).toList();
        return new ShardInfo(shard, full.size(), ItemListFingerprint.of(ids), ItemListFingerprint.of(shard.take(ids)),
                null);
    }

    public ShardInfo withRunInputs(String sha) {
        return new ShardInfo(shard, fullItemCount, itemListSha256, itemsSha256, sha);
    }

    /** Items of this shard. */
    public int size() {
        return shard.size(fullItemCount);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("index", shard.index());
        json.put("count", shard.count());
        json.put("full_item_count", fullItemCount);
        json.put("item_list_sha256", itemListSha256);
        json.put("items_sha256", itemsSha256);
        json.put("run_inputs_sha256", runInputsSha256);
        return json;
    }

    /**
     * The shard entry of a manifest, or null when the run is not a shard.
     *
     * @param file the manifest, for error messages
     * @throws InvalidInputException naming the field when the entry is malformed
     */
    public static ShardInfo of(Path file, RunManifest manifest) {
        JsonNode json = manifest.extra().get(KEY);
        if (json == null || json.isNull()) {
            return null;
        }
        if (!json.isObject()) {
            throw new InvalidInputException(file, "field 'shard' must be an object");
        }
        int index = integer(file, json, "index");
        int count = integer(file, json, "count");
        Shard shard;
        try {
            shard = new Shard(index, count);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(file, "field 'shard': " + e.getMessage());
        }
        return new ShardInfo(shard, integer(file, json, "full_item_count"), text(file, json, "item_list_sha256"),
                text(file, json, "items_sha256"), text(file, json, "run_inputs_sha256"));
    }

    private static int integer(Path file, JsonNode json, String key) {
        JsonNode v = json.get(key);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new InvalidInputException(file, "field 'shard." + key + "' must be an integer");
        }
        return v.intValue();
    }

    private static String text(Path file, JsonNode json, String key) {
        JsonNode v = json.get(key);
        if (v == null || !v.isTextual()) {
            throw new InvalidInputException(file, "field 'shard." + key + "' must be a string");
        }
        return v.asText();
    }
}
