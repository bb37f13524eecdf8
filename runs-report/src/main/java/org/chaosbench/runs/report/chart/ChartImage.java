package org.chaosbench.runs.report.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * A built chart at its fixed size, ready to be written as SVG and PNG. Both outputs are
 * deterministic: the same chart gives the same bytes (no timestamps; clip-path ids come from
 * the chart's name instead of JFreeSVG's clock-based default prefix; fixed fonts and size).
 * Text from run data reaches the SVG only through JFreeSVG's XML escaping, and the title added
 * here is escaped the same way, so a model name cannot become markup.
 *
 * @param name file base name and id prefix: letters, digits, '.', '_' and '-' only
 * @param title the accessible name of the picture (SVG {@code <title>})
 */
public record ChartImage(String name, String title, JFreeChart chart, int width, int height) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public ChartImage {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(title, "title");
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("chart name \"" + name
                    + "\" is not a safe file name (letters, digits, '.', '_', '-'; see Charts.fileName)");
        }
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("chart " + name + " is too small: " + width + "x" + height);
        }
    }

    /**
     * The SVG document. JFreeChart objects are not thread-safe: render one chart from one
     * thread at a time (different charts in parallel are fine).
     */
    public String svg() {
        SVGGraphics2D g = new SVGGraphics2D(width, height, null, new StringBuilder(64 * 1024));
        g.setDefsKeyPrefix(name + "-");
        // JFreeSVG's default shortest-round-trip formatting of every coordinate was most of the
        // rendering time; a hundredth of a pixel is finer than any screen or print shows.
        g.setGeomDoubleConverter(SvgNumbers::twoDecimals);
        g.setTransformDoubleConverter(SvgNumbers::twoDecimals);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        // An accessible name right after the opening tag, where SVG expects <title>.
        int open = element.indexOf('>') + 1;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, open) + "<title>"
                + SVGUtils.escapeForXML(title) + "</title>" + element.substring(open) + "\n";
    }

    /**
     * The PNG bytes, {@code width} x {@code height} pixels: JFreeChart draws the chart into an
     * opaque image of that size (as ChartUtils does) and {@link PngEncoder} writes it.
     */
    public byte[] png() {
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        return PngEncoder.encode(image);
    }

    public Path svgPath(Path dir) {
        return dir.resolve(name + ".svg");
    }

    public Path pngPath(Path dir) {
        return dir.resolve(name + ".png");
    }

    /** Writes {@code <name>.svg} only (pages that embed SVG need no PNG). */
    public Path writeSvg(Path dir) {
        Path target = svgPath(dir);
        AtomicFiles.writeString(target, svg());
        return target;
    }

    /** Writes {@code <name>.png} only. */
    public Path writePng(Path dir) {
        Path target = pngPath(dir);
        byte[] bytes = png();
        AtomicFiles.write(target, out -> out.write(bytes));
        return target;
    }

    /** Writes {@code <name>.svg} and {@code <name>.png} into {@code dir}, each atomically. */
    public void writeTo(Path dir) {
        writeSvg(dir);
        writePng(dir);
    }
}
