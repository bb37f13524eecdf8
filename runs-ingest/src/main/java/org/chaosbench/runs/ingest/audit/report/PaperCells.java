package org.chaosbench.runs.ingest.audit.report;

import org.chaosbench.runs.ingest.compat.PyFloat;
import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * Cell formatting of the paper tables (FORMATS 0.3, 8.5). A null becomes an empty cell (or
 * the given dash in Markdown) because a missing figure must not look like a zero.
 */
final class PaperCells {

    private PaperCells() {
    }

    /** {@code {:.n f}} on the exact binary value; "" for null. */
    static String fixed(Double x, int decimals) {
        return x == null ? "" : PyRound.fixed(x, decimals);
    }

    /** Python {@code str(round(x, 4))}, e.g. 0.793 or 0.07; "" for null. */
    static String str4(Double x) {
        return x == null ? "" : PyFloat.repr(PyRound.round(x, 4));
    }

    /** Python {@code str} of a stored (already rounded) value; "" for null. */
    static String str(Object x) {
        if (x == null) {
            return "";
        }
        return x instanceof Double d ? PyFloat.repr(d) : x.toString();
    }

    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
