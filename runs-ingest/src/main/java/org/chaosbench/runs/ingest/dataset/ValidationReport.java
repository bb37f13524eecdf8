package org.chaosbench.runs.ingest.dataset;

import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * What a dataset check found: per-file and per-family counts, and every problem (in lenient
 * mode; strict mode stops at the first one).
 *
 * @param files one summary per dataset file, in selector order
 * @param families label counts per task family, in first-appearance order
 * @param problems every problem found, in file and line order
 */
public record ValidationReport(List<FileSummary> files, Map<String, LabelCounts> families,
        List<InvalidInputException> problems) {

    /** Items and labels of one file. */
    public record FileSummary(String path, long items, long trueCount, long falseCount) {
    }

    /** Items and labels of one family. */
    public record LabelCounts(long items, long trueCount, long falseCount) {
        public double trueRate() {
            return items == 0 ? 0.0 : (double) trueCount / items;
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public long items() {
        return files.stream().mapToLong(FileSummary::items).sum();
    }
}
