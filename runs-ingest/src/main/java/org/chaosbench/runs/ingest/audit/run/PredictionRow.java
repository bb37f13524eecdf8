package org.chaosbench.runs.ingest.audit.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fields of one predictions.jsonl row that the audit reads, extracted tolerantly: a string
 * field of another type is null, {@code correct} counts only as a JSON boolean, {@code latency_s}
 * only as a JSON number.
 */
record PredictionRow(String id, String outcome, Boolean correct, String groundTruth, String parsedLabel,
        String family, String predText, Double latency) {

    static PredictionRow of(ObjectNode json) {
        JsonNode c = json.get("correct");
        JsonNode latency = json.get("latency_s");
        return new PredictionRow(text(json, "id"), text(json, "outcome"),
                c != null && c.isBoolean() ? c.booleanValue() : null, text(json, "ground_truth"),
                text(json, "parsed_label"), text(json, "task_family"), text(json, "pred_text"),
                latency != null && latency.isNumber() ? latency.doubleValue() : null);
    }

    private static String text(JsonNode json, String key) {
        JsonNode v = json.get(key);
        return v != null && v.isTextual() ? v.textValue() : null;
    }
}
