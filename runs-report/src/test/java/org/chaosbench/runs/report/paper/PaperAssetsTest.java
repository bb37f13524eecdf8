package org.chaosbench.runs.report.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.metrics.Confusion;
import org.chaosbench.runs.report.chart.TestRuns;
import org.chaosbench.runs.report.template.TemplateEngine;
import org.chaosbench.runs.report.template.TemplateRenderException;

class PaperAssetsTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    static final String TEX_HOSTILE = "\\input{/etc/passwd} $x^2$ & #1 % ~_{}";

    @TempDir
    Path out;

    /**
     * Full board: big (28,000/40,000 = 0.7) and hostile (0.5 on 40,000) are far apart, so ranks 1
     * and 2; tied (0.701 on 40,000) overlaps big, so it shares rank 1. A 1k board holds big's
     * subset run; one exploratory run must not appear anywhere.
     */
    static List<RunAudit> runs() {
        RunAudit big = TestRuns.run("20260220T150008Z_ollama_qwen2.5:32b", "ollama", "qwen2.5:32b", 40886, 40000,
                28000, new Confusion(14000, 6000, 14000, 6000), true, TestRuns.SHA, TestRuns.OFFICIAL,
                TestRuns.family("atomic", 40000, 39000, 27000), TestRuns.family("extended_systems", 45, 45, 45));
        RunAudit hostile = TestRuns.run("r-hostile", "evil", HOSTILE, 40886, 40000, 20000, null, true, TestRuns.SHA,
                TestRuns.OFFICIAL, TestRuns.family("atomic", 40886, 40000, 20000));
        RunAudit tied = TestRuns.run("r-tex", "openai", TEX_HOSTILE, 40886, 40000, 28040, null, true, TestRuns.SHA,
                TestRuns.OFFICIAL);
        RunAudit subset = TestRuns.run("r-1k", "ollama", "qwen2.5:32b", 1000, 1000, 690, null, false, TestRuns.SHA,
                TestRuns.OFFICIAL, TestRuns.family("atomic", 1000, 1000, 690));
        RunAudit exploratory = TestRuns.run("r-explore", "mock", "secret-exploratory-model", 40886, 40886, 40886,
                null, true, TestRuns.SHA, TestRuns.EXPLORATORY);
        return List.of(big, hostile, tied, subset, exploratory);
    }

    static AuditReport report() {
        return AuditReport.build(runs(), Instant.EPOCH, TestRuns.SHA, TestRuns.SHA);
    }

    private String read(String name) throws IOException {
        return Files.readString(out.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryTableAndFigureOfTheOfficialRuns() throws IOException {
        PaperAssets.Result r = PaperAssets.write(report(), out, TemplateEngine.bundled());
        assertThat(r.officialRuns()).isEqualTo(4);
        assertThat(r.exploratoryRuns()).isEqualTo(1);
        assertThat(r.boards()).isEqualTo(2);
        for (String f : List.of("leaderboard.tex", "leaderboard.md", "leaderboard.csv", "by_family.tex",
                "by_family.md", "by_family.csv", "figures.tex", "README.md", "baselines_table.csv",
                "baselines_table.md", "baselines_by_family.csv")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
            assertThat(read(f)).as(f).doesNotContain("secret-exploratory-model").doesNotContain("r-explore");
        }
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            assertThat(figures.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "accuracy_full-cfcfcc12.png", "accuracy_full-cfcfcc12.svg", "accuracy_n1000-cfcfcc12.png",
                    "accuracy_n1000-cfcfcc12.svg",
                    "confusion_20260220T150008Z_ollama_qwen2_5_32b-" + hash("20260220T150008Z_ollama_qwen2.5:32b")
                            + ".png",
                    "confusion_20260220T150008Z_ollama_qwen2_5_32b-" + hash("20260220T150008Z_ollama_qwen2.5:32b")
                            + ".svg",
                    "family_heatmap_full-cfcfcc12.png", "family_heatmap_full-cfcfcc12.svg",
                    "family_heatmap_n1000-cfcfcc12.png", "family_heatmap_n1000-cfcfcc12.svg", "subset_sizes.png",
                    "subset_sizes.svg");
        }
        assertThat(ImageIO.read(out.resolve("figures/subset_sizes.png").toFile()).getWidth()).isEqualTo(900);
        assertThat(r.figures()).isEqualTo(6);
    }

    @Test
    void theLeaderboardCsvRanksTiesTogetherAndKeepsBoardsApart() throws IOException {
        PaperAssets.write(report(), out, TemplateEngine.bundled());
        List<String> lines = read("leaderboard.csv").lines().toList();
        assertThat(lines.get(0)).isEqualTo("board,items,dataset_sha256,rank,model,provider,run_id,n_total,n_valid,"
                + "accuracy_valid,wilson_lo,wilson_hi,balanced_accuracy,mcc,coverage,bias_verdict,date");
        // No comma, quote or line break: the LaTeX-hostile name needs no CSV quoting.
        // Wilson (28040, 40000) = [0.6965, 0.7055] overlaps (28000, 40000) = [0.6955, 0.7045]: both rank 1.
        assertThat(lines.get(1)).startsWith("full-cfcfcc12,40886," + TestRuns.SHA + ",1,\\input{/etc/passwd} $x^2$ & #1 % ~_{},openai,r-tex,40886,40000,0.7010,0.6965,0.7055,");
        assertThat(lines.get(2)).isEqualTo("full-cfcfcc12,40886," + TestRuns.SHA + ",1,qwen2.5:32b,ollama,"
                + "20260220T150008Z_ollama_qwen2.5:32b,40886,40000,0.7000,0.6955,0.7045,0.7000,0.1234,0.9783,OK,2026-02-20");
        assertThat(lines.get(3)).startsWith("full-cfcfcc12,40886," + TestRuns.SHA + ",3," + HOSTILE + ",evil,r-hostile,")
                .contains(",0.5000,0.4951,0.5049,");
        assertThat(lines.get(4)).startsWith("n1000-cfcfcc12,1000," + TestRuns.SHA + ",1,qwen2.5:32b,ollama,r-1k,1000,1000,0.6900,");
        assertThat(lines).hasSize(5);
    }

    @Test
    void latexTablesAreBooktabsWithEveryRunStringEscaped() throws IOException {
        PaperAssets.write(report(), out, TemplateEngine.bundled());
        String tex = read("leaderboard.tex");
        assertThat(tex).contains("\\toprule", "\\midrule", "\\bottomrule", "\\label{tab:leaderboard-full-cfcfcc12}",
                "\\label{tab:leaderboard-n1000-cfcfcc12}");
        assertThat(tex).contains("\\textbackslash{}input\\{/etc/passwd\\} \\$x\\textasciicircum{}2\\$ \\& \\#1 \\% "
                + "\\textasciitilde{}\\_\\{\\}");
        assertThat(tex).doesNotContain("\\input{").doesNotContain("$x^2$");
        assertThat(tex).contains("1 & qwen2.5:32b & ollama & 40,886 & 0.700 [0.695, 0.704] & 0.700 & 0.123 & 0.978 & ok \\\\");
        String byFamily = read("by_family.tex");
        assertThat(byFamily).contains("Model & atomic & extended\\_systems \\\\").contains("$^\\dagger$");
        assertThat(read("figures.tex")).contains("\\includegraphics[width=\\linewidth]{figures/accuracy_full-cfcfcc12.png}")
                .contains("{figures/subset_sizes.png}");
    }

    @Test
    void markdownTablesEscapeRunStrings() throws IOException {
        PaperAssets.write(report(), out, TemplateEngine.bundled());
        String md = read("leaderboard.md");
        assertThat(md).contains("| 3 | \\<img src=x onerror=alert\\(1\\)\\> | evil | 40,886 | 0.500 | [0.495, 0.505] |");
        assertThat(md).doesNotContainPattern("(?<!\\\\)<img"); // only in its escaped form
        assertThat(read("by_family.md")).contains("| qwen2.5:32b | 0.692 | 1.000† |");
        assertThat(read("README.md")).contains("exploratory runs left out (RUNS_POLICY: they must not appear in paper "
                + "tables): 1").contains("`figures/accuracy_full-cfcfcc12.svg`");
    }

    @Test
    void sameAuditGivesByteIdenticalAssets() throws IOException {
        Path second = out.resolve("second");
        PaperAssets.write(report(), out.resolve("first"), TemplateEngine.bundled());
        PaperAssets.write(report(), second, TemplateEngine.bundled());
        Map<String, byte[]> a = contents(out.resolve("first"));
        Map<String, byte[]> b = contents(second);
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSize(23);
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aTemplateOfTheSameNameInTheOverrideFolderReplacesTheBundledOne(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("paper"));
        Files.writeString(templates.resolve("paper/leaderboard.ftltex"),
                "<#list boards as b><#list b.rows as r>${r.model}=${r.acc4}\n</#list></#list>");
        PaperAssets.write(report(), out, TemplateEngine.withOverrides(templates));
        assertThat(read("leaderboard.tex")).startsWith("\\textbackslash{}input\\{/etc/passwd\\}")
                .contains("qwen2.5:32b=0.7000\n");
        // The others still come from the bundled templates.
        assertThat(read("leaderboard.md")).startsWith("# Leaderboard (official runs)");
    }

    @Test
    void aBrokenOverrideFailsWithItsNameAndLeavesTheOldTables(@TempDir Path templates) throws IOException {
        PaperAssets.write(report(), out, TemplateEngine.bundled());
        String before = read("leaderboard.md");
        Files.createDirectories(templates.resolve("paper"));
        Files.writeString(templates.resolve("paper/by_family.ftlmd"), "line 1\n${noSuchField}\n");
        assertThatThrownBy(() -> PaperAssets.write(report(), out, TemplateEngine.withOverrides(templates)))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("paper/by_family.ftlmd")
                .hasMessageContaining("line 2");
        assertThat(read("leaderboard.md")).isEqualTo(before);
    }

    @Test
    void withoutOfficialRunsTheTablesSaySoAndNoFiguresRemain() throws IOException {
        PaperAssets.write(report(), out, TemplateEngine.bundled());
        AuditReport none = AuditReport.build(List.of(runs().get(4)), Instant.EPOCH, "", "");
        PaperAssets.Result r = PaperAssets.write(none, out, TemplateEngine.bundled());
        assertThat(r.boards()).isZero();
        assertThat(read("leaderboard.csv").lines()).hasSize(1);
        assertThat(read("leaderboard.md")).contains("_No official run yet (1 exploratory run(s) left out)._");
        assertThat(read("leaderboard.tex")).contains("% No official run");
        try (Stream<Path> figures = Files.list(out.resolve("figures"))) {
            assertThat(figures).isEmpty();
        }
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> m = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return m;
    }

    private static String hash(String text) {
        String name = org.chaosbench.runs.report.chart.Charts.fileName(text);
        return name.substring(name.lastIndexOf('-') + 1);
    }
}
