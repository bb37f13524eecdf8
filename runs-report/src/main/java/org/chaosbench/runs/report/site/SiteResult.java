package org.chaosbench.runs.report.site;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did: the figures the front ends print and the {@code mvn site} report shows.
 *
 * @param written files rewritten because their content changed
 * @param unchanged files left alone because their content was already the same
 * @param writtenFiles relative names of the rewritten files, sorted
 * @param removed files of the previous build that this one no longer produces (a run or board gone)
 * @param charts what drawing each kind of chart cost (the benchmark prints it)
 */
public record SiteResult(Path outDir, int runs, long official, long exploratory, List<Board> boards, int written,
        int unchanged, List<String> writtenFiles, List<String> removed, List<ChartStats> charts) {

    public Path index() {
        return outDir.resolve(SiteBuilder.INDEX);
    }

    /** Console lines, the same for the CLI and the Maven goal. */
    public List<String> summaryLines() {
        return List.of("Wrote the site to " + index() + ": " + runs + " run(s) on " + boards.size() + " board(s), "
                + official + " official, " + exploratory + " exploratory",
                written + " file(s) written, " + unchanged + " unchanged, " + removed.size() + " removed");
    }
}
