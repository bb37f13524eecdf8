package org.chaosbench.runs.report.site;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.report.chart.AuditChartData;
import org.chaosbench.runs.report.chart.ChartImage;
import org.chaosbench.runs.report.chart.Charts;
import org.chaosbench.runs.report.chart.HeatmapData;
import org.chaosbench.runs.report.chart.IntervalRow;
import org.chaosbench.runs.report.chart.SubsetPoint;

/**
 * Draws the site's charts under {@code charts/} with the chart library and says which slots
 * have a picture. Every chart is written as SVG, the picture the pages show; only the
 * board-level charts (and the subset-size chart) also get a PNG, linked under the picture for
 * people who need a bitmap: a PNG costs about 16 ms of CPU per run chart, which over 1,000 run
 * pages would be most of the site's time budget.
 *
 * <p>Which slots have a picture follows from the plan alone, so the pages are rendered while
 * the charts are still being drawn: drawing runs on its own threads from {@link #start} to
 * {@link #finish} (each chart from one thread; JFreeChart objects are not shared). A rebuild
 * after adding one run draws its board's two large charts, by code a fresh process runs cold;
 * alongside the pages that costs the build little of its wall time. A chart whose data did not
 * change since the last build ({@link DerivedFileCache}) is not drawn at all and its files are
 * left as they are.
 */
final class SiteCharts implements AutoCloseable {

    /** One chart to draw: {@code data} is what decides its pixels (its text is the cache key). */
    private record Job(String kind, String name, String title, String alt, boolean png, Object data, Supplier<ChartImage> draw) {
    }

    private final Map<String, ChartSlot.Drawn> drawn;
    private final ExecutorService pool;
    private final DerivedFileCache cache;
    private final List<Future<?>> pending = new ArrayList<>();
    private final Map<String, long[]> costs = new ConcurrentHashMap<>(); // kind -> drawn, kept, CPU ns

    private SiteCharts(Map<String, ChartSlot.Drawn> drawn, ExecutorService pool, DerivedFileCache cache) {
        this.drawn = drawn;
        this.pool = pool;
        this.cache = cache;
    }

