package org.chaosbench.runs.ingest.dataset;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.compat.PyText;

/**
 * One benchmark question as the runner sees it, with the field fallbacks of FORMATS 1.1 so
 * that item files of other schemas still load.
 *
 * @param id item id ({@code id}, else {@code item_id}, else {@code unknown})
 * @param question question text ({@code question}, else {@code prompt}, else empty)
 * @param label normalised label: {@code TRUE}, {@code FALSE} or whatever else the file holds
 * @param family task family ({@code task_family}, {@code family}, {@code type}), may be null
 * @param split split, may be null
 * @param systemId dynamical-system id, may be null
 */
public record DatasetItem(String id, String question, String label, String family, String split,
        String systemId) {

    public static final String TRUE = "TRUE";
    public static final String FALSE = "FALSE";

    private static final Map<String, String> LABEL_SYNONYMS = Map.of(
            "YES", TRUE, "Y", TRUE, "TRUE", TRUE, "T", TRUE,
            "NO", FALSE, "N", FALSE, "FALSE", FALSE, "F", FALSE);

    public static DatasetItem fromJson(JsonNode item) {
        String id = firstPresent(item, "id", "item_id");
        String question = firstPresent(item, "question", "prompt");
        return new DatasetItem(
                id == null ? "unknown" : id,
                question == null ? "" : question,
                normaliseLabel(firstTruthyNode(item, "ground_truth", "answer", "gold", "label")),
                textOf(firstTruthyNode(item, "task_family", "family", "type")),
                textOf(item.get("split")),
                textOf(item.get("system_id")));
    }

    /** Python's {@code str(x).strip().upper()} followed by the synonym table. */
    public static String normaliseLabel(JsonNode value) {
        if (value == null) {
            return "";
        }
        String text = PyText.upper(PyText.strip(pythonStr(value)));
        return LABEL_SYNONYMS.getOrDefault(text, text);
    }

    public boolean hasBinaryLabel() {
        return TRUE.equals(label) || FALSE.equals(label);
    }

    private static String firstPresent(JsonNode item, String... keys) {
        for (String key : keys) {
            JsonNode v = item.get(key);
            if (v != null && !v.isNull()) {
                return pythonStr(v);
            }
        }
        return null;
    }

    private static JsonNode firstTruthyNode(JsonNode item, String... keys) {
        for (String key : keys) {
            JsonNode v = item.get(key);
            if (isTruthy(v)) {
                return v;
            }
        }
        return null;
    }

    /** Python truthiness of a decoded JSON value. */
    static boolean isTruthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0 || (v.isBigInteger() && v.bigIntegerValue().signum() != 0);
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    private static String textOf(JsonNode v) {
        return v == null || v.isNull() ? null : pythonStr(v);
    }

    /** {@code str()} of a decoded JSON value, for the scalar cases that occur in item files. */
    static String pythonStr(JsonNode v) {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isNull()) {
            return "None";
        }
        if (v.isFloatingPointNumber()) {
            return org.chaosbench.runs.ingest.compat.PyFloat.repr(v.doubleValue());
        }
        return v.isIntegralNumber() ? v.asText() : v.toString();
    }
}
