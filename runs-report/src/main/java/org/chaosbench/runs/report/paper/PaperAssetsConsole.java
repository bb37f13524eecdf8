package org.chaosbench.runs.report.paper;

import java.util.ArrayList;
import java.util.List;

/** The lines both front ends print after {@code paper-assets}, so the goal and the command say the same. */
public final class PaperAssetsConsole {
    private PaperAssetsConsole() {
    }

    public static List<String> lines(PaperAssets.Result r) {
        List<String> lines = new ArrayList<>();
        lines.add("Wrote paper assets to " + r.outDir() + ": " + r.tables().size() + " tables, " + r.figures()
                + " figures (SVG and PNG) from " + r.officialRuns() + " official run(s) on " + r.boards()
                + " board(s)");
        if (r.exploratoryRuns() > 0) {
            lines.add(r.exploratoryRuns() + " exploratory run(s) left out: RUNS_POLICY keeps them out of paper tables");
        }
        if (!r.unplacedRuns().isEmpty()) {
            lines.add("Official run(s) without an item count, dataset SHA or accuracy, so on no board: "
                    + String.join(", ", r.unplacedRuns()));
        }
        return lines;
    }
}
