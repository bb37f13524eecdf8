package org.chaosbench.runs.ingest.audit.run;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The fast path for predictions rows: streams the bytes of one ASCII line and keeps only the
 * fields the audit reads, without building a tree or a String for the question. Anything out of
 * the ordinary (malformed JSON, not an object, trailing content) returns null, and the caller
 * takes the tree path, which gives the exact finding; so both paths accept the same rows.
 */
final class PredictionRowScanner {
    /** The tree path's features, plus the fast (still correctly rounded) double parser for latency_s. */
    private static final JsonFactory FACTORY = JsonFiles.mapper().getFactory().rebuild()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER).build();

    private PredictionRowScanner() {
    }

    static PredictionRow scan(byte[] bytes, int from, int to) {
        try (JsonParser p = FACTORY.createParser(bytes, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String id = null;
            String outcome = null;
            Boolean correct = null;
            String gt = null;
            String parsed = null;
            String family = null;
            String predText = null;
            Double latency = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (literal(p, v)) {
                    return null;
                }
                // Later duplicates win, as in the tree the slow path builds.
                switch (name) {
                    case "id" -> id = string(p, v);
                    case "outcome" -> outcome = string(p, v);
                    case "ground_truth" -> gt = string(p, v);
                    case "parsed_label" -> parsed = string(p, v);
                    case "task_family" -> family = string(p, v);
                    case "pred_text" -> predText = string(p, v);
                    case "correct" -> correct = v == JsonToken.VALUE_TRUE ? Boolean.TRUE
                            : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
                    case "latency_s" -> latency = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT
                            ? p.getDoubleValue() : null;
                    default -> {
                        // not read by the audit
                    }
                }
                if ((v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) && !skipChildren(p)) {
                    return null;
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return null;
            }
            return new PredictionRow(id, outcome, correct, gt, parsed, family, predText, latency);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * NaN, Infinity and their spellings: the factory's non-numeric option lets {@code +INF},
     * {@code -INF} and {@code +Infinity} through, which Python's json refuses, so a row holding
     * any of them takes the tree path, whose parser accepts exactly Python's three (the reader
     * fuzzer found {@code -INF} in latency_s counted as a clean row).
     */
    private static boolean literal(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_FLOAT) {
            return false;
        }
        char[] text = p.getTextCharacters();
        int at = p.getTextOffset();
        int length = p.getTextLength();
        char c = length == 0 ? '0' : text[at];
        return !(c >= '0' && c <= '9') && !(c == '-' && length > 1 && text[at + 1] >= '0' && text[at + 1] <= '9');
    }

    /** Skips a nested value as {@link JsonParser#skipChildren()} does; false when it holds a literal. */
    private static boolean skipChildren(JsonParser p) throws IOException {
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return false;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                depth--;
            } else if (literal(p, t)) {
                return false;
            }
        }
        return true;
    }

    private static String string(JsonParser p, JsonToken v) throws IOException {
        return v == JsonToken.VALUE_STRING ? p.getText() : null;
    }
}
