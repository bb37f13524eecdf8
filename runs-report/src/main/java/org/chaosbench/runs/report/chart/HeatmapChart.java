package org.chaosbench.runs.report.chart;

import org.chaosbench.runs.ingest.compat.PyRound;

/** Model x family accuracy: one row per run, one column per task family, the accuracy in each cell. */
final class HeatmapChart {
    static final int ROW_HEIGHT = 24;
    static final int COLUMN_WIDTH = 64;
    static final int LABEL_WIDTH = 260;
    static final int CHROME = 250;

    private HeatmapChart() {
    }

    static ChartImage create(String name, String title, HeatmapData data) {
        int rows = data.rows().size();
        int columns = data.columns().size();
        Double[][] shade = new Double[rows][columns];
        String[][] text = new String[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Double v = data.value(r, c);
                shade[r][c] = v;
                text[r][c] = v == null ? "\u2014" : PyRound.fixed(v, 2);
            }
        }
        var chart = BlockGrid.create(title, "Task family", data.columns(), "Model", data.rows(), shade, text,
                "Accuracy (valid answers)");
        int width = Math.max(480, LABEL_WIDTH + COLUMN_WIDTH * columns + 110);
        int height = Math.max(260, CHROME + ROW_HEIGHT * rows);
        return new ChartImage(name, title, chart, width, height);
    }
}
