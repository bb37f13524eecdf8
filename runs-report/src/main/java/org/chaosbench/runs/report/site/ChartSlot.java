package org.chaosbench.runs.report.site;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The place of one chart on a page. Charts are drawn by the chart stage (package
 * {@code report.chart}) as {@code charts/<name>.svg} with a PNG twin; the site only links to
 * them, and only when the SVG exists, so a site built without charts has no broken image
 * (a missing file would also be a console error in the browser).
 *
 * @param name file name stem under {@code charts/}
 * @param svg href relative to the page, null when the chart has not been drawn
 * @param png href of the PNG fallback, null when absent
 */
public record ChartSlot(String name, String title, String svg, String png) {
    public static final String FOLDER = "charts";

    static ChartSlot find(Path outDir, String base, String name, String title) {
        Path svg = outDir.resolve(FOLDER).resolve(name + ".svg");
        Path png = outDir.resolve(FOLDER).resolve(name + ".png");
        return new ChartSlot(name, title, Files.isRegularFile(svg) ? base + FOLDER + "/" + name + ".svg" : null,
                Files.isRegularFile(png) ? base + FOLDER + "/" + name + ".png" : null);
    }

    public boolean present() {
        return svg != null || png != null;
    }

    /** Chart names the chart stage is expected to write; kept here so both sides agree. */
    public static String boardAccuracy(String boardId) {
        return "board-" + boardId + "-accuracy";
    }

    public static String boardHeatmap(String boardId) {
        return "board-" + boardId + "-family-heatmap";
    }

    public static String runFamilies(String slug) {
        return "run-" + slug + "-families";
    }

    public static String runConfusion(String slug) {
        return "run-" + slug + "-confusion";
    }

    public static String subsetSizes() {
        return "accuracy-by-subset-size";
    }
}
