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

    /**
     * A text cell of the paper CSVs (model, provider, run id). The original writes them unquoted,
     * and real names need nothing, so they stay byte-identical; a name a spreadsheet would run as
     * a formula ({@code = + @ -}, tab, CR) gets a leading apostrophe, and one holding a comma,
     * quote or line break is quoted (RFC 4180), so it cannot shift the columns (issue 8).
     * Same rule as runs-report's {@code TextEscapes.csv}, which this module cannot depend on.
     */
    static String csvText(String s) {
        String v = orEmpty(s);
        if (!v.isEmpty() && "=+@\t\r".indexOf(v.charAt(0)) >= 0
                || v.startsWith("-") && (v.length() == 1 || !(Character.isDigit(v.charAt(1)) || v.charAt(1) == '.'))) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /**
     * A text cell of baselines_table.md: the characters that make HTML, links, code or a new
     * column are backslash-escaped and line breaks become spaces; real model names have none.
     */
    static String markdownText(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : orEmpty(s).toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '|', '&', '!' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
