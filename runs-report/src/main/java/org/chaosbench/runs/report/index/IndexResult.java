package org.chaosbench.runs.report.index;

import java.nio.file.Path;
import java.util.List;

/**
 * What a regeneration of the index did.
 *
 * @param dropped run ids the previous README listed that have no folder (FORMATS 12.9), in its order
 * @param warnings problems that did not stop the index (unreadable files, dropped rows)
 */
public record IndexResult(Path file, IndexFormat format, List<IndexRow> rows, List<String> dropped,
        List<String> warnings) {

    public IndexResult {
        rows = List.copyOf(rows);
        dropped = List.copyOf(dropped);
        warnings = List.copyOf(warnings);
    }

    /** One line for the console. */
    public String summary() {
        return "Wrote " + file + " (" + format + " format, " + rows.size() + " run(s))";
    }
}
