package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.eval.shard.ShardInfo;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.Git;
import org.chaosbench.runs.ingest.io.IsoTime;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;
import org.chaosbench.runs.ingest.run.SummaryMarkdown;

/**
 * Writes the run files once every item has a record (FORMATS 5.2): predictions in item-list
 * order, metrics, summary, then the manifest, which marks the run complete. Only then is the
 * checkpoint removed, so a crash at any point leaves a resumable run (the original deletes the
 * checkpoint before the manifest exists).
 */
final class RunFinalizer {
    private RunFinalizer() {
    }

    static RunMetrics finish(EvalPlan plan, RunFiles files, String runId, String providerName, String resumedFrom,
            Map<String, PredictionRecord> done, Map<String, byte[]> encoded, int workers, String inputsSha,
            Clock clock) {
        List<PredictionRecord> records = new ArrayList<>();
        List<byte[]> lines = new ArrayList<>();
        for (DatasetItem item : plan.selection().items()) {
            PredictionRecord r = done.get(item.id());
            if (r != null) {
                records.add(r);
                byte[] line = encoded.get(item.id());
                lines.add(line != null ? line : PredictionsFile.encode(r));
            }
        }
        RunMetrics metrics = RunMetrics.of(records);
        PredictionsFile.writeEncoded(files.predictions(), lines);
        AtomicFiles.writeString(files.metrics(), PyJson.pretty(metrics.toJson()));
        AtomicFiles.writeString(files.summary(), SummaryMarkdown.render(runId, providerName, metrics));
        manifest(plan, runId, providerName, resumedFrom, workers, metrics, records, inputsSha, clock)
                .write(files.manifest());
        try {
            Files.deleteIfExists(files.checkpoint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + files.checkpoint(), e);
        }
        return metrics;
    }

    private static RunManifest manifest(EvalPlan plan, String runId, String providerName, String resumedFrom,
            int workers, RunMetrics metrics, List<PredictionRecord> records, String inputsSha, Clock clock) {
        EvalSettings s = plan.settings();
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("max_usd", s.maxUsd());
        budget.put("truncate_pred_text", s.truncatePredText());
        budget.put("phase", s.phase());
        budget.put("dry_run_cost", false);
        // Facts the original does not record go into new keys after its own.
        Map<String, JsonNode> extra = new LinkedHashMap<>();
        Map<String, Object> evaluated = new LinkedHashMap<>();
        evaluated.put("source", s.evaluatedFile() == null ? "canonical" : s.evaluatedFile());
        evaluated.put("sha256", plan.evaluatedSha());
        evaluated.put("items", plan.selection().items().size());
        extra.put("evaluated_dataset", json(evaluated));
        extra.put("provider_errors", json(errors(records)));
        extra.put("model", json(s.model()));
        extra.put("inputs_sha256", json(inputsSha));
        if (plan.shard() != null) {
            extra.put(ShardInfo.KEY, json(plan.shard().withRunInputs(RunInputs.unshardedSha(plan, providerName)).toJson()));
        }
        String version = RunFinalizer.class.getPackage().getImplementationVersion();
        extra.put("tool", json("chaosbench-runs " + (version == null ? "dev" : version)));
        return new RunManifest(runId, IsoTime.isoUtc(clock.instant()), providerName, plan.template().version(),
                plan.template().hash(), plan.datasetSha(), org.chaosbench.runs.ingest.dataset.Selector.DEFAULT_PATH,
                (long) plan.selection().items().size(), s.maxItems(), s.seed(), (long) s.retries(), s.strictParsing(),
                (long) workers, plan.selection().orderMode(), s.shuffleSeed(), Git.shortCommit(plan.root()),
                "java " + Runtime.version(), json(metrics.summary()), resumedFrom, json(budget), extra);
    }

    /** Failed provider calls over the whole run, read back from the records' meta. */
    private static Map<String, Object> errors(List<PredictionRecord> records) {
        long calls = 0;
        long items = 0;
        for (PredictionRecord r : records) {
            JsonNode meta = r.meta();
            int n = meta == null ? 0 : (meta.has("error") ? 1 : 0) + (meta.has("retry_error") ? 1 : 0);
            calls += n;
            items += n > 0 ? 1 : 0;
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("failed_calls", calls);
        errors.put("items_with_failed_calls", items);
        return errors;
    }

    private static JsonNode json(Object value) {
        return JsonFiles.mapper().valueToTree(value);
    }
}
