package org.chaosbench.runs.ingest.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.ingest.metrics.RunMetrics;

/** summary.md of a run (FORMATS 5.11), byte for byte as the original writes it. */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    public static String render(String runId, String provider, RunMetrics m) {
        Map<String, Object> rates = m.summary();
        StringBuilder sb = new StringBuilder();
        sb.append("# Evaluation Summary: ").append(runId).append("\n\n");
        sb.append("**Provider:** ").append(provider).append("\n\n");
        sb.append("## Key Metrics\n\n");
        sb.append("| Metric | Value |\n|--------|-------|\n");
        row(sb, "Total items", Long.toString(m.total()));
        row(sb, "Valid responses", Long.toString(m.valid()));
        row(sb, "Invalid responses", Long.toString(m.invalid()));
        row(sb, "Coverage", rate(rates, "coverage"));
        row(sb, "Accuracy (valid)", rate(rates, "accuracy_valid"));
        row(sb, "Effective accuracy", rate(rates, "effective_accuracy"));
        row(sb, "Balanced accuracy", rate(rates, "balanced_accuracy"));
        row(sb, "MCC", rate(rates, "mcc"));
        sb.append("\n## Per-Family Accuracy\n\n");
        sb.append("| Family | Total | Coverage | Accuracy |\n|--------|-------|----------|----------|\n");
        List<String> families = new ArrayList<>(m.families().keySet());
        families.sort(CodePointOrder.INSTANCE);
        for (String family : families) {
            RunMetrics.GroupCounts g = m.families().get(family);
            sb.append("| ").append(family).append(" | ").append(g.total()).append(" | ")
                    .append(PyRound.fixed(g.coverage(), 3)).append(" | ")
                    .append(PyRound.fixed(g.accuracyValid(), 3)).append(" |\n");
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** The rounded rate as metrics.json holds it; an empty run prints 0.0000 as the original does. */
    private static String rate(Map<String, Object> rates, String key) {
        Object v = rates.get(key);
        return PyRound.fixed(v == null ? 0.0 : (Double) v, 4);
    }
}
