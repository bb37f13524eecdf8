package org.chaosbench.runs.report.chart;

import java.util.Objects;

/**
 * One row of an interval chart: a proportion with its 95% interval, e.g. a run's accuracy on a
 * board or one family's accuracy in a run. Plain data, so that any page can chart its own rows.
 *
 * @param label shown as given (escaped by the SVG writer), shortened when very long
 * @param value the proportion, in [0, 1]
 * @param lo lower bound of the interval
 * @param hi upper bound of the interval
 */
public record IntervalRow(String label, double value, double lo, double hi) {

    public IntervalRow {
        Objects.requireNonNull(label, "label");
        check("value", value);
        check("lo", lo);
        check("hi", hi);
        if (lo > hi) {
            throw new IllegalArgumentException(label + ": interval [" + lo + ", " + hi + "] is reversed");
        }
    }

    private static void check(String name, double x) {
        if (!(x >= 0.0 && x <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a proportion in [0, 1], got " + x);
        }
    }
}
