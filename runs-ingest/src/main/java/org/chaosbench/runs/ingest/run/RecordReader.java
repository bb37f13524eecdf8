package org.chaosbench.runs.ingest.run;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/** Turns a decoded JSON line into a {@link PredictionRecord}, naming the field that is wrong. */
final class RecordReader {
    private RecordReader() {
    }

    static PredictionRecord read(Path file, int line, ObjectNode json) {
        FieldReader f = new FieldReader(file, line, json);
        return new PredictionRecord(
                f.requiredString("id"),
                f.optionalString("question"),
                f.requiredString("ground_truth"),
                f.optionalString("pred_text"),
                f.optionalString("parsed_label"),
                f.requiredString("outcome"),
                f.optionalBoolean("correct"),
                f.optionalNumber("latency_s"),
                f.optionalString("task_family"),
                f.optionalString("split"),
                f.optionalString("retry_pred_text"),
                f.optionalString("retry_outcome"),
                f.optionalObject("meta"));
    }

    /** Typed access to the fields of one JSON object, with errors naming file, line and field. */
    static final class FieldReader {
        private final Path file;
        private final int line;
        private final JsonNode json;

        FieldReader(Path file, int line, JsonNode json) {
            this.file = file;
            this.line = line;
            this.json = json;
        }

        String requiredString(String key) {
            String value = optionalString(key);
            if (value == null) {
                throw error(key, json.has(key) ? "must be a string, found null" : "is missing");
            }
            return value;
        }

        String optionalString(String key) {
            JsonNode v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(key, "must be a string, found " + JsonFiles.describe(v));
            }
            return v.textValue();
        }

        Boolean optionalBoolean(String key) {
            JsonNode v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                throw error(key, "must be true, false or null, found " + JsonFiles.describe(v));
            }
            return v.booleanValue();
        }

        Double optionalNumber(String key) {
            JsonNode v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isNumber()) {
                throw error(key, "must be a number, found " + JsonFiles.describe(v));
            }
            return v.doubleValue();
        }

        Long optionalInteger(String key) {
            JsonNode v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw error(key, "must be an integer, found " + JsonFiles.describe(v));
            }
            return v.longValue();
        }

        JsonNode optionalObject(String key) {
            JsonNode v = json.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isObject()) {
                throw error(key, "must be an object, found " + JsonFiles.describe(v));
            }
            return v;
        }

        InvalidInputException error(String key, String what) {
            return new InvalidInputException(file, line, "field \"" + key + "\" " + what);
        }
    }
}
