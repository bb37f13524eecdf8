package org.chaosbench.runs.report.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.run.RunAudit;

/** Turns one audited run into its board row. */
final class BoardRows {
    static final String BIAS_UNKNOWN = "UNKNOWN";

    private BoardRows() {
    }

    static BoardRow of(RunAudit run, Integer rank, boolean tied, String slug, List<String> boardFamilies) {
        Map<String, FamilyCell> families = new LinkedHashMap<>();
        for (String family : boardFamilies) {
            FamilyAuditRow f = run.families().get(family);
            families.put(family, f == null ? new FamilyCell("", Numbers.NONE, "not in this run")
                    : new FamilyCell(Numbers.sortKey(f.accuracyValid()), Numbers.fixed3(f.accuracyValid()),
                            f.correct() + " of " + f.valid() + " valid answers correct (" + f.total() + " items)"));
        }
        String date = run.manifest() == null || run.manifest().createdUtc() == null
                || run.manifest().createdUtc().length() < 10 ? Numbers.NONE
                        : run.manifest().createdUtc().substring(0, 10);
        return new BoardRow(rank, rank == null ? Numbers.NONE : rank + (tied ? "=" : ""), run.runId(), slug,
                orDash(run.model()), orDash(run.provider()), run.totalItems(), Numbers.count(run.totalItems()),
                Numbers.sortKey(run.accuracyValid()), Numbers.fixed4(run.accuracyValid()),
                run.wilson() == null ? Numbers.NONE : Numbers.fixed4(run.wilson().lo()),
                run.wilson() == null ? Numbers.NONE : Numbers.fixed4(run.wilson().hi()),
                Numbers.sortKey(run.balancedAccuracy()), Numbers.fixed4(run.balancedAccuracy()),
                Numbers.sortKey(run.mcc()), Numbers.fixed4(run.mcc()), Numbers.sortKey(run.coverage()),
                Numbers.fixed4(run.coverage()), run.bias() == null ? BIAS_UNKNOWN : run.bias().biasVerdict(),
                run.verdict().official(), run.verdict().reasons(), date, families);
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? Numbers.NONE : s;
    }
}
