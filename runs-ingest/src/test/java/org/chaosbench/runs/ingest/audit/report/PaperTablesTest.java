package org.chaosbench.runs.ingest.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.FamilyAuditRow;
import org.chaosbench.runs.ingest.audit.LabelCounts;
import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * The paper tables over three hand-built runs, expected file contents computed by hand
 * (values chosen to hit the formatting traps of FORMATS 0.3).
 */
class PaperTablesTest {

    @TempDir
    Path dir;

    /**
     * A: tp 793 fn 207 -> TPR 0.793; tn 7 fp 93 -> TNR 0.07 (min < 0.40: LABEL-BIASED);
     * bias |886/1100 - 1000/1100| = 0.10363... -> 0.1036. coverage 0.97835 is just above the
     * tie in binary (.4f 0.9784, .3f 0.978); effective 0.2345 just below (.3f 0.234, where
     * a half-up formatter says 0.235); mcc 0.0015 (.3f 0.002). invalid 886/40886 = 0.02167.
     * Family atomic: tp 20 fp 4 tn 16 fn 8 -> TPR 20/28 = 0.7143, TNR 0.8, bal 0.7571,
     * MCC 288/sqrt(322560) = 0.5071, bias |24-28|/48 = 0.0833, Wilson (36, 48) =
     * 0.6122/0.8508 (50 items: low support). multi_hop: 200 items, TPR 0.8, TNR 0.6667.
     */
    static RunAudit runA() {
        Map<String, FamilyAuditRow> families = new LinkedHashMap<>();
        families.put("atomic", Audits.family("atomic", 50, 48, 36, 0.96, 0.75,
                Audits.labels(new Confusion(20, 4, 16, 8), 28, 20, 24, 24)));
        families.put("multi_hop", Audits.family("multi_hop", 200, 200, 150, 1.0, 0.75,
                Audits.labels(new Confusion(100, 25, 50, 25), 125, 75, 125, 75)));
        return Audits.run("run-a", "ollama", "qwen2.5:7b", 40886, 40000, 886, 0.7123, 0.2345, 0.7012, 0.0015,
                0.97835, Audits.labels(new Confusion(793, 93, 7, 207), 1000, 100, 886, 214), true, families,
                WilsonInterval.of(28492, 40000), null, Audits.OFFICIAL);
    }

    /** B: a published-style run without predictions, 1000-item subset, best balanced accuracy. */
    static RunAudit runB() {
        Map<String, FamilyAuditRow> families = Map.of("atomic",
                Audits.family("atomic", 1000, 1000, 750, 1.0, 0.75, LabelCounts.EMPTY));
        return Audits.run("run-b", "ollama", "llama3.1:8b", 1000, 1000, 0, 0.75, 0.75, 0.75, 0.5, 1.0, null, false,
                families, WilsonInterval.of(750, 1000), null, Audits.OFFICIAL);
    }

    /** C: same balanced accuracy as A, listed after it, exploratory. */
    static RunAudit runC() {
        return Audits.run("run-c", "openai", "mistral:7b", 2, 2, 0, 1.0, 1.0, 0.7012, 1.0, 1.0,
                Audits.labels(new Confusion(1, 0, 1, 0), 1, 1, 1, 1), true, Map.of(), WilsonInterval.of(2, 2), null,
                Audits.EXPLORATORY);
    }

    static final String HEADER = "model,provider,n_total,n_valid,coverage,accuracy_valid,effective_accuracy,"
            + "balanced_accuracy,mcc,tpr,tnr,bias_score,bias_verdict,invalid_rate,is_full_run,run_id\n";
    static final String ROW_A = "qwen2.5:7b,ollama,40886,40000,0.9784,0.7123,0.2345,0.7012,0.0015,0.793,0.07,0.1036,"
            + "LABEL-BIASED,0.0217,yes,run-a\n";

    @Test
    void baselinesCsvSortsByBalancedAccuracyStably() throws IOException {
        PaperTables.write(dir, List.of(runA(), runB(), runC()));
        assertThat(read(PaperTables.BASELINES_CSV)).isEqualTo(HEADER
                + "llama3.1:8b,ollama,1000,1000,1.0000,0.7500,0.7500,0.7500,0.5000,,,,UNKNOWN,0.0000,no,run-b\n"
                + ROW_A
                + "mistral:7b,openai,2,2,1.0000,1.0000,1.0000,0.7012,1.0000,1.0,1.0,0.0,OK,0.0000,yes,run-c\n");
    }

    @Test
    void baselinesMarkdownHasTheOriginalLayout() throws IOException {
        PaperTables.write(dir, List.of(runA(), runB(), runC()));
        assertThat(read(PaperTables.BASELINES_MD)).isEqualTo(
                "| Model | N | Cov | Acc_valid | Bal_acc | MCC | TPR | TNR | Bias | Full? |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n"
                + "| llama3.1:8b | 1,000 | 1.000 | 0.750 | 0.750 | 0.500 | \u2014 | \u2014 | \u2014 | 1k |\n"
                + "| qwen2.5:7b | 40,886 | 0.978 | 0.712 | 0.701 | 0.002 | 0.793 | 0.070 | \u26a0\ufe0f BIASED | \u2713 |\n"
                + "| mistral:7b | 2 | 1.000 | 1.000 | 0.701 | 1.000 | 1.000 | 1.000 | \u2705 OK | \u2713 |\n");
    }

    @Test
    void byFamilyCsvKeepsProcessingOrderAndLegacyIntervals() throws IOException {
        PaperTables.write(dir, List.of(runA(), runB(), runC()));
        assertThat(read(PaperTables.BY_FAMILY_CSV)).isEqualTo("model,provider,run_id,family,n_total,n_valid,coverage,"
                + "accuracy_valid,balanced_accuracy,mcc,tpr,tnr,bias_score,bias_verdict,low_support,wilson_lo,wilson_hi\n"
                + "qwen2.5:7b,ollama,run-a,atomic,50,48,0.9600,0.7500,0.7571,0.5071,0.7143,0.8,0.0833,OK,yes,0.6122,0.8508\n"
                + "qwen2.5:7b,ollama,run-a,multi_hop,200,200,1.0000,0.7500,0.7333,0.4667,0.8,0.6667,0.0,OK,no,,\n"
                + "llama3.1:8b,ollama,run-b,atomic,1000,1000,1.0000,0.7500,,,,,,UNKNOWN,no,,\n");
    }

    @Test
    void officialTablesLeaveExploratoryRunsOut() throws IOException {
        AuditReport report = AuditReport.build(List.of(runA(), runC()), Instant.EPOCH, "", "");
        PaperTables.writeOfficial(dir, report);
        assertThat(read(PaperTables.BASELINES_CSV)).isEqualTo(HEADER + ROW_A);
        assertThat(read(PaperTables.BASELINES_MD)).doesNotContain("run-c").doesNotContain("mistral");
        assertThat(read(PaperTables.BY_FAMILY_CSV)).doesNotContain("run-c");
        // Only the three files, no temp files left behind by the atomic writes.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    PaperTables.BASELINES_CSV, PaperTables.BASELINES_MD, PaperTables.BY_FAMILY_CSV);
        }
    }

    @Test
    void noRunsGiveHeadersOnly() throws IOException {
        PaperTables.write(dir, List.of());
        assertThat(read(PaperTables.BASELINES_CSV)).isEqualTo(HEADER);
        assertThat(read(PaperTables.BASELINES_MD)).endsWith("|---|\n").hasLineCount(2);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
