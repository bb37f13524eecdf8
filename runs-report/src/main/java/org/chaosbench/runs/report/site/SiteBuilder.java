package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.chaosbench.runs.ingest.audit.report.AuditReport;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.audit.run.RunDiscovery;
import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * Builds the static leaderboard site (issue 6): discovers and audits the runs, groups them
 * into boards, and writes one page per board, per run, the index, the changelog, the
 * downloads, copies of the published files and the assets. Links are relative and nothing is
 * loaded from the network, so the folder works from file:// and on GitHub Pages alike.
 * Files whose content did not change are not rewritten ({@link PageWriter}).
 */
public final class SiteBuilder {
    public static final String INDEX = "index.html";
    static final String TEMPLATES = "site/";

    private SiteBuilder() {
    }

    public static SiteResult build(SiteOptions options) {
        return build(options, SiteAudits.once());
    }

    static SiteResult build(SiteOptions options, SiteAudits audits) {
        SiteOptions o = options.validated();
        List<DiscoveredRun> discovered = RunDiscovery.discover(o.runsDir(), o.publishedDir());
        AuditReport report = AuditReport.build(audits.audit(o.root(), discovered), Instant.EPOCH, "", "");
        SiteModel model = SiteModel.of(report);

        try (PageWriter writer = new PageWriter(o.outDir());
                SiteCharts charts = SiteCharts.start(model, writer, DerivedFileCache.charts(o.outDir()))) {
            // The charts are drawn in the background from here on; the pages only need their slots.
            Map<String, List<SiteRun.Comparison>> comparisons = Comparisons.of(report, model);
            SummaryCache summaries = new SummaryCache(o.outDir());
            List<SiteRun> runs = IntStream.range(0, model.runs().size()).parallel()
                    .mapToObj(i -> RunPages.of(model, i, comparisons, summaries)).toList();
            // Run and board pages are rendered again only when their model changed; with user
            // templates, which may read anything in the model, every page is rendered.
            DerivedFileCache pageCache = o.templateDir() == null ? DerivedFileCache.pages(o.outDir()) : null;
            new Pages(TemplateEngine.withOverrides(o.templateDir()), charts, model, runs, writer, pageCache).writeAll();
            for (String asset : SiteAssets.NAMES) {
                writer.write("assets/" + asset, SiteAssets.read(o.templateDir(), asset));
            }
            runs.parallelStream().forEach(r -> copyFiles(r, writer));
            List<ChartStats> chartStats = charts.finish();
            writer.finish();
            summaries.save();
            charts.saveCache();
            if (pageCache != null) {
                pageCache.save();
            }
            List<String> removed = SiteFiles.replace(o.outDir(), writer.produced());
            long official = model.boards().stream().mapToLong(Board::officialCount).sum();
            return new SiteResult(o.outDir(), runs.size(), official, runs.size() - official, model.boards(),
                    writer.written(), writer.unchanged(), writer.writtenFiles(), removed, chartStats);
        }
    }

    private static void copyFiles(SiteRun run, PageWriter writer) {
        for (SiteRun.FileLink f : run.files()) {
            writer.link(f.href(), run.audit().runDir().resolve(f.name()));
        }
    }

    /** Renders each page type with its template; one instance per build. */
    private static final String NO_INTERVALS = "No run of this board has an accuracy with an interval to chart.";

