package org.chaosbench.runs.eval.runner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.eval.shard.Shard;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * Everything that defines a run, with the defaults of FORMATS 5.1 filled in. Saved in the run
 * folder when the run starts, so that {@code --resume ID} alone continues it exactly.
 *
 * @param provider provider kind ({@code mock}, {@code ollama}, {@code openai}, {@code always-true}...)
 * @param dataset {@code canonical} or a JSONL path relative to the root
 * @param subset a subset JSONL path relative to the root, or null; takes precedence over dataset
 * @param workers the explicit worker count, or null for the automatic rule
 * @param requestTimeoutS limit of one HTTP attempt, in seconds
 * @param maxAttempts HTTP attempts per prompt (1 + retries of the transport)
 * @param shard the part of the item list this run evaluates ({@code --shard I/N}), or null for all of it
 */
public record EvalSettings(String provider, String model, String baseUrl, String dataset, String subset,
        Long maxItems, long seed, Long shuffleSeed, int retries, double temperature, int maxTokens,
        boolean strictParsing, Integer workers, String phase, long truncatePredText, Double maxUsd,
        String promptTemplate, double trueRate, double requestTimeoutS, int maxAttempts, Shard shard) {

    public static final String FILE_NAME = ".eval_settings.json";

    public static final String CANONICAL = "canonical";

    /** The dataset file actually evaluated, relative to the root, or null for the canonical selector. */
    public String evaluatedFile() {
        if (subset != null) {
            return subset;
        }
        return CANONICAL.equals(dataset) ? null : dataset;
    }

    /** The same settings for the whole item list: what an unsharded run of these options would use. */
    public EvalSettings unsharded() {
        return new EvalSettings(provider, model, baseUrl, dataset, subset, maxItems, seed, shuffleSeed, retries,
                temperature, maxTokens, strictParsing, workers, phase, truncatePredText, maxUsd, promptTemplate, trueRate,
                requestTimeoutS, maxAttempts, null);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("provider", provider);
        json.put("model", model);
        json.put("base_url", baseUrl);
        json.put("dataset", dataset);
        json.put("subset", subset);
        json.put("max_items", maxItems);
        json.put("seed", seed);
        json.put("shuffle_seed", shuffleSeed);
        json.put("retries", retries);
        json.put("temperature", temperature);
        json.put("max_tokens", maxTokens);
        json.put("strict_parsing", strictParsing);
        json.put("workers", workers);
        json.put("phase", phase);
        json.put("truncate_pred_text", truncatePredText);
        json.put("max_usd", maxUsd);
        json.put("prompt_template", promptTemplate);
        json.put("true_rate", trueRate);
        json.put("request_timeout_s", requestTimeoutS);
        json.put("max_attempts", maxAttempts);
        if (shard != null) {
            // Only when set: the settings (and inputs SHA-256) of unsharded runs stay as they were.
            json.put("shard", shard.label());
        }
        return json;
    }

    public void write(Path file) {
        AtomicFiles.writeString(file, PyJson.pretty(toJson()));
    }

    public static EvalSettings read(Path file) {
        ObjectNode j = JsonFiles.readObject(file);
        try {
            return new EvalSettings(text(j, "provider"), text(j, "model"), text(j, "base_url"),
                    orDefault(text(j, "dataset"), CANONICAL), text(j, "subset"), longOrNull(j, "max_items"),
                    j.path("seed").asLong(42), longOrNull(j, "shuffle_seed"), j.path("retries").asInt(1),
                    j.path("temperature").asDouble(0.0), j.path("max_tokens").asInt(16),
                    j.path("strict_parsing").asBoolean(true),
                    j.hasNonNull("workers") ? j.get("workers").asInt() : null, text(j, "phase"),
                    j.path("truncate_pred_text").asLong(0), j.hasNonNull("max_usd") ? j.get("max_usd").asDouble() : null,
                    orDefault(text(j, "prompt_template"), PromptTemplate.DEFAULT_PATH), j.path("true_rate").asDouble(0.5),
                    j.path("request_timeout_s").asDouble(60.0), j.path("max_attempts").asInt(3),
                    j.hasNonNull("shard") ? Shard.parse(j.get("shard").asText()) : null);
        } catch (RuntimeException e) {
            throw new InvalidInputException(file, 0, "unreadable run settings: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long longOrNull(JsonNode j, String key) {
        return j.hasNonNull(key) ? j.get(key).asLong() : null;
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
