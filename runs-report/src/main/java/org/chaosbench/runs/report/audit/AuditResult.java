package org.chaosbench.runs.report.audit;

import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem;
import org.chaosbench.runs.ingest.audit.run.RunAudit;

/**
 * The outcome of one audit.
 *
 * @param failing the runs that make the build fail under the request's failOn (empty: pass)
 */
public record AuditResult(AuditReport report, List<ChecklistItem> checklist, List<Path> written, FailOn failOn,
        List<RunAudit> failing) {

    public boolean failed() {
        return !failing.isEmpty();
    }

    /** The failure as a person reads it: which rule, which runs and why. */
    public String failureMessage() {
        StringBuilder m = new StringBuilder();
        m.append(failOn == FailOn.EXPLORATORY_PUBLISHED
                ? failing.size() + " published run(s) are EXPLORATORY; only OFFICIAL runs may be published (RUNS_POLICY 3):"
                : failing.size() + " run(s) have error findings:");
        for (RunAudit r : failing) {
            m.append("\n  ").append(r.runId()).append(" (").append(r.runDir()).append(')');
            List<String> why = failOn == FailOn.EXPLORATORY_PUBLISHED ? r.verdict().reasons()
                    : r.findings().stream().filter(f -> f.severity() == org.chaosbench.runs.ingest.audit.run.Finding.Severity.ERROR)
                            .map(f -> f.message()).toList();
            why.forEach(reason -> m.append("\n    - ").append(reason));
        }
        return m.toString();
    }
}
