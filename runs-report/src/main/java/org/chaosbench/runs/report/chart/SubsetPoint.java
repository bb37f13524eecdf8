package org.chaosbench.runs.report.chart;

import java.util.Objects;

/**
 * One point of the accuracy-against-subset-size chart: a model's accuracy with its 95%
 * interval on a board of {@code items} questions.
 *
 * @param series the model (one line per series)
 * @param items how many questions the board has (100, 1,000, 5,000, the full set...)
 * @param full whether the board is the full canonical set (its axis label says so)
 */
public record SubsetPoint(String series, long items, boolean full, double value, double lo, double hi) {

    public SubsetPoint {
        Objects.requireNonNull(series, "series");
        if (items <= 0) {
            throw new IllegalArgumentException(series + ": a board has at least one item, got " + items);
        }
        new IntervalRow(series, value, lo, hi); // same checks on the figures
    }
}
