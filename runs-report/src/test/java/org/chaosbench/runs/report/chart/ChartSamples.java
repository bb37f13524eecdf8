package org.chaosbench.runs.report.chart;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.metrics.Confusion;

/** Chart inputs shared by the chart tests, with the hostile name every output must render inert. */
final class ChartSamples {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private ChartSamples() {
    }

    static IntervalRow wilsonRow(String label, long correct, long valid) {
        WilsonInterval w = WilsonInterval.of(correct, valid);
        return new IntervalRow(label, (double) correct / valid, w.lo(), w.hi());
    }

    static List<IntervalRow> board() {
        return List.of(wilsonRow("qwen2.5:32b", 38, 61), wilsonRow(HOSTILE, 45, 45), wilsonRow("llama3.1:8b", 5, 8),
                wilsonRow("mistral:7b", 50, 100), wilsonRow("always-false", 0, 10));
    }

    static HeatmapData heatmap() {
        List<Double> a = new ArrayList<>(List.of(0.71, 0.5, 0.93));
        List<Double> b = new ArrayList<>(List.of(0.2, 0.65, 0.0));
        b.set(1, null);
        return new HeatmapData(List.of("qwen2.5:32b", HOSTILE), List.of("atomic", "multi_hop", "extended_systems"),
                List.of(a, b));
    }

    static List<SubsetPoint> subsets() {
        return List.of(point("qwen2.5:7b", 100, false, 70, 100), point("qwen2.5:7b", 1000, false, 690, 1000),
                point("qwen2.5:7b", 40886, true, 28000, 40000), point(HOSTILE, 1000, false, 500, 1000),
                point(HOSTILE, 5000, false, 2600, 5000));
    }

    static SubsetPoint point(String model, long items, boolean full, long correct, long valid) {
        WilsonInterval w = WilsonInterval.of(correct, valid);
        return new SubsetPoint(model, items, full, (double) correct / valid, w.lo(), w.hi());
    }

    static Confusion confusion() {
        return new Confusion(793, 93, 7, 207);
    }
}
