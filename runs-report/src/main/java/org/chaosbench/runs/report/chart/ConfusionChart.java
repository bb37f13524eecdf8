package org.chaosbench.runs.report.chart;

import java.util.List;

import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * The 2x2 confusion matrix of one run: rows are the ground truth, columns the predicted label.
 * Each cell shows its name, count and share of the valid answers; the shade is that share.
 */
final class ConfusionChart {
    static final int WIDTH = 440;
    static final int HEIGHT = 380;

    private ConfusionChart() {
    }

    static ChartImage create(String name, String title, Confusion c) {
        long total = c.total();
        long[][] counts = {{c.tp(), c.fn()}, {c.fp(), c.tn()}};
        String[][] names = {{"TP", "FN"}, {"FP", "TN"}};
        Double[][] shade = new Double[2][2];
        String[][] text = new String[2][2];
        for (int r = 0; r < 2; r++) {
            for (int col = 0; col < 2; col++) {
                double share = total == 0 ? 0.0 : (double) counts[r][col] / total;
                shade[r][col] = share;
                text[r][col] = names[r][col] + "\n" + PyRound.thousands(counts[r][col]) + " ("
                        + PyRound.percent(share, 1) + ")";
            }
        }
        var chart = BlockGrid.create(title, "Predicted label", List.of("TRUE", "FALSE"), "Ground truth",
                List.of("TRUE", "FALSE"), shade, text, null);
        return new ChartImage(name, title, chart, WIDTH, HEIGHT);
    }
}
