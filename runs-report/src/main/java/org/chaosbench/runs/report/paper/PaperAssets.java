package org.chaosbench.runs.report.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.report.PaperTables;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * Writes artifacts/paper_assets/ from an audit: the three tables of the original tool
 * (FORMATS 8.5, exact layouts, by {@link PaperTables}), the leaderboard and per-family tables in
 * LaTeX (booktabs), Markdown and CSV, a LaTeX file placing the figures, an index README, and
 * the figures as SVG and PNG. Only OFFICIAL runs appear (RUNS_POLICY 1: exploratory runs must
 * not reach paper tables); the README says how many were left out.
 *
 * <p>Every table comes from a template under {@code paper/} in site-templates; a folder given
 * to {@link TemplateEngine#withOverrides} replaces any of them by a file of the same relative
 * name (e.g. {@code paper/leaderboard.ftltex}). The original three keep their Java writer:
 * their Markdown and CSV cells are not escaped in the original, so templates with escaping by
 * construction could not reproduce them byte for byte.
 */
public final class PaperAssets {
    /** Template (relative to the template root) and the file it renders, in writing order. */
    public static final List<Map.Entry<String, String>> TEMPLATES = List.of(
            Map.entry("paper/leaderboard.ftltex", "leaderboard.tex"),
            Map.entry("paper/leaderboard.ftlmd", "leaderboard.md"),
            Map.entry("paper/leaderboard.ftlcsv", "leaderboard.csv"),
            Map.entry("paper/by_family.ftltex", "by_family.tex"),
            Map.entry("paper/by_family.ftlmd", "by_family.md"),
            Map.entry("paper/by_family.ftlcsv", "by_family.csv"),
            Map.entry("paper/figures.ftltex", "figures.tex"),
            Map.entry("paper/README.ftlmd", "README.md"));

    private PaperAssets() {
    }

    /** What was written, for the front ends to report. */
    public record Result(Path outDir, int officialRuns, int exploratoryRuns, int boards, List<String> unplacedRuns,
            List<Path> tables, int figures) {
    }

    public static Result write(AuditReport report, Path outDir, TemplateEngine engine) {
        List<RunAudit> official = PaperTables.officialRuns(report);
        int exploratory = report.runs().size() - official.size();
        List<Path> tables = new ArrayList<>();
        PaperTables.write(outDir, official);
        for (String legacy : List.of(PaperTables.BASELINES_CSV, PaperTables.BASELINES_MD, PaperTables.BY_FAMILY_CSV)) {
            tables.add(outDir.resolve(legacy));
        }
        List<PaperBoard> boards = PaperBoard.of(official);
        List<RunAudit> unplaced = PaperBoard.unplaced(official);
        PaperFigures.Written figures = PaperFigures.write(outDir, boards, official);
        Map<String, Object> model = PaperModel.of(boards, official, exploratory, unplaced, figures);
        // Render everything before writing anything: a broken override leaves the old tables intact.
        List<String> rendered = new ArrayList<>();
        for (Map.Entry<String, String> t : TEMPLATES) {
            rendered.add(engine.render(t.getKey(), model));
        }
        for (int i = 0; i < TEMPLATES.size(); i++) {
            Path target = outDir.resolve(TEMPLATES.get(i).getValue());
            AtomicFiles.writeString(target, rendered.get(i));
            tables.add(target);
        }
        int figureCount = figures.accuracy().size() + figures.heatmaps().size() + figures.confusions().size()
                + (figures.subsetSizes() == null ? 0 : 1);
        return new Result(outDir, official.size(), exploratory, boards.size(),
                unplaced.stream().map(RunAudit::runId).toList(), List.copyOf(tables), figureCount);
    }
}
