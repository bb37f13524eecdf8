package org.chaosbench.runs.eval.runner;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.RunFiles;

/** What {@code eval} prints when a session ends, shared by the command line and the Maven goal. */
public final class EvalConsole {
    private EvalConsole() {
    }

    public static List<String> finished(EvalRun.Result r) {
        List<String> lines = new ArrayList<>();
        RunFiles files = new RunFiles(r.runDir());
        if (r.status() == EvalRun.Status.BUDGET_STOPPED) {
            lines.add("");
            lines.add(String.format("Budget reached: %.4f USD spent. The run is incomplete; its checkpoint keeps"
                    + " every finished item.", r.costUsd()));
            lines.add("Resume it with: bin/chaosbench eval --resume " + r.runId() + " --max-usd <new limit>");
            lines.add("  Run ID:      " + r.runId());
            lines.add("  Output dir:  " + r.runDir());
            return lines;
        }
        RunMetrics m = r.metrics();
        lines.add("");
        lines.add("Evaluation complete.");
        lines.add("  Run ID:        " + r.runId());
        lines.add("  Output dir:    " + r.runDir());
        lines.add("  Total:         " + m.total() + " (evaluated now " + r.evaluated() + ", reused " + r.reused() + ")");
        lines.add("  Coverage:      " + PyRound.fixed(m.coverage(), 4));
        lines.add("  Accuracy:      " + PyRound.fixed(m.accuracyValid(), 4));
        lines.add("  Eff. accuracy: " + PyRound.fixed(m.effectiveAccuracy(), 4));
        if (r.failedCalls() > 0) {
            lines.add("  Failed calls:  " + r.failedCalls() + " (recorded in meta.error; see run_manifest.json)");
        }
        lines.add("  Predictions:   " + files.predictions());
        lines.add("  Manifest:      " + files.manifest());
        return lines;
    }
}
