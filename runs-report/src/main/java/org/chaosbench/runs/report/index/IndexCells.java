package org.chaosbench.runs.report.index;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * The cell rules of the original index (FORMATS 7), applied to raw JSON values because they
 * depend on the JSON type: a rate prints with four decimals only when it is a JSON float (an
 * integer {@code 1} prints as {@code 1}), and N gets thousands separators only when it is an
 * integer. A JSON null counts as absent (the original would print {@code None}; no published
 * file has one).
 */
final class IndexCells {
    static final String DASH = "\u2014";

    private IndexCells() {
    }

    static boolean present(JsonNode v) {
        return v != null && !v.isNull() && !v.isMissingNode();
    }

    /** Python {@code str(v)} for the scalar types a manifest holds; anything else is a dash. */
    static String text(JsonNode v) {
        if (!present(v)) {
            return DASH;
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        return DASH;
    }

    /** N: {@code 40,886} for an integer, a dash otherwise. */
    static String count(JsonNode v) {
        if (!present(v) || !v.isIntegralNumber() || !v.canConvertToLong()) {
            return DASH;
        }
        return PyRound.thousands(v.longValue());
    }

    /** A rate: {@code .4f} for a JSON float, {@code str()} for anything else present. */
    static String rate(JsonNode v) {
        if (present(v) && v.isFloatingPointNumber()) {
            return PyRound.fixed(v.doubleValue(), 4);
        }
        return text(v);
    }

    /** The first ten characters (code points, as Python slices) of a string, else a dash. */
    static String date(JsonNode v) {
        if (!present(v) || !v.isTextual()) {
            return DASH;
        }
        String s = v.textValue();
        int end = s.codePointCount(0, s.length()) <= 10 ? s.length() : s.offsetByCodePoints(0, 10);
        return s.substring(0, end);
    }
}
