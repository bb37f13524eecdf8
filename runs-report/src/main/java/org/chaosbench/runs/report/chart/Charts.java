package org.chaosbench.runs.report.chart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * The charts of the leaderboard and the paper assets, built from plain data (see
 * {@link AuditChartData} for the rows of an audit). Each returns a {@link ChartImage} to be
 * written as SVG and/or PNG; the same data always gives the same bytes.
 *
 * <p>Names become file names and SVG id prefixes; {@link #fileName} turns any text (a run id
 * with ':' in it) into a safe one.
 */
public final class Charts {
    public static final String ACCURACY_AXIS = "Accuracy (valid answers), Wilson 95% interval";

    private Charts() {
    }

    /** A board's runs, top to bottom in the given order (the board's rank order). */
    public static ChartImage boardAccuracy(String name, String title, List<IntervalRow> rows) {
        return IntervalChart.create(name, title, ACCURACY_AXIS, "Model", rows);
    }

    /** One run's accuracy per task family, for its run page. */
    public static ChartImage runFamilies(String name, String title, List<IntervalRow> rows) {
        return IntervalChart.create(name, title, ACCURACY_AXIS, "Task family", rows);
    }

    /** Model x family accuracy. */
    public static ChartImage familyHeatmap(String name, String title, HeatmapData data) {
        return HeatmapChart.create(name, title, data);
    }

    /** Accuracy against board size, one line per model. */
    public static ChartImage subsetSizes(String name, String title, List<SubsetPoint> points) {
        return SubsetSizeChart.create(name, title, points);
    }

    /** One run's confusion matrix. */
    public static ChartImage confusion(String name, String title, Confusion confusion) {
        return ConfusionChart.create(name, title, confusion);
    }

    /**
     * A file name for any text: anything but ASCII letters, digits, '-' and '_' becomes '_', and then a short hash of the
     * original text is appended so that {@code a:b} and {@code a_b} still get different files.
     */
    public static String fileName(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean changed = text.isEmpty();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // No dots: LaTeX's includegraphics reads the first dot as the start of the extension.
            boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
            sb.append(safe ? c : '_');
            changed |= !safe;
        }
        if (sb.length() == 0 || !Character.isLetterOrDigit(sb.charAt(0))) {
            sb.insert(0, 'x');
            changed = true;
        }
        if (sb.length() > 80) {
            sb.setLength(80);
            changed = true;
        }
        return changed ? sb + "-" + shortHash(text) : sb.toString();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
