package org.chaosbench.runs.ingest.audit.run;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Whether a run covers the whole canonical dataset. analyze_runs says "full" whenever
 * max_items is null or 0 (FORMATS 8.4), which also calls every subset-file run full
 * (FORMATS 12.3). Here a run is full only if, in addition, it names no subset file
 * ({@code evaluated_dataset.source}, written by our runner) and did not evaluate fewer items
 * than the canonical dataset holds (the only trace a subset run of the original tool leaves).
 */
final class RunScope {
    private RunScope() {
    }

    /** The original's test, kept for summary.json compatibility. */
    static boolean maxItemsUnset(RunManifest m) {
        return m.maxItems() == null || m.maxItems() == 0;
    }

    /** One shard of a sharded evaluation ({@code eval --shard I/N}): part of a run, never a whole one. */
    static boolean isShard(RunManifest m) {
        JsonNode shard = m.extra().get("shard");
        return shard != null && shard.isObject();
    }

    static boolean isFullRun(RunManifest m, PolicyContext context) {
        if (!maxItemsUnset(m)) {
            return false;
        }
        if (isShard(m)) {
            return false;
        }
        JsonNode evaluated = m.extra().get("evaluated_dataset");
        JsonNode source = evaluated == null ? null : evaluated.get("source");
        if (source != null && source.isTextual() && !source.textValue().equals("canonical")) {
            return false;
        }
        Long total = m.totalItemsEvaluated();
        if (total == null || context == null || context.canonicalItemCount() == null) {
            // Nothing to compare with: trust max_items, as the original does.
            return true;
        }
        return total >= context.canonicalItemCount();
    }
}
