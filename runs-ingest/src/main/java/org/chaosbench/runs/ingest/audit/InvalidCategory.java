package org.chaosbench.runs.ingest.audit;

import java.util.List;

import org.chaosbench.runs.ingest.compat.PyText;

/**
 * Why an answer was invalid, guessed from its text as analyze_runs does (FORMATS 8.4). The
 * rules are checked in order, so a refusal that also hedges counts as a refusal.
 */
public enum InvalidCategory {
    EMPTY_RESPONSE("empty_response"),
    REFUSAL("refusal"),
    HEDGING_OR_MULTI_ANSWER("hedging_or_multi_answer"),
    FORMATTING_FAILURE("formatting_failure");

    private static final List<String> HEDGES = List.of("both", "either", "depends", "unclear", "uncertain");

    private final String key;

    InvalidCategory(String key) {
        this.key = key;
    }

    /** The name used in audit.json and RUNS_AUDIT.md. */
    public String key() {
        return key;
    }

    /**
     * A null or whitespace-only text is an empty response: Python strips before lowering,
     * and a row written with {@code "pred_text": null} has nothing to classify either.
     * Matching is by substring, so "neither" and "bothered" count as hedges, as they do
     * in the original.
     */
    public static InvalidCategory classify(String predText) {
        String t = predText == null ? "" : PyText.lower(PyText.strip(predText));
        if (t.isEmpty()) {
            return EMPTY_RESPONSE;
        }
        if (t.startsWith("i cannot") || t.startsWith("i'm unable") || t.contains("cannot provide")) {
            return REFUSAL;
        }
        for (String hedge : HEDGES) {
            if (t.contains(hedge)) {
                return HEDGING_OR_MULTI_ANSWER;
            }
        }
        return FORMATTING_FAILURE;
    }
}
