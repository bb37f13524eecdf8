package org.chaosbench.runs.report.chart;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A grid of shaded cells with a text in each: the model x family heatmap and the confusion
 * matrix. Each cell prints its figure, so the shade only repeats what the text says. A cell
 * without a figure (shade null) stays white with a dash.
 */
final class BlockGrid {
    private BlockGrid() {
    }

    /**
     * @param shade [row][column] in [0, 1], or null for an empty cell
     * @param text [row][column], one or two lines (split on '\n')
     * @param legendLabel the colour legend's caption, or null for no legend
     */
    static JFreeChart create(String title, String columnAxis, List<String> columns, String rowAxis,
            List<String> rows, Double[][] shade, String[][] text, String legendLabel) {
        SymbolAxis x = axis(columnAxis, columns);
        // Family names such as extended_systems are wider than a cell.
        x.setVerticalTickLabels(columns.stream().anyMatch(c -> c.length() > 9));
        SymbolAxis y = axis(rowAxis, rows);
        y.setInverted(true);

        ProportionPaintScale scale = new ProportionPaintScale();
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1.0);
        renderer.setBlockHeight(1.0);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);

        XYPlot plot = new XYPlot(dataset(shade), x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, null, plot, false);
        // The theme restyles annotations it finds, so the cell texts are added after it.
        ChartLook.apply(chart);
        plot.setOutlinePaint(ChartLook.GRID);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                annotate(plot, c, r, text[r][c], shade[r][c]);
            }
        }
        if (legendLabel != null) {
            NumberAxis legendAxis = new NumberAxis(legendLabel);
            legendAxis.setRange(0.0, 1.0);
            legendAxis.setTickLabelFont(ChartLook.TICK);
            legendAxis.setLabelFont(ChartLook.TICK);
            PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
            legend.setPosition(RectangleEdge.RIGHT);
            legend.setMargin(new RectangleInsets(10, 10, 10, 4));
            legend.setStripWidth(12);
            legend.setFrame(BlockBorder.NONE);
            legend.setSubdivisionCount(50);
            chart.addSubtitle(legend);
        }
        return chart;
    }

    private static SymbolAxis axis(String label, List<String> symbols) {
        SymbolAxis axis = new SymbolAxis(label, symbols.stream().map(ChartLook::label).toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, Math.max(0.5, symbols.size() - 0.5));
        axis.setTickLabelFont(ChartLook.TICK);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /** Cells with a figure only: an absent figure is not a zero. */
    private static DefaultXYZDataset dataset(Double[][] shade) {
        int n = 0;
        for (Double[] row : shade) {
            for (Double v : row) {
                n += v == null ? 0 : 1;
            }
        }
        double[][] series = new double[3][n];
        int i = 0;
        for (int r = 0; r < shade.length; r++) {
            for (int c = 0; c < shade[r].length; c++) {
                if (shade[r][c] != null) {
                    series[0][i] = c;
                    series[1][i] = r;
                    series[2][i] = shade[r][c];
                    i++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", series);
        return dataset;
    }

    private static void annotate(XYPlot plot, int column, int row, String text, Double shade) {
        String[] lines = text.split("\n", -1);
        Color ink = shade == null ? ChartLook.MUTED : ProportionPaintScale.textOn(shade);
        double step = 0.22;
        double top = row - step * (lines.length - 1) / 2.0;
        for (int i = 0; i < lines.length; i++) {
            XYTextAnnotation a = new XYTextAnnotation(lines[i], column, top + i * step);
            a.setFont(lines.length > 1 && i == 0 ? ChartLook.CELL_BOLD : ChartLook.CELL);
            a.setPaint(ink);
            a.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(a, false);
        }
    }
}
