package org.chaosbench.runs.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.chaosbench.runs.ingest.audit.WilsonInterval;

class ChartsTest {
    @TempDir
    Path dir;

    private static List<Supplier<ChartImage>> everyChart() {
        return List.of(() -> Charts.boardAccuracy("board", "Board", ChartSamples.board()),
                () -> Charts.runFamilies("families", "Families of " + ChartSamples.HOSTILE, ChartSamples.board()),
                () -> Charts.familyHeatmap("heatmap", "Heatmap", ChartSamples.heatmap()),
                () -> Charts.subsetSizes("subsets", "Subsets", ChartSamples.subsets()),
                () -> Charts.confusion("confusion", "Confusion of " + ChartSamples.HOSTILE, ChartSamples.confusion()));
    }

    @Test
    void sameDataGivesByteIdenticalSvgAndPng() {
        for (Supplier<ChartImage> chart : everyChart()) {
            ChartImage first = chart.get();
            ChartImage second = chart.get();
            assertThat(second.svg()).as(first.name()).isEqualTo(first.svg());
            assertThat(second.png()).as(first.name()).isEqualTo(first.png());
            // Drawing the same chart object twice does not change it either.
            assertThat(first.svg()).isEqualTo(second.svg());
        }
    }

    @Test
    void svgIdsComeFromTheChartNameNotFromTheClock() {
        String svg = Charts.boardAccuracy("board-x", "Board", ChartSamples.board()).svg();
        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" id='([^']*)'").matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("board-x-clip-\\d+"));
    }

    @Test
    void hostileNamesAreTextInEverySvg() throws Exception {
        for (Supplier<ChartImage> chart : everyChart()) {
            ChartImage image = chart.get();
            String svg = image.svg();
            assertThat(svg).as(image.name()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
            Document doc = parse(svg);
            assertThat(doc.getElementsByTagName("img").getLength()).isZero();
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            List<String> texts = new ArrayList<>();
            NodeList nodes = doc.getElementsByTagName("text");
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            nodes = doc.getElementsByTagName("title");
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            assertThat(texts).as(image.name()).anyMatch(t -> t.contains(ChartSamples.HOSTILE));
            // No attribute anywhere is an event handler.
            NodeList all = doc.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                var attributes = all.item(i).getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    assertThat(attributes.item(a).getNodeName()).doesNotStartWith("on");
                }
            }
        }
    }

    @Test
    void theDatasetHandedToJFreeChartHoldsTheWilsonBounds() {
        List<IntervalRow> rows = ChartSamples.board();
        YIntervalSeriesCollection data = IntervalChart.dataset(rows);
        assertThat(data.getItemCount(0)).isEqualTo(rows.size());
        // FORMATS 6.2 test values: (38, 61) -> 0.4975 / 0.7339; (0, 10) -> 0.0 / 0.2775.
        assertThat(data.getStartYValue(0, 0)).isCloseTo(0.4975, within(5e-5));
        assertThat(data.getEndYValue(0, 0)).isCloseTo(0.7339, within(5e-5));
        assertThat(data.getStartYValue(0, 4)).isEqualTo(0.0);
        assertThat(data.getEndYValue(0, 4)).isCloseTo(0.2775, within(5e-5));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(data.getXValue(0, i)).isEqualTo(i);
            assertThat(data.getYValue(0, i)).isEqualTo(rows.get(i).value());
            assertThat(data.getStartYValue(0, i)).isEqualTo(rows.get(i).lo());
            assertThat(data.getEndYValue(0, i)).isEqualTo(rows.get(i).hi());
        }
    }

    @Test
    void theErrorBarsInTheSvgEndAtTheWilsonBounds() throws Exception {
        List<IntervalRow> rows = ChartSamples.board();
        ChartImage image = Charts.boardAccuracy("board", "Board", rows);
        Document doc = parse(image.svg());
        // The plot's data area and axis, from drawing the same chart with rendering info.
        ChartRenderingInfo info = new ChartRenderingInfo();
        image.chart().draw(new SVGGraphics2D(image.width(), image.height()),
                new Rectangle(0, 0, image.width(), image.height()), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = image.chart().getXYPlot();
        List<double[]> lines = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("line");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            lines.add(new double[] {num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2")});
        }
        for (int i = 0; i < rows.size(); i++) {
            IntervalRow r = rows.get(i);
            double xLo = plot.getRangeAxis().valueToJava2D(r.lo(), area, plot.getRangeAxisEdge());
            double xHi = plot.getRangeAxis().valueToJava2D(r.hi(), area, plot.getRangeAxisEdge());
            double y = plot.getDomainAxis().valueToJava2D(i, area, plot.getDomainAxisEdge());
            assertThat(lines).as("an error bar from lo to hi for row " + r.label()).anySatisfy(l -> {
                assertThat(Math.min(l[0], l[2])).isCloseTo(xLo, within(0.006));
                assertThat(Math.max(l[0], l[2])).isCloseTo(xHi, within(0.006));
                assertThat(l[1]).isCloseTo(y, within(0.006));
                assertThat(l[3]).isCloseTo(y, within(0.006));
            });
        }
    }

    @Test
    void pngIsReadableAtTheChartSize() throws Exception {
        for (Supplier<ChartImage> chart : everyChart()) {
            ChartImage image = chart.get();
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.png()));
            assertThat(png).as(image.name()).isNotNull();
            assertThat(png.getWidth()).isEqualTo(image.width());
            assertThat(png.getHeight()).isEqualTo(image.height());
            assertThat(png.getRGB(0, 0) & 0xffffff).as("white background").isEqualTo(0xffffff);
        }
        // The pixels are the chart's: the PNG equals a drawing of the chart by JFreeChart itself.
        ChartImage board = Charts.boardAccuracy("board", "Board", ChartSamples.board());
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(board.png()));
        BufferedImage drawn = board.chart().createBufferedImage(board.width(), board.height(),
                BufferedImage.TYPE_INT_RGB, null);
        for (int y = 0; y < board.height(); y += 7) {
            for (int x = 0; x < board.width(); x += 5) {
                assertThat(decoded.getRGB(x, y)).isEqualTo(drawn.getRGB(x, y));
            }
        }
    }

    @Test
    void theBoardChartGrowsWithItsRows() {
        ChartImage small = Charts.boardAccuracy("b", "B", ChartSamples.board());
        List<IntervalRow> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(ChartSamples.wilsonRow("m" + i, i, 200));
        }
        ChartImage big = Charts.boardAccuracy("b", "B", many);
        assertThat(small.height()).isEqualTo(IntervalChart.MIN_HEIGHT);
        assertThat(big.height()).isEqualTo(IntervalChart.CHROME + 200 * IntervalChart.ROW_HEIGHT);
    }

    @Test
    void writeToPutsBothFilesAndNoTemporaryOnes() throws Exception {
        Charts.confusion("confusion", "C", ChartSamples.confusion()).writeTo(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("confusion.svg",
                    "confusion.png");
        }
        assertThat(Files.readString(dir.resolve("confusion.svg"))).contains("TP").contains("793 (72.1%)");
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        assertThat(Charts.fileName("full-cfcfcc12")).isEqualTo("full-cfcfcc12");
        String colon = Charts.fileName("20260219T193151Z_ollama_qwen2.5:7b");
        assertThat(colon).matches("20260219T193151Z_ollama_qwen2_5_7b-[0-9a-f]{8}");
        assertThat(Charts.fileName("a:b")).isNotEqualTo(Charts.fileName("a_b")).isNotEqualTo(Charts.fileName("a.b"));
        assertThat(Charts.fileName("../../etc/passwd")).matches("[A-Za-z0-9_-]+");
        assertThat(Charts.fileName(ChartSamples.HOSTILE)).matches("[A-Za-z0-9_-]+");
        assertThat(Charts.fileName("")).matches("x-[0-9a-f]{8}");
        assertThatThrownBy(() -> Charts.boardAccuracy("../x", "t", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../x");
    }

    @Test
    void badFiguresAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new IntervalRow("m", 0.5, 0.7, 0.6)).hasMessageContaining("m").hasMessageContaining("reversed");
        assertThatThrownBy(() -> new IntervalRow("m", 1.5, 0.1, 0.6)).hasMessageContaining("value");
        assertThatThrownBy(() -> new IntervalRow("m", Double.NaN, 0.1, 0.6)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new HeatmapData(List.of("a"), List.of("x", "y"), List.of(List.of(0.5))))
                .hasMessageContaining("row a has 1 values for 2 columns");
        assertThatThrownBy(() -> new SubsetPoint("m", 0, false, 0.5, 0.4, 0.6)).hasMessageContaining("m");
    }

    @Test
    void longLabelsAreShortenedByCodePoints() {
        String emoji = "\ud83d\ude00".repeat(60);
        String label = ChartLook.label(emoji);
        assertThat(label.codePointCount(0, label.length())).isEqualTo(ChartLook.MAX_LABEL);
        assertThat(label).endsWith("\u2026");
        assertThat(ChartLook.label("a\nb")).isEqualTo("a b");
    }

    @Test
    void svgCoordinatesHaveAtMostTwoDecimals() {
        assertThat(SvgNumbers.twoDecimals(12.5)).isEqualTo("12.5");
        assertThat(SvgNumbers.twoDecimals(3.0)).isEqualTo("3");
        assertThat(SvgNumbers.twoDecimals(-0.254)).isEqualTo("-0.25");
        assertThat(SvgNumbers.twoDecimals(0.049)).isEqualTo("0.05");
        assertThat(SvgNumbers.twoDecimals(1e-9)).isEqualTo("0");
        assertThat(SvgNumbers.twoDecimals(18110.0)).isEqualTo("18110");
    }

    @Test
    void theBenchmarkRendersEveryChartKind() {
        ChartBenchmark.Result r = ChartBenchmark.run(3, 1, 0);
        assertThat(r.runs()).isEqualTo(3);
        assertThat(r.boardSvgBytes()).isPositive();
        assertThat(r.boardPngBytes()).isPositive();
        assertThat(r.wallMs()).hasSize(6);
        assertThat(java.util.Arrays.stream(r.wallMs()).allMatch(ms -> ms > 0)).isTrue();
        assertThat(java.util.Arrays.stream(r.cpuMs()).allMatch(ms -> ms > 0)).as("CPU time of every part").isTrue();
        assertThat(ChartBenchmark.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(ChartBenchmark.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }

    @Test
    void wilsonRowsOfTheSamplesMatchTheReferenceValues() {
        WilsonInterval w = WilsonInterval.of(5, 8);
        assertThat(ChartSamples.wilsonRow("x", 5, 8)).isEqualTo(new IntervalRow("x", 0.625, w.lo(), w.hi()));
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
