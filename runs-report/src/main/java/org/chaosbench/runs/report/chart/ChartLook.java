package org.chaosbench.runs.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The fixed look of every chart. Fonts are the JDK's logical "SansSerif" at fixed sizes (the
 * default JFreeChart theme asks for Tahoma, which most machines lack, so the fallback and the
 * layout would differ between machines); colours and shapes are fixed lists, so the same data
 * always gives the same picture. Series differ by shape as well as colour (Okabe-Ito palette,
 * readable with colour-blindness), so no meaning rests on colour alone.
 */
final class ChartLook {
    static final String FAMILY = "SansSerif";
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 16);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 12);
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 11);
    static final Font CELL = new Font(FAMILY, Font.PLAIN, 11);
    static final Font CELL_BOLD = new Font(FAMILY, Font.BOLD, 12);

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xcc, 0xcc, 0xcc);
    static final Color BAND = new Color(0xf3, 0xf3, 0xf3);
    static final Color POINT = new Color(0x00, 0x72, 0xb2);
    static final Color ERROR_BAR = new Color(0x33, 0x33, 0x33);

    /** Okabe-Ito, without yellow (too faint on white). */
    static final Paint[] SERIES = {new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00),
        new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0x56, 0xb4, 0xe9),
        new Color(0xe6, 0x9f, 0x00), new Color(0x00, 0x00, 0x00)};

    static final Shape[] SHAPES = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-3.5, -3.5, 7, 7),
        triangle(), diamond(), new Ellipse2D.Double(-3, -3, 6, 6), new Rectangle2D.Double(-2.5, -4.5, 5, 9)};

    static final BasicStroke LINE = new BasicStroke(1.5f);
    static final BasicStroke THIN = new BasicStroke(1.0f);

    /** Labels longer than this are shortened with an ellipsis so one name cannot squeeze the plot away. */
    static final int MAX_LABEL = 48;

    private ChartLook() {
    }

    /** Applies fonts, colours and the white background to a freshly built chart. */
    static void apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("ChaosBench", false);
        theme.setExtraLargeFont(TITLE);
        theme.setLargeFont(LABEL);
        theme.setRegularFont(TICK);
        theme.setSmallFont(TICK);
        theme.setTitlePaint(INK);
        theme.setSubtitlePaint(MUTED);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisOffset(new RectangleInsets(0, 0, 0, 0));
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, new java.awt.Stroke[] {LINE},
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, SHAPES));
        theme.apply(chart);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    }

    /** The label as drawn: at most {@link #MAX_LABEL} code points, line breaks as spaces. */
    static String label(String s) {
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        if (flat.codePointCount(0, flat.length()) <= MAX_LABEL) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, MAX_LABEL - 1)) + "\u2026";
    }

    static Paint series(int i) {
        return SERIES[i % SERIES.length];
    }

    static Shape shape(int i) {
        return SHAPES[i % SHAPES.length];
    }

    private static Shape triangle() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -4.5);
        p.lineTo(4.5, 3.5);
        p.lineTo(-4.5, 3.5);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -5);
        p.lineTo(5, 0);
        p.lineTo(0, 5);
        p.lineTo(-5, 0);
        p.closePath();
        return p;
    }
}
