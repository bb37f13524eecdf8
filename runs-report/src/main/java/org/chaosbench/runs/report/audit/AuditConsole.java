package org.chaosbench.runs.report.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.ChecklistItem;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;

/** The short console summary both front ends print after an audit. */
public final class AuditConsole {
    private AuditConsole() {
    }

    public static List<String> lines(AuditResult result) {
        AuditReport report = result.report();
        List<String> lines = new ArrayList<>();
        List<RunAudit> runs = report.runs();
        long official = runs.stream().filter(r -> r.verdict().official()).count();
        long withErrors = runs.stream().filter(RunAudit::hasErrors).count();
        lines.add("Audited " + runs.size() + " run(s): " + official + " OFFICIAL, " + (runs.size() - official)
                + " EXPLORATORY; " + withErrors + " with error findings; " + report.pairs().size()
                + " pairwise test(s)");
        for (int i = 0; i < runs.size(); i++) {
            RunAudit r = runs.get(i);
            String acc = r.accuracyValid() == null ? "acc -" : "acc " + PyRound.fixed(r.accuracyValid(), 4)
                    + (r.wilson() == null ? "" : " [" + PyRound.fixed(r.wilson().lo(), 3) + ", "
                            + PyRound.fixed(r.wilson().hi(), 3) + "]");
            Integer rank = report.rankOf(i);
            lines.add(String.format("  %-11s %s  %s%s%s", r.verdict().kind().name(), r.runId(), acc,
                    rank == null ? "" : "  rank " + rank, r.hasErrors() ? "  (errors: " + r.findings().stream()
                            .filter(f -> f.severity() == org.chaosbench.runs.ingest.audit.run.Finding.Severity.ERROR)
                            .map(f -> f.code()).distinct().toList() + ")" : ""));
        }
        for (ChecklistItem c : result.checklist()) {
            if (c.status() == ChecklistItem.Status.FAIL || c.status() == ChecklistItem.Status.WARN) {
                lines.add("  " + c.status().name() + " " + c.risk() + ": " + c.notes());
            }
        }
        for (Path p : result.written()) {
            lines.add("Wrote " + p);
        }
        return lines;
    }
}
