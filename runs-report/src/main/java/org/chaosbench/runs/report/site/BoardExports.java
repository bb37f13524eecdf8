package org.chaosbench.runs.report.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.report.template.TextEscapes;

/**
 * The downloads of a board: CSV and JSON with the same columns, in the order of the board.
 * The board page's script exports the current filtered view with the same column names
 * (taken from the table's {@code data-key} attributes), so both downloads read alike.
 */
final class BoardExports {
    static final List<String> COLUMNS = List.of("rank", "run_id", "model", "provider", "n", "accuracy_valid",
            "wilson_lo", "wilson_hi", "balanced_accuracy", "mcc", "coverage", "bias_verdict", "verdict",
            "verdict_reasons", "date");
    static final String FAMILY_PREFIX = "acc_";

    private BoardExports() {
    }

    static List<String> columns(Board board) {
        List<String> columns = new ArrayList<>(COLUMNS);
        board.families().forEach(f -> columns.add(FAMILY_PREFIX + f));
        return columns;
    }

    /** One row as column to value; numbers as their 4-decimal text, unknowns as null. */
    static Map<String, Object> values(Board board, BoardRow r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rank", r.rank());
        v.put("run_id", r.runId());
        v.put("model", r.model());
        v.put("provider", r.provider());
        v.put("n", r.n());
        v.put("accuracy_valid", number(r.accuracyKey()));
        v.put("wilson_lo", number(r.ciLoLabel()));
        v.put("wilson_hi", number(r.ciHiLabel()));
        v.put("balanced_accuracy", number(r.balancedAccuracyKey()));
        v.put("mcc", number(r.mccKey()));
        v.put("coverage", number(r.coverageKey()));
        v.put("bias_verdict", r.bias());
        v.put("verdict", r.verdict());
        v.put("verdict_reasons", r.reasons());
        v.put("date", r.date());
        for (String f : board.families()) {
            v.put(FAMILY_PREFIX + f, number(r.families().get(f).value()));
        }
        return v;
    }

    static String csv(Board board) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", columns(board).stream().map(TextEscapes::csv).toList())).append('\n');
        for (BoardRow r : board.rows()) {
            List<String> cells = new ArrayList<>();
            for (Object value : values(board, r).values()) {
                cells.add(TextEscapes.csv(cell(value)));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    /** The fields of the JSON download before its rows; the page's script starts its export from them too. */
    static Map<String, Object> meta(Board board) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("board", board.id());
        doc.put("title", board.title());
        doc.put("dataset_global_sha256", board.sha());
        doc.put("total_items", board.totalItems());
        return doc;
    }

    static String json(Board board) {
        Map<String, Object> doc = meta(board);
        List<Object> rows = new ArrayList<>();
        for (BoardRow r : board.rows()) {
            rows.add(values(board, r));
        }
        doc.put("rows", rows);
        return PyJson.pretty(doc) + "\n";
    }

    /** The CSV text of a value; the script writes the same (reasons joined by " | "). */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(" | ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Double d) {
            return org.chaosbench.runs.ingest.compat.PyRound.fixed(d, 4);
        }
        return value.toString();
    }

    private static Double number(String text) {
        if (text == null || text.isEmpty() || text.equals(Numbers.NONE)) {
            return null;
        }
        return Double.valueOf(text);
    }
}
