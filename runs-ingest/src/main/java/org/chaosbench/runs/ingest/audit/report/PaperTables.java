package org.chaosbench.runs.ingest.audit.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * The three paper-asset files of FORMATS 8.5 with the original's exact layouts. Which runs go
 * in differs on purpose: the original takes "canonical selector and provider not mock"; RUNS_POLICY
 * says exploratory runs must not appear in paper tables, so {@link #writeOfficial} keeps only
 * OFFICIAL verdicts. {@link #write} takes an explicit list for callers that choose otherwise.
 */
public final class PaperTables {

    public static final String BASELINES_CSV = "baselines_table.csv";
    public static final String BASELINES_MD = "baselines_table.md";
    public static final String BY_FAMILY_CSV = "baselines_by_family.csv";

    static final String CSV_HEADER = "model,provider,n_total,n_valid,coverage,accuracy_valid,effective_accuracy,"
            + "balanced_accuracy,mcc,tpr,tnr,bias_score,bias_verdict,invalid_rate,is_full_run,run_id";
    static final String MD_HEADER = "| Model | N | Cov | Acc_valid | Bal_acc | MCC | TPR | TNR | Bias | Full? |";
    /** FORMATS does not spell the separator out; one plain {@code ---} per column. */
    static final String MD_SEPARATOR = "|---|---|---|---|---|---|---|---|---|---|";
    static final String FAMILY_HEADER = "model,provider,run_id,family,n_total,n_valid,coverage,accuracy_valid,"
            + "balanced_accuracy,mcc,tpr,tnr,bias_score,bias_verdict,low_support,wilson_lo,wilson_hi";
    static final String DASH = "\u2014";

    private PaperTables() {
    }

    public static List<RunAudit> officialRuns(AuditReport report) {
        return report.runs().stream().filter(r -> r.verdict().official()).toList();
    }

    public static void writeOfficial(Path dir, AuditReport report) {
        write(dir, officialRuns(report));
    }

    /** Writes the three files for exactly these runs, in this (processing) order. */
    public static void write(Path dir, List<RunAudit> runs) {
        AtomicFiles.writeString(dir.resolve(BASELINES_CSV), baselinesCsv(runs));
        AtomicFiles.writeString(dir.resolve(BASELINES_MD), baselinesMarkdown(runs));
        AtomicFiles.writeString(dir.resolve(BY_FAMILY_CSV), byFamilyCsv(runs));
    }

    /**
     * Balanced accuracy descending; List.sort is stable, so equal values keep processing
     * order as Python's sorted does. Runs without a figure go last (Python would crash).
     */
    static List<RunAudit> byBalancedAccuracy(List<RunAudit> runs) {
        List<RunAudit> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing(RunAudit::balancedAccuracy,
                Comparator.nullsLast(Comparator.<Double>reverseOrder())));
        return sorted;
    }

    static String baselinesCsv(List<RunAudit> runs) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (RunAudit r : byBalancedAccuracy(runs)) {
            boolean conf = r.confusion() != null;
            String[] cells = {PaperCells.csvText(r.model()), PaperCells.csvText(r.provider()),
                PaperCells.str(r.totalItems()), PaperCells.str(r.validCount()), PaperCells.fixed(r.coverage(), 4),
                PaperCells.fixed(r.accuracyValid(), 4), PaperCells.fixed(r.effectiveAccuracy(), 4),
                PaperCells.fixed(r.balancedAccuracy(), 4), PaperCells.fixed(r.mcc(), 4),
                conf ? PaperCells.str4(r.confusion().tpr()) : "", conf ? PaperCells.str4(r.confusion().tnr()) : "",
                conf ? PaperCells.str4(r.bias().biasScore()) : "", biasVerdict(r),
                PaperCells.fixed(invalidRate(r), 4), PaperCells.yesNo(r.isFullRun()), PaperCells.csvText(r.runId())};
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    static String baselinesMarkdown(List<RunAudit> runs) {
        StringBuilder sb = new StringBuilder(MD_HEADER).append('\n').append(MD_SEPARATOR).append('\n');
        for (RunAudit r : byBalancedAccuracy(runs)) {
            boolean conf = r.confusion() != null;
            String[] cells = {PaperCells.markdownText(r.model()),
                r.totalItems() == null ? DASH : PyRound.thousands(r.totalItems()), md3(r.coverage()),
                md3(r.accuracyValid()), md3(r.balancedAccuracy()), md3(r.mcc()),
                conf ? md3(r.confusion().tpr()) : DASH, conf ? md3(r.confusion().tnr()) : DASH,
                !conf ? DASH : r.bias().labelBiased() ? "\u26a0\ufe0f BIASED" : "\u2705 OK",
                // The original prints 1k for every non-full size, kept for identical tables.
                r.isFullRun() ? "\u2713" : "1k"};
            sb.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return sb.toString();
    }

    static String byFamilyCsv(List<RunAudit> runs) {
        StringBuilder sb = new StringBuilder(FAMILY_HEADER).append('\n');
        for (RunAudit r : runs) {
            boolean withPredictions = r.confusion() != null;
            for (FamilyAuditRow f : r.families().values()) {
                var m = FamilyJson.of(f, withPredictions);
                // The paper file keeps the original's meaning: an interval only for low-support families.
                WilsonInterval legacy = f.legacyWilson();
                String[] cells = {PaperCells.csvText(r.model()), PaperCells.csvText(r.provider()),
                    PaperCells.csvText(r.runId()),
                    f.family(), PaperCells.str(f.total()), PaperCells.str(f.valid()),
                    PaperCells.fixed(f.coverage(), 4), PaperCells.fixed(f.accuracyValid(), 4),
                    PaperCells.str(m.get("balanced_accuracy")), PaperCells.str(m.get("mcc")),
                    PaperCells.str(m.get("tpr")), PaperCells.str(m.get("tnr")), PaperCells.str(m.get("bias_score")),
                    (String) m.get("bias_verdict"), PaperCells.yesNo(f.lowSupport()),
                    PaperCells.str(legacy == null ? null : legacy.lo()),
                    PaperCells.str(legacy == null ? null : legacy.hi())};
                sb.append(String.join(",", cells)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String md3(Double x) {
        return x == null ? DASH : PaperCells.fixed(x, 3);
    }

    private static String biasVerdict(RunAudit r) {
        return r.bias() == null ? FamilyJson.UNKNOWN : r.bias().biasVerdict();
    }

    /** invalid / total as the original divides it; null when either is unknown or total is 0. */
    static Double invalidRate(RunAudit r) {
        if (r.invalidCount() == null || r.totalItems() == null || r.totalItems() == 0) {
            return null;
        }
        return (double) r.invalidCount() / r.totalItems();
    }
}