    /** Plans every chart of the site and starts drawing (or keeping) them through {@code writer}. */
    static SiteCharts start(SiteModel model, PageWriter writer, DerivedFileCache cache) {
        List<Job> jobs = plan(model);
        Map<String, ChartSlot.Drawn> drawn = new HashMap<>();
        jobs.forEach(job -> drawn.put(job.name(), new ChartSlot.Drawn(job.alt(), job.png())));
        int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "site-charts");
            t.setDaemon(true);
            return t;
        });
        SiteCharts charts = new SiteCharts(Map.copyOf(drawn), pool, cache);
        jobs.forEach(job -> charts.costs.putIfAbsent(job.kind(), new long[3]));
        // Few threads, many small jobs: hand them out in slices so the queue stays short.
        int slices = threads * 8;
        for (int s = 0; s < slices && s < jobs.size(); s++) {
            int first = s;
            charts.pending.add(pool.submit(() -> {
                for (int i = first; i < jobs.size(); i += slices) {
                    charts.draw(jobs.get(i), writer);
                }
            }));
        }
        return charts;
    }

    private void draw(Job job, PageWriter writer) {
        String svg = ChartSlot.FOLDER + "/" + job.name() + ".svg";
        String png = job.png() ? ChartSlot.FOLDER + "/" + job.name() + ".png" : null;
        String key = DerivedFileCache.key(DerivedFileCache.CHARTS_VERSION + "\n" + job.title() + "\n" + job.png() + "\n"
                + job.data());
        long[] cost = costs.get(job.kind());
        if (cache.fresh(job.name(), key, svg, png)) {
            synchronized (cost) {
                cost[1]++;
            }
            writer.keep(svg);
            if (png != null) {
                writer.keep(png);
            }
        } else {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            ChartImage image = job.draw().get();
            byte[] svgBytes = image.svg().getBytes(StandardCharsets.UTF_8);
            byte[] pngBytes = png == null ? null : image.png();
            long spent = threads.getCurrentThreadCpuTime() - start;
            synchronized (cost) {
                cost[0]++;
                cost[2] += spent;
            }
            writer.write(svg, svgBytes);
            if (png != null) {
                writer.write(png, pngBytes);
            }
        }
        cache.use(job.name(), key);
    }

    /** Waits for every chart; the first failure is rethrown. Then: per kind, charts drawn, kept and CPU spent. */
    List<ChartStats> finish() {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while drawing the site's charts", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("drawing a chart failed", e.getCause());
            }
        }
        pool.shutdown();
        List<ChartStats> stats = new ArrayList<>();
        costs.forEach((kind, c) -> stats.add(new ChartStats(kind, (int) c[0], (int) c[1], c[2] / 1_000_000)));
        stats.sort(java.util.Comparator.comparing(ChartStats::kind));
        return List.copyOf(stats);
    }

    /** Records the charts of this build for the next one; after {@link #finish}. */
    void saveCache() {
        cache.save();
    }

    /** Stops drawing when the build failed elsewhere. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The slot of a chart for a page at {@code base}; absent (with {@code note}) when not drawn. */
    ChartSlot slot(String base, String name, String caption, String note) {
        ChartSlot.Drawn d = drawn.get(name);
        if (d == null) {
            return new ChartSlot(name, caption, null, null, null, note);
        }
        String stem = base + ChartSlot.FOLDER + "/" + name;
        return new ChartSlot(name, caption, stem + ".svg", d.png() ? stem + ".png" : null, d.alt(), null);
    }

    private static List<Job> plan(SiteModel model) {
        Map<String, RunAudit> bySlug = new HashMap<>();
        for (int i = 0; i < model.runs().size(); i++) {
            bySlug.put(model.slugs().get(i), model.runs().get(i));
        }
        List<Job> jobs = new ArrayList<>();
        for (Board board : model.boards()) {
            List<RunAudit> runs = board.rows().stream().map(r -> bySlug.get(r.slug())).toList();
            List<IntervalRow> rows = AuditChartData.boardRows(runs);
            if (!rows.isEmpty()) {
                String name = ChartSlot.boardAccuracy(board.id());
                String title = "Accuracy with Wilson 95% intervals: " + board.title();
                IntervalRow best = rows.stream().max(java.util.Comparator.comparingDouble(IntervalRow::value)).get();
                String alt = "Dot chart of the accuracy on valid answers of the " + rows.size()
                        + " charted run(s) of this board, each with its Wilson 95% interval, in rank order; highest: "
                        + best.label() + " at " + PyRound.fixed(best.value(), 4) + ". The table lists the same figures.";
                jobs.add(new Job("board accuracy", name, title, alt, true, rows,
                        () -> Charts.boardAccuracy(name, title, rows)));
            }
            HeatmapData heat = AuditChartData.familyHeatmap(runs);
            if (!heat.rows().isEmpty() && !heat.columns().isEmpty()) {
                String name = ChartSlot.boardHeatmap(board.id());
                String title = "Accuracy by model and task family: " + board.title();
                String alt = "Heatmap of accuracy on valid answers, " + heat.rows().size() + " run(s) by "
                        + heat.columns().size() + " task families (" + String.join(", ", heat.columns())
                        + "); darker is more accurate, blank where a run has no answers in a family. The table's "
                        + "family columns list the same figures.";
                jobs.add(new Job("board heatmap", name, title, alt, true, heat, () -> Charts.familyHeatmap(name, title, heat)));
            }
        }
        for (int i = 0; i < model.runs().size(); i++) {
            RunAudit run = model.runs().get(i);
            String slug = model.slugs().get(i);
            String label = AuditChartData.labels(List.of(run)).get(0);
            List<IntervalRow> families = AuditChartData.familyRows(run);
            if (!families.isEmpty()) {
                String name = ChartSlot.runFamilies(slug);
                String title = "Accuracy per task family: " + label + " (" + run.runId() + ")";
                IntervalRow best = families.stream().max(java.util.Comparator.comparingDouble(IntervalRow::value)).get();
                IntervalRow worst = families.stream().min(java.util.Comparator.comparingDouble(IntervalRow::value)).get();
                String alt = "Dot chart of this run's accuracy in " + families.size()
                        + " task families with Wilson 95% intervals; highest " + best.label() + " at "
                        + PyRound.fixed(best.value(), 3) + ", lowest " + worst.label() + " at "
                        + PyRound.fixed(worst.value(), 3) + ". The table above lists every family.";
                jobs.add(new Job("run families", name, title, alt, false, families,
                        () -> Charts.runFamilies(name, title, families)));
            }
            if (run.confusion() != null) {
                String name = ChartSlot.runConfusion(slug);
                String title = "Confusion matrix: " + label + " (" + run.runId() + ")";
                var c = run.confusion();
                String alt = "Confusion matrix picture: " + c.tp() + " true positives, " + c.fn() + " false negatives, "
                        + c.fp() + " false positives, " + c.tn() + " true negatives (the table above holds the same counts).";
                jobs.add(new Job("run confusion", name, title, alt, false, c, () -> Charts.confusion(name, title, c)));
            }
        }
        List<SubsetPoint> points = comparablePoints(AuditChartData.subsetPoints(model.runs()));
        if (!points.isEmpty()) {
            String name = ChartSlot.subsetSizes();
            String title = "Accuracy against board size";
            Set<String> series = new HashSet<>();
            points.forEach(p -> series.add(p.series()));
            String alt = "Line chart of accuracy with Wilson 95% intervals against the number of questions on the "
                    + "board, one line per model for the " + series.size()
                    + " model(s) that ran on more than one board size; the boards' tables list the same figures.";
            jobs.add(new Job("subset sizes", name, title, alt, true, points, () -> Charts.subsetSizes(name, title, points)));
        }
        return jobs;
    }

    /** Only models with points on two or more sizes: a single point compares nothing. */
    private static List<SubsetPoint> comparablePoints(List<SubsetPoint> points) {
        Map<String, Set<Long>> sizes = new HashMap<>();
        points.forEach(p -> sizes.computeIfAbsent(p.series(), k -> new HashSet<>()).add(p.items()));
        return points.stream().filter(p -> sizes.get(p.series()).size() > 1).toList();
    }
}