    private record Pages(TemplateEngine engine, SiteCharts charts, SiteModel model, List<SiteRun> runs, PageWriter writer,
            DerivedFileCache cache) {

        void writeAll() {
            Map<String, Object> index = common("", "ChaosBench-Logic leaderboard", "index");
            index.put("runCount", runs.size());
            index.put("subsetChart", charts.slot("", ChartSlot.subsetSizes(), "Accuracy against board size, per model",
                    "No model ran on more than one board size, so there is nothing to compare across sizes."));
            writer.writeString(INDEX, engine.render(TEMPLATES + "index.ftlh", index));

            Map<String, Object> changelog = common("", "Changelog: publications by date", "changelog");
            changelog.put("days", Changelog.of(runs));
            writer.writeString("changelog.html", engine.render(TEMPLATES + "changelog.ftlh", changelog));

            String boardLayout = cache == null ? null : layoutKey("board.ftlh");
            model.boards().parallelStream().forEach(board -> {
                Map<String, Object> page = common("../", board.title(), "board");
                page.put("board", board);
                page.put("accuracyChart", charts.slot("../", ChartSlot.boardAccuracy(board.id()),
                        "Accuracy with Wilson 95% intervals", NO_INTERVALS));
                page.put("heatmapChart", charts.slot("../", ChartSlot.boardHeatmap(board.id()),
                        "Accuracy by model and task family", "No run of this board has per-family figures."));
                // The page and both downloads follow from the board alone.
                String key = cache == null ? null
                        : ModelKey.of(boardLayout, page.get("accuracyChart"), page.get("heatmapChart"), board);
                String html = "boards/" + board.id() + ".html";
                String csv = "downloads/" + board.id() + ".csv";
                String json = "downloads/" + board.id() + ".json";
                derive(key, List.of(html, csv, json), () -> {
                    page.put("columnsJson", PyJson.compact(BoardExports.columns(board)));
                    page.put("metaJson", PyJson.compact(BoardExports.meta(board)));
                    page.put("rowExports", board.rows().stream()
                            .map(r -> PyJson.compact(BoardExports.values(board, r))).toList());
                    return List.of(engine.render(TEMPLATES + "board.ftlh", page), BoardExports.csv(board),
                            BoardExports.json(board));
                });
            });
            String runLayout = cache == null ? null : layoutKey("run.ftlh");
            runs.parallelStream().forEach(run -> {
                Map<String, Object> page = common("../", run.runId(), "run");
                page.put("run", run);
                page.put("familiesChart", charts.slot("../", ChartSlot.runFamilies(run.slug()),
                        "Accuracy per task family, Wilson 95% intervals", "No family with valid answers to chart."));
                page.put("confusionChart", charts.slot("../", ChartSlot.runConfusion(run.slug()),
                        "Confusion matrix", "No predictions, so no confusion matrix to chart."));
                String key = cache == null ? null
                        : ModelKey.of(runLayout, page.get("familiesChart"), page.get("confusionChart"), run.withoutAudit());
                derive(key, List.of("runs/" + run.slug() + ".html"),
                        () -> List.of(engine.render(TEMPLATES + "run.ftlh", page)));
            });
        }

        /**
         * Writes {@code files} from {@code render} (one text per file), unless the last build
         * derived them from the same key and they still have the sizes it wrote: then they are
         * kept as they are. A {@code null} key (user templates) always renders.
         */
        private void derive(String key, List<String> files, Supplier<List<String>> render) {
            if (key != null) {
                long[] sizes = new long[files.size()];
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = cache.freshSize(files.get(i), key, files.get(i));
                }
                if (java.util.Arrays.stream(sizes).allMatch(size -> size >= 0)) {
                    for (int i = 0; i < sizes.length; i++) {
                        writer.keep(files.get(i));
                        cache.use(files.get(i), key, sizes[i]);
                    }
                    return;
                }
            }
            List<String> texts = render.get();
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
                writer.write(files.get(i), bytes);
                if (key != null) {
                    cache.use(files.get(i), key, bytes.length);
                }
            }
        }

        /** What every page of a type shares: the bundled templates' bytes and the boards in the navigation. */
        private String layoutKey(String template) {
            StringBuilder key = new StringBuilder(DerivedFileCache.PAGES_VERSION);
            for (String name : List.of(template, "_layout.ftlh", "_parts.ftlh")) {
                key.append('\n').append(Slugs.hash(TemplateEngine.bundledSource(TEMPLATES + name), 64));
            }
            model.boards().forEach(b -> key.append('\n').append(b.id()).append('\t').append(b.title()));
            return key.toString();
        }

        private Map<String, Object> common(String base, String title, String kind) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("base", base);
            m.put("title", title);
            m.put("kind", kind);
            m.put("boards", model.boards());
            return m;
        }
    }
}
