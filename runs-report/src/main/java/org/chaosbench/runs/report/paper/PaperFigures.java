package org.chaosbench.runs.report.paper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.report.chart.AuditChartData;
import org.chaosbench.runs.report.chart.ChartImage;
import org.chaosbench.runs.report.chart.Charts;
import org.chaosbench.runs.report.chart.SubsetPoint;

/**
 * The figures of the paper assets under {@code figures/}, each as SVG and PNG: per board the
 * accuracy chart with Wilson bars and the model x family heatmap; accuracy against board size
 * for the models that ran more than one size; a confusion matrix per run with predictions.
 * Figures of an earlier call that this one did not draw are removed, so the folder always
 * matches the tables beside it.
 */
final class PaperFigures {
    static final String DIR = "figures";

    private PaperFigures() {
    }

    /**
     * Figure paths relative to the output folder, without extension (a template adds .png or .svg).
     *
     * @param accuracy board slug to figure
     * @param heatmaps board slug to figure
     * @param subsetSizes null when no model ran on two board sizes
     * @param confusions run to figure, in board order
     */
    record Written(Map<String, String> accuracy, Map<String, String> heatmaps, String subsetSizes,
            Map<RunAudit, String> confusions) {
    }

    static Written write(Path outDir, List<PaperBoard> boards, List<RunAudit> official) {
        Path dir = outDir.resolve(DIR);
        Set<String> names = new HashSet<>();
        Map<String, String> accuracy = new LinkedHashMap<>();
        Map<String, String> heatmaps = new LinkedHashMap<>();
        Map<RunAudit, String> confusions = new LinkedHashMap<>();
        for (PaperBoard b : boards) {
            accuracy.put(b.slug(), draw(dir, names, Charts.boardAccuracy("accuracy_" + b.slug(),
                    "Accuracy with Wilson 95% intervals: " + b.title(), AuditChartData.boardRows(b.runs()))));
            heatmaps.put(b.slug(), draw(dir, names, Charts.familyHeatmap("family_heatmap_" + b.slug(),
                    "Accuracy by task family: " + b.title(), AuditChartData.familyHeatmap(b.runs()))));
            for (RunAudit r : b.runs()) {
                if (r.confusion() != null) {
                    confusions.put(r, draw(dir, names, Charts.confusion("confusion_" + Charts.fileName(r.runId()),
                            "Confusion matrix: " + AuditChartData.labels(List.of(r)).get(0) + " (" + r.runId() + ")",
                            r.confusion())));
                }
            }
        }
        List<SubsetPoint> points = AuditChartData.subsetPoints(official);
        String subsets = null;
        if (hasRepeatedModel(points)) {
            subsets = draw(dir, names, Charts.subsetSizes("subset_sizes", "Accuracy against board size", points));
        }
        removeStale(dir, names);
        return new Written(accuracy, heatmaps, subsets, confusions);
    }

    private static String draw(Path dir, Set<String> names, ChartImage image) {
        image.writeTo(dir);
        names.add(image.name() + ".svg");
        names.add(image.name() + ".png");
        return DIR + "/" + image.name();
    }

    private static boolean hasRepeatedModel(List<SubsetPoint> points) {
        Set<String> seen = new HashSet<>();
        return points.stream().anyMatch(p -> !seen.add(p.series()));
    }

    /** Only .svg and .png files directly in figures/: the folder belongs to this writer. */
    private static void removeStale(Path dir, Set<String> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if ((name.endsWith(".svg") || name.endsWith(".png")) && !keep.contains(name) && Files.isRegularFile(f)) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + dir + ": " + e.getMessage(), e);
        }
    }
}
