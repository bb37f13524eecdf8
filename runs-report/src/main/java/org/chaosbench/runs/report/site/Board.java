package org.chaosbench.runs.report.site;

import java.util.List;

/**
 * The runs that answered the same items: one dataset fingerprint and one item selection
 * (the full canonical set or one subset size). Runs of different boards are never compared.
 *
 * @param id file name stem, stable across builds: {@code <sha 12>-n<items>}
 * @param sha the stored dataset_global_sha256, {@code unknown} when runs lack it
 * @param rows ordered by rank, then accuracy, then run id
 * @param families union of the rows' families, in code-point order
 */
public record Board(String id, String title, String sha, Long totalItems, boolean full, List<BoardRow> rows,
        List<String> families, List<String> providers) {

    public long officialCount() {
        return rows.stream().filter(BoardRow::official).count();
    }

    public long exploratoryCount() {
        return rows.size() - officialCount();
    }

    public String shaShort() {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
}
