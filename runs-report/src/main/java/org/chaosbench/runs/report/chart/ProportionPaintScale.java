package org.chaosbench.runs.report.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * A light-to-dark blue scale over [0, 1] (three stops of ColorBrewer "Blues"). One hue that only gets
 * darker reads correctly in greyscale print, and the cells carry their number as text anyway.
 */
final class ProportionPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    static final Color LOW = new Color(0xf7, 0xfb, 0xff);
    static final Color MID = new Color(0x6b, 0xae, 0xd6);
    static final Color HIGH = new Color(0x08, 0x30, 0x6b);
    /** Above this the cell is dark enough that its text is drawn white. */
    static final double DARK_FROM = 0.55;

    @Override
    public double getLowerBound() {
        return 0.0;
    }

    @Override
    public double getUpperBound() {
        return 1.0;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Double.isNaN(value) ? 0.0 : Math.max(0.0, Math.min(1.0, value));
        return t <= 0.5 ? mix(LOW, MID, t / 0.5) : mix(MID, HIGH, (t - 0.5) / 0.5);
    }

    static Color textOn(double value) {
        return value >= DARK_FROM ? Color.WHITE : ChartLook.INK;
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
