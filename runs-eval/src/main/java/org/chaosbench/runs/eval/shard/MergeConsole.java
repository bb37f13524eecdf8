package org.chaosbench.runs.eval.shard;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.RunFiles;

/** What {@code merge-shards} prints, shared by the command line and the Maven goal. */
public final class MergeConsole {
    private MergeConsole() {
    }

    public static List<String> finished(ShardMerge.Result r) {
        List<String> lines = new ArrayList<>();
        int count = r.shards().size();
        if (r.status() == ShardMerge.Status.UP_TO_DATE) {
            lines.add(r.runDir() + " is up to date: it is the merge of these " + count
                    + " shard runs (--force merges them again).");
            return lines;
        }
        RunMetrics m = r.metrics();
        RunFiles files = new RunFiles(r.runDir());
        lines.add("");
        lines.add("Merged " + count + " shards into one run.");
        lines.add("  Run ID:        " + r.runId());
        lines.add("  Output dir:    " + r.runDir());
        for (ShardRun s : r.shards()) {
            lines.add(String.format("  %-15s%d items from %s", "Shard " + s.info().shard().label() + ":",
                    s.info().size(), s.dir()));
        }
        lines.add("  Total:         " + m.total());
        lines.add("  Coverage:      " + PyRound.fixed(m.coverage(), 4));
        lines.add("  Accuracy:      " + PyRound.fixed(m.accuracyValid(), 4));
        lines.add("  Eff. accuracy: " + PyRound.fixed(m.effectiveAccuracy(), 4));
        lines.add("  Predictions:   " + files.predictions());
        lines.add("  Manifest:      " + files.manifest());
        return lines;
    }
}
