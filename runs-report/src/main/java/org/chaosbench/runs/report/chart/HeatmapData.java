package org.chaosbench.runs.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table of proportions for the heatmap: {@code values.get(r).get(c)} belongs to row label
 * {@code r} and column label {@code c}; null where there is no figure (a family the run did
 * not answer), which the chart leaves blank rather than drawing as zero.
 */
public record HeatmapData(List<String> rows, List<String> columns, List<List<Double>> values) {

    public HeatmapData {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (values.size() != rows.size()) {
            throw new IllegalArgumentException(values.size() + " value rows for " + rows.size() + " row labels");
        }
        List<List<Double>> copy = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
            List<Double> row = values.get(r);
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + rows.get(r) + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            for (Double v : row) {
                if (v != null && !(v >= 0.0 && v <= 1.0)) {
                    throw new IllegalArgumentException("row " + rows.get(r) + ": " + v + " is not a proportion");
                }
            }
            // List.copyOf refuses nulls, and a null is a meaningful "no figure" here.
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        values = Collections.unmodifiableList(copy);
    }

    public Double value(int row, int column) {
        return values.get(row).get(column);
    }
}
