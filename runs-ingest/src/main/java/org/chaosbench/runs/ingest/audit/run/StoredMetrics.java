package org.chaosbench.runs.ingest.audit.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The figures a run stored about itself: metrics.json (FORMATS 5.7) or, without it, the
 * manifest's metrics_summary (which has rates only, no counts). Every field is nullable and
 * read leniently: a wrong type counts as absent, because the audit reports on bad files
 * rather than refusing them.
 */
record StoredMetrics(Long total, Long valid, Long invalid, Long correct, Double coverage, Double accuracyValid,
        Double effectiveAccuracy, Double balancedAccuracy, Double mcc, Map<String, Family> perFamily) {

    /** One metrics.json per_family entry. */
    record Family(long total, long valid, long correct) {
    }

    static final StoredMetrics NONE = new StoredMetrics(null, null, null, null, null, null, null, null, null,
            Map.of());

    /** From a metrics.json object (or a metrics_summary object, which simply lacks the counts). */
    static StoredMetrics of(JsonNode json) {
        if (json == null || !json.isObject()) {
            return NONE;
        }
        Map<String, Family> families = new LinkedHashMap<>();
        JsonNode pf = json.get("per_family");
        if (pf != null && pf.isObject()) {
            pf.fields().forEachRemaining(e -> {
                Long t = integer(e.getValue(), "total");
                Long v = integer(e.getValue(), "valid");
                Long c = integer(e.getValue(), "correct");
                if (t != null && v != null && c != null) {
                    families.put(e.getKey(), new Family(t, v, c));
                }
            });
        }
        return new StoredMetrics(integer(json, "total"), integer(json, "valid"), integer(json, "invalid"),
                integer(json, "correct"), number(json, "coverage"), number(json, "accuracy_valid"),
                number(json, "effective_accuracy"), number(json, "balanced_accuracy"), number(json, "mcc"),
                Collections.unmodifiableMap(families));
    }

    static Long integer(JsonNode json, String key) {
        JsonNode v = json.get(key);
        return v != null && v.isIntegralNumber() ? v.longValue() : null;
    }

    static Double number(JsonNode json, String key) {
        JsonNode v = json.get(key);
        return v != null && v.isNumber() ? v.doubleValue() : null;
    }
}
