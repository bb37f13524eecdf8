package org.chaosbench.runs.ingest.run;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of predictions.jsonl or .eval_checkpoint.jsonl (FORMATS 5.6). Nullable fields are
 * the ones the original writes as {@code null}, or leaves out in older files.
 *
 * @param meta the {@code meta} object as read (parse reason and confidence; extra keys kept)
 */
public record PredictionRecord(String id, String question, String groundTruth, String predText,
        String parsedLabel, String outcome, Boolean correct, Double latencyS, String taskFamily, String split,
        String retryPredText, String retryOutcome, JsonNode meta) {

    public static final String VALID_TRUE = "VALID_TRUE";
    public static final String VALID_FALSE = "VALID_FALSE";
    public static final String INVALID = "INVALID";

    /** The 13 keys of a record, in the order they are written. */
    public static final java.util.List<String> KEYS = java.util.List.of("id", "question", "ground_truth", "pred_text",
            "parsed_label", "outcome", "correct", "latency_s", "task_family", "split", "retry_pred_text",
            "retry_outcome", "meta");

    public boolean isValid() {
        return !INVALID.equals(outcome);
    }

    /** {@code task_family or "unknown"}, the key of per-family tables. */
    public String familyKey() {
        return taskFamily == null || taskFamily.isEmpty() ? "unknown" : taskFamily;
    }

    /** {@code split or "unknown"}, the key of per-split tables. */
    public String splitKey() {
        return split == null || split.isEmpty() ? "unknown" : split;
    }

    /** Truthiness of {@code correct}, as the original counts it. */
    public boolean isCorrect() {
        return Boolean.TRUE.equals(correct);
    }

    /** The record as a JSON object with the original key order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("question", question);
        json.put("ground_truth", groundTruth);
        json.put("pred_text", predText);
        json.put("parsed_label", parsedLabel);
        json.put("outcome", outcome);
        json.put("correct", correct);
        json.put("latency_s", latencyS);
        json.put("task_family", taskFamily);
        json.put("split", split);
        json.put("retry_pred_text", retryPredText);
        json.put("retry_outcome", retryOutcome);
        json.put("meta", meta);
        return json;
    }
}
