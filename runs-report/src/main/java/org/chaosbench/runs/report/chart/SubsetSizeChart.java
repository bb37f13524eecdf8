package org.chaosbench.runs.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import org.chaosbench.runs.ingest.compat.PyRound;

/**
 * Accuracy of each model against the size of the board it ran on (100 / 1k / 5k / full), one
 * line per model with its Wilson bars. Sizes are evenly spaced categories in ascending order,
 * not a numeric scale: the question is whether a model's figure holds as the sample grows, and
 * a log scale would squeeze the subsets together. Series are nudged sideways a little so that
 * bars at the same size do not hide each other.
 */
final class SubsetSizeChart {
    static final int WIDTH = 900;
    static final int HEIGHT = 520;
    static final double NUDGE = 0.05;

    private SubsetSizeChart() {
    }

    static ChartImage create(String name, String title, List<SubsetPoint> points) {
        TreeMap<Long, Boolean> sizes = new TreeMap<>();
        for (SubsetPoint p : points) {
            sizes.merge(p.items(), p.full(), Boolean::logicalOr);
        }
        List<Long> order = new ArrayList<>(sizes.keySet());
        String[] labels = new String[order.size()];
        for (int i = 0; i < labels.length; i++) {
            long n = order.get(i);
            labels[i] = sizes.get(n) ? "full (" + PyRound.thousands(n) + ")" : PyRound.thousands(n);
        }
        SymbolAxis sizeAxis = new SymbolAxis("Questions on the board", labels);
        sizeAxis.setGridBandsVisible(false);
        sizeAxis.setRange(-0.5, Math.max(0.5, labels.length - 0.5));
        NumberAxis valueAxis = new NumberAxis("Accuracy (valid answers), Wilson 95% interval");
        valueAxis.setRange(0.0, 1.0);
        valueAxis.setTickUnit(new NumberTickUnit(0.1));

        YIntervalSeriesCollection dataset = dataset(points, order);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(6.0);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, ChartLook.series(s));
            renderer.setSeriesShape(s, ChartLook.shape(s));
            renderer.setSeriesStroke(s, ChartLook.LINE);
        }
        // Error bars in the series colour (errorPaint null), so each bar belongs visibly to its line.
        renderer.setErrorPaint(null);
        renderer.setErrorStroke(ChartLook.THIN);

        XYPlot plot = new XYPlot(dataset, sizeAxis, valueAxis, renderer);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        ChartLook.apply(chart);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemFont(ChartLook.TICK);
        return new ChartImage(name, title, chart, WIDTH, HEIGHT);
    }

    /** One series per model in first-seen order; x = index of the size, nudged per series. */
    static YIntervalSeriesCollection dataset(List<SubsetPoint> points, List<Long> sizes) {
        Map<String, List<SubsetPoint>> bySeries = new LinkedHashMap<>();
        for (SubsetPoint p : points) {
            bySeries.computeIfAbsent(p.series(), k -> new ArrayList<>()).add(p);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        int s = 0;
        // The whole spread stays within 0.6 of a slot, however many models there are.
        double step = Math.min(NUDGE, 0.6 / Math.max(1, bySeries.size()));
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Map.Entry<String, List<SubsetPoint>> e : bySeries.entrySet()) {
            // autoSort on: the line joins the sizes from small to large.
            YIntervalSeries series = new YIntervalSeries(uniqueKey(keys, ChartLook.label(e.getKey())), true, true);
            double nudge = (s - (bySeries.size() - 1) / 2.0) * step;
            for (SubsetPoint p : e.getValue()) {
                series.add(new YIntervalDataItem(sizes.indexOf(p.items()) + nudge, p.value(), p.lo(), p.hi()), false);
            }
            dataset.addSeries(series);
            s++;
        }
        return dataset;
    }

    /** Series keys must differ; two long names may shorten to the same label. */
    private static String uniqueKey(java.util.Set<String> keys, String label) {
        String key = label;
        for (int i = 2; !keys.add(key); i++) {
            key = label + " (" + i + ")";
        }
        return key;
    }
}
