package org.chaosbench.runs.eval.shard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.IsoTime;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * The manifest of a run merged from its shards: the first shard's, which the others agree
 * with on everything that defines the run, made whole: the full item count, the metrics of the
 * merged predictions, the unsharded run's inputs SHA-256 (so the incremental {@code eval} goal
 * sees the merged run as done), and {@code merged_shards} listing every part.
 */
final class MergedManifest {
    /** The manifest key listing the shards a run was merged from. */
    static final String KEY = "merged_shards";

    private MergedManifest() {
    }

    static RunManifest of(String runId, List<ShardRun> shards, RunMetrics metrics, Instant now) {
        RunManifest first = shards.get(0).manifest();
        ShardInfo info = shards.get(0).info();
        long workers = 0;
        long failedCalls = 0;
        long itemsWithFailedCalls = 0;
        List<Map<String, Object>> parts = new ArrayList<>();
        for (ShardRun s : shards) {
            RunManifest m = s.manifest();
            workers += m.workers() == null ? 0 : m.workers(); // the shards ran side by side
            JsonNode errors = m.extra().get("provider_errors");
            if (errors != null) {
                failedCalls += errors.path("failed_calls").asLong();
                itemsWithFailedCalls += errors.path("items_with_failed_calls").asLong();
            }
            parts.add(part(s));
        }
        Map<String, JsonNode> extra = new LinkedHashMap<>(first.extra());
        extra.remove(ShardInfo.KEY);
        JsonNode evaluated = extra.get("evaluated_dataset");
        if (evaluated instanceof ObjectNode e) {
            extra.put("evaluated_dataset", e.deepCopy().put("items", info.fullItemCount()));
        }
        if (extra.containsKey("provider_errors")) {
            Map<String, Object> errors = new LinkedHashMap<>();
            errors.put("failed_calls", failedCalls);
            errors.put("items_with_failed_calls", itemsWithFailedCalls);
            extra.put("provider_errors", json(errors));
        }
        extra.put("inputs_sha256", json(info.runInputsSha256()));
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("count", info.shard().count());
        merged.put("full_item_count", info.fullItemCount());
        merged.put("item_list_sha256", info.itemListSha256());
        merged.put("shards", parts);
        extra.put(KEY, json(merged));
        return new RunManifest(runId, IsoTime.isoUtc(now), first.provider(), first.promptVersion(), first.promptHash(),
                first.datasetGlobalSha256(), first.canonicalSelector(), (long) info.fullItemCount(), first.maxItems(),
                first.seed(), first.retries(), first.strictParsing(), workers, first.orderMode(), first.shuffleSeed(),
                first.gitCommit(), first.pythonVersion(), json(metrics.summary()), null, first.budget(), extra);
    }

    /** How the manifest lists one shard; also what tells an up-to-date merge from a stale one. */
    static Map<String, Object> part(ShardRun s) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("index", s.info().shard().index());
        part.put("run_id", s.manifest().runIdOr(s.dir()));
        part.put("items", s.info().size());
        part.put("created_utc", s.manifest().createdUtc());
        part.put("resumed_from", s.manifest().resumedFrom());
        part.put("workers", s.manifest().workers());
        return part;
    }

    static JsonNode json(Object value) {
        return JsonFiles.mapper().valueToTree(value);
    }
}
