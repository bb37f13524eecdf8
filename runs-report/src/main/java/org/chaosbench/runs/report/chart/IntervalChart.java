package org.chaosbench.runs.report.chart;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Proportions with asymmetric 95% intervals, one row each, top to bottom in the given order:
 * a board's runs or one run's families. Wilson intervals are not symmetric around the estimate,
 * so the chart uses an interval dataset (value, low, high) rather than JFreeChart's
 * mean-and-deviation bars, and the bars end exactly at the bounds given.
 */
final class IntervalChart {
    static final int WIDTH = 900;
    static final int ROW_HEIGHT = 18;
    /** Title, axis and padding around the rows. */
    static final int CHROME = 110;
    static final int MIN_HEIGHT = 220;

    private IntervalChart() {
    }

    static ChartImage create(String name, String title, String valueLabel, String rowLabel, List<IntervalRow> rows) {
        String[] labels = new String[rows.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ChartLook.label(rows.get(i).label());
        }
        SymbolAxis rowAxis = new SymbolAxis(rowLabel, labels);
        rowAxis.setInverted(true); // first row on top, as in the table beside it
        rowAxis.setGridBandsVisible(true);
        rowAxis.setGridBandPaint(java.awt.Color.WHITE);
        rowAxis.setGridBandAlternatePaint(ChartLook.BAND);
        rowAxis.setRange(-0.5, Math.max(0.5, rows.size() - 0.5));
        rowAxis.setTickLabelFont(ChartLook.TICK);

        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setRange(0.0, 1.0);
        valueAxis.setTickUnit(new NumberTickUnit(0.1));

        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(6.0);
        renderer.setErrorPaint(ChartLook.ERROR_BAR);
        renderer.setErrorStroke(ChartLook.THIN);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, ChartLook.POINT);
        renderer.setSeriesShape(0, ChartLook.shape(0));

        XYPlot plot = new XYPlot(dataset(rows), rowAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        ChartLook.apply(chart);
        // The theme resets axis fonts; small ticks keep 1,000 rows legible.
        rowAxis.setTickLabelFont(ChartLook.TICK);
        renderer.setErrorPaint(ChartLook.ERROR_BAR);
        renderer.setSeriesPaint(0, ChartLook.POINT);
        return new ChartImage(name, title, chart, WIDTH, height(rows.size()));
    }

    static int height(int rows) {
        return Math.max(MIN_HEIGHT, CHROME + ROW_HEIGHT * rows);
    }

    /** Row i at x = i with y = value and the interval as y-low / y-high: what the error bars show. */
    static YIntervalSeriesCollection dataset(List<IntervalRow> rows) {
        YIntervalSeries series = new YIntervalSeries("value", false, true);
        for (int i = 0; i < rows.size(); i++) {
            IntervalRow r = rows.get(i);
            series.add(new YIntervalDataItem(i, r.value(), r.lo(), r.hi()), false);
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        dataset.addSeries(series);
        return dataset;
    }
}
