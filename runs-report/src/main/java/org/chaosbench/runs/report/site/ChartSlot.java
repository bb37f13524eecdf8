package org.chaosbench.runs.report.site;

/**
 * The place of one chart on a page. {@link SiteCharts} draws {@code charts/<name>.svg} (and a
 * PNG for board-level charts) in the same build; a slot whose chart was not drawn (no data to
 * draw) carries a note instead, so a page never points at a missing file (which would also be
 * a console error in the browser).
 *
 * @param name file name stem under {@code charts/}
 * @param title the caption under the picture
 * @param svg href relative to the page, null when the chart was not drawn
 * @param png href of the PNG version, null when there is none
 * @param alt what the picture shows, for people who cannot see it; null when not drawn
 * @param note why there is no chart, shown in its place; null when drawn
 */
public record ChartSlot(String name, String title, String svg, String png, String alt, String note) {
    public static final String FOLDER = "charts";

    public boolean present() {
        return svg != null;
    }

    /** What {@link SiteCharts} drew for one chart name. */
    record Drawn(String alt, boolean png) {
    }

    /** Chart names; run slugs and board ids hold only letters, digits, '.', '_' and '-', as chart names must. */
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
