package org.chaosbench.runs.report.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.io.InvalidInputException;

class SiteBuilderTest {
    private static final String SHA_A = "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279";
    private static final String SHA_B = "00ec17e3aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    @TempDir
    Path tmp;

    private SiteResult build(Path published, Path runs) {
        return SiteBuilder.build(new SiteOptions(tmp.resolve("root"), published, runs, tmp.resolve("site"), null));
    }

    @Test
    void theReferencePublishedRunsMakeOneBoardPerFingerprintAndItemCount() throws IOException {
        Files.createDirectories(tmp.resolve("root"));
        SiteResult result = build(SiteFixtures.referencePublished(), null);

        assertThat(result.runs()).isEqualTo(11);
        assertThat(result.boards()).extracting(Board::id).containsExactly("00ec17e31193-n40886", "cfcfcc739988-n40886",
                "cfcfcc739988-n5000", "00ec17e31193-n1000");
        assertThat(result.boards()).extracting(b -> b.rows().size()).containsExactly(1, 3, 4, 3);
        // Without a freeze manifest the largest item set of a fingerprint is taken as its full set.
        assertThat(result.boards()).extracting(Board::title).containsExactly(
                "Full canonical set (40,886 items) · dataset 00ec17e31193",
                "Full canonical set (40,886 items) · dataset cfcfcc739988",
                "Subset of 5,000 items · dataset cfcfcc739988", "Subset of 1,000 items · dataset 00ec17e31193");
        // No freeze manifest or git history under this root: every run is exploratory, with reasons.
        assertThat(result.official()).isZero();
        assertThat(result.exploratory()).isEqualTo(11);

        Board full = result.boards().get(1);
        assertThat(full.rows()).extracting(BoardRow::model).containsExactly("qwen2.5:32b", "qwen2.5:14b", "mistral:7b");
        assertThat(full.rows()).extracting(BoardRow::rankLabel).containsExactly("1", "2", "3");
        BoardRow top = full.rows().get(0);
        assertThat(top.accuracyLabel()).isEqualTo("0.7382");
        assertThat(top.ciLoLabel() + " " + top.ciHiLabel()).isEqualTo("0.7339 0.7424");
        assertThat(top.bias()).isEqualTo("UNKNOWN");
        assertThat(top.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank());
        assertThat(full.families()).contains("atomic", "multi_hop");

        Path site = tmp.resolve("site");
        Document board = Jsoup.parse(site.resolve("boards/cfcfcc739988-n40886.html").toFile());
        assertThat(board.select("#board tbody tr")).hasSize(3);
        assertThat(board.select("#board thead th[scope=col][aria-sort]")).hasSize(11 + full.families().size());
        assertThat(board.select("#board tbody tr").first().select("a").attr("href"))
                .isEqualTo("../runs/20260220T173411Z_ollama_qwen2.5-32b.html");
        assertThat(board.select(".verdict .tip").first().text()).isEqualTo(String.join(" ", top.reasons()));

        String csv = Files.readString(site.resolve("downloads/cfcfcc739988-n40886.csv"));
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).startsWith("rank,run_id,model,provider,n,accuracy_valid,wilson_lo,wilson_hi,");
        assertThat(csv.lines().toList().get(1)).startsWith("1,20260220T173411Z_ollama_qwen2.5:32b,qwen2.5:32b,ollama,"
                + "40886,0.7382,0.7339,0.7424,0.7376,0.4783,1.0000,UNKNOWN,EXPLORATORY,");
        assertThat(Files.readString(site.resolve("downloads/cfcfcc739988-n40886.json")))
                .contains("\"run_id\": \"20260220T173411Z_ollama_qwen2.5:32b\"");

        Document run = Jsoup.parse(site.resolve("runs/20260220T173411Z_ollama_qwen2.5-32b.html").toFile());
        assertThat(run.select("dl.provenance dt").eachText()).contains("Run id", "Git commit", "Dataset SHA-256",
                "Prompt version", "Prompt hash", "Seed", "Workers", "Published");
        assertThat(run.select(".summary table")).hasSize(2);
        assertThat(run.select(".summary td").eachText()).contains("0.7382", "regime_transition");
        assertThat(run.select("a[href=../files/20260220T173411Z_ollama_qwen2.5-32b/metrics.json]")).hasSize(1);
        assertThat(site.resolve("files/20260220T173411Z_ollama_qwen2.5-32b/metrics.json"))
                .hasSameBinaryContentAs(SiteFixtures.referencePublished()
                        .resolve("20260220T173411Z_ollama_qwen2.5:32b/metrics.json"));
        Element families = run.selectFirst("figure.chart[data-chart=run-20260220T173411Z_ollama_qwen2.5-32b-families] img");
        assertThat(families.attr("src")).isEqualTo("../charts/run-20260220T173411Z_ollama_qwen2.5-32b-families.svg");
        assertThat(families.attr("alt")).contains("task families", "highest", "lowest");
        // Run charts are SVG only (a PNG per run would cost most of the time budget); board charts have both.
        assertThat(site.resolve("charts/run-20260220T173411Z_ollama_qwen2.5-32b-families.png")).doesNotExist();
        Element accuracy = board.selectFirst("figure.chart[data-chart=board-cfcfcc739988-n40886-accuracy] img");
        assertThat(accuracy.attr("src")).isEqualTo("../charts/board-cfcfcc739988-n40886-accuracy.svg");
        assertThat(accuracy.attr("alt")).contains("3 charted run(s)", "highest: ollama/qwen2.5:32b at 0.7382");
        assertThat(board.select("figure.chart[data-chart=board-cfcfcc739988-n40886-accuracy] a").eachAttr("href"))
                .containsExactly("../charts/board-cfcfcc739988-n40886-accuracy.svg",
                        "../charts/board-cfcfcc739988-n40886-accuracy.png");
        assertThat(board.select("figure.chart[data-chart=board-cfcfcc739988-n40886-family-heatmap] img")).hasSize(1);
        assertThat(pngSize(site.resolve("charts/board-cfcfcc739988-n40886-family-heatmap.png"))).isPositive();
        assertThat(Files.readString(site.resolve("charts/board-cfcfcc739988-n40886-accuracy.svg")))
                .contains("qwen2.5:32b", "<title>Accuracy with Wilson 95% intervals: Full canonical set");

        // qwen2.5:32b ran on the full set and on a subset: the index compares sizes.
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("figure.chart[data-chart=accuracy-by-subset-size] img").attr("alt"))
                .contains("against the number of questions");

        Document changelog = Jsoup.parse(site.resolve("changelog.html").toFile());
        assertThat(changelog.select("h2 time").eachText()).containsExactly("2026-02-21", "2026-02-20");
        assertThat(changelog.select("section.day li")).hasSize(11);
        everyPageIsSafe(site);
    }

    @Test
    void aModelNamedLikeMarkupShowsAsTextOnEveryPageAndInEveryDownload() throws IOException {
        Path published = tmp.resolve("published");
        SiteFixtures.publishedRun(published, "20260301T000000Z_mock", "mock/" + SiteFixtures.XSS_MODEL, SHA_A, 100,
                70, "2026-03-01T00:00:00+00:00");
        SiteFixtures.publishedRun(published, "20260302T000000Z_plain", "ollama/plain", SHA_A, 100, 60,
                "2026-03-02T00:00:00+00:00");
        Files.createDirectories(tmp.resolve("root"));
        build(published, null);

        Path site = tmp.resolve("site");
        List<Path> pages = htmlPages(site);
        assertThat(pages).hasSize(5); // index, changelog, one board, two runs
        for (Path page : pages) {
            String html = Files.readString(page);
            Document doc = Jsoup.parse(html);
            // The only pictures are the site's own charts, as SVG files beside the pages.
            assertThat(doc.select("img").eachAttr("src")).as(page.toString())
                    .allSatisfy(src -> assertThat(src).matches("(\\.\\./)?charts/[A-Za-z0-9._-]+\\.svg"));
            if (!page.endsWith("20260302T000000Z_plain.html") && !page.endsWith("index.html")) {
                assertThat(doc.text()).as(page.toString()).contains(SiteFixtures.XSS_MODEL);
                assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
            }
        }
        Document board = Jsoup.parse(site.resolve("boards/" + boardId(site) + ".html").toFile());
        assertThat(board.select("figure.chart img").eachAttr("alt")).anySatisfy(alt -> assertThat(alt)
                .contains(SiteFixtures.XSS_MODEL));
        Path chart = site.resolve("charts/board-" + boardId(site) + "-accuracy.svg");
        assertThat(svgText(chart)).contains(SiteFixtures.XSS_MODEL);
        assertThat(Files.readString(chart)).contains("&lt;img src=x onerror=alert(1)&gt;");
        everySvgIsInert(site);
        for (String download : List.of("downloads/" + boardId(site) + ".csv", "downloads/" + boardId(site) + ".json")) {
            assertThat(Files.readString(site.resolve(download))).as(download).contains(SiteFixtures.XSS_MODEL);
        }
        everyPageIsSafe(site);
    }

    @Test
    void summaryMarkdownCannotInjectMarkupOrLinks() throws IOException {
        Path published = tmp.resolve("published");
        Path run = SiteFixtures.publishedRun(published, "20260301T000000Z_mock", "mock", SHA_A, 10, 5,
                "2026-03-01T00:00:00+00:00");
        Files.writeString(run.resolve("summary.md"), "# Summary\n\n<script>alert(1)</script>\n\n"
                + "[click](javascript:alert(1)) [remote](https://example.com/x) ![img](http://example.com/a.png)"
                + " <https://example.com/auto>\n\n<div onclick=\"x()\">raw</div>\n");
        Files.createDirectories(tmp.resolve("root"));
        build(published, null);
        Document doc = Jsoup.parse(tmp.resolve("site/runs/20260301T000000Z_mock.html").toFile());
        Element summary = doc.selectFirst(".summary");
        assertThat(summary.select("script, a, img, div:not(.summary)")).isEmpty();
        assertThat(summary.text()).contains("<script>alert(1)</script>", "click", "remote", "img",
                "<div onclick=\"x()\">raw</div>");
        everyPageIsSafe(tmp.resolve("site"));
    }

    @Test
    void aRebuildRewritesOnlyWhatChanged() throws IOException {
        Path published = tmp.resolve("published");
        Files.createDirectories(tmp.resolve("root"));
        SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA_A, 100, 70, "2026-03-01T00:00:00+00:00");
        SiteFixtures.publishedRun(published, "20260302T000000Z_b", "ollama/b", SHA_A, 100, 60, "2026-03-02T00:00:00+00:00");
        SiteFixtures.publishedRun(published, "20260303T000000Z_c", "ollama/c", SHA_B, 50, 20, "2026-03-03T00:00:00+00:00");
        SiteResult first = build(published, null);
        assertThat(first.unchanged()).isZero();

        SiteResult again = build(published, null);
        assertThat(again.written()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.written());

        SiteFixtures.publishedRun(published, "20260304T000000Z_d", "ollama/d", SHA_B, 50, 30, "2026-03-04T00:00:00+00:00");
        SiteResult added = build(published, null);
        String board = "00ec17e3aaaa-n50";
        assertThat(added.writtenFiles()).containsExactlyInAnyOrder("index.html", "changelog.html",
                "boards/" + board + ".html", "downloads/" + board + ".csv", "downloads/" + board + ".json",
                "runs/20260304T000000Z_d.html", "runs/20260303T000000Z_c.html",
                "files/20260304T000000Z_d/run_manifest.json", "files/20260304T000000Z_d/metrics.json",
                "files/20260304T000000Z_d/summary.md", "files/20260304T000000Z_d/publish_receipt.json",
                "charts/board-" + board + "-accuracy.svg", "charts/board-" + board + "-accuracy.png",
                "charts/board-" + board + "-family-heatmap.svg", "charts/board-" + board + "-family-heatmap.png",
                "charts/run-20260304T000000Z_d-families.svg");
        assertThat(added.removed()).isEmpty();

        // A chart file deleted by hand is drawn again, although its data did not change.
        Files.delete(tmp.resolve("site/charts/run-20260301T000000Z_a-families.svg"));
        assertThat(build(published, null).writtenFiles()).containsExactly("charts/run-20260301T000000Z_a-families.svg");

        // Run pages are rendered again only when their model changed (the page cache), yet a page
        // edited by hand, or a run whose summary changed, is rendered and written again.
        Path pageA = tmp.resolve("site/runs/20260301T000000Z_a.html");
        String pristine = Files.readString(pageA);
        Files.writeString(pageA, pristine.replace("</main>", "<p>edited</p></main>"));
        assertThat(build(published, null).writtenFiles()).containsExactly("runs/20260301T000000Z_a.html");
        assertThat(pageA).hasContent(pristine);
        // Board pages and downloads are cached the same way.
        Path boardPage = tmp.resolve("site/boards/" + board + ".html");
        String boardPristine = Files.readString(boardPage);
        Files.writeString(boardPage, boardPristine.replace("</main>", "<p>edited</p></main>"));
        Files.delete(tmp.resolve("site/downloads/" + board + ".csv"));
        assertThat(build(published, null).writtenFiles()).containsExactlyInAnyOrder("boards/" + board + ".html",
                "downloads/" + board + ".csv");
        assertThat(boardPage).hasContent(boardPristine);
        Files.writeString(published.resolve("20260302T000000Z_b/summary.md"), "# Evaluation Summary: b\n\nRe-checked.\n");
        // (The site's copy of summary.md is a hard link to the published file, current already.)
        assertThat(build(published, null).writtenFiles()).containsExactly("runs/20260302T000000Z_b.html");
        assertThat(tmp.resolve("site/runs/20260302T000000Z_b.html")).content().contains("Re-checked.");
        assertThat(tmp.resolve("site/files/20260302T000000Z_b/summary.md")).content().contains("Re-checked.");

        // A run taken away takes its page and files with it; files the site did not make stay.
        Files.writeString(tmp.resolve("site/CNAME"), "leaderboard.example\n");
        try (Stream<Path> files = Files.walk(published.resolve("20260303T000000Z_c"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        SiteResult removed = build(published, null);
        assertThat(removed.removed()).contains("runs/20260303T000000Z_c.html",
                "files/20260303T000000Z_c/metrics.json");
        assertThat(tmp.resolve("site/runs/20260303T000000Z_c.html")).doesNotExist();
        assertThat(tmp.resolve("site/runs/20260304T000000Z_d.html")).exists();
        assertThat(tmp.resolve("site/CNAME")).exists();
    }

    @Test
    void aRunWithPredictionsGetsItsConfusionMatrixChart() throws IOException {
        Path runs = SiteFixtures.projectRoot().resolve("../shared/reference/real_runs/llama31_8b_smoke").normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(runs), "../shared/reference is absent");
        Path published = Files.createDirectories(tmp.resolve("published"));
        Files.createDirectories(tmp.resolve("root"));
        SiteResult result = build(published, runs);

        assertThat(result.runs()).isEqualTo(1);
        Path site = tmp.resolve("site");
        Document run = Jsoup.parse(site.resolve("runs/20260220T103222Z_ollama_llama3.1-8b.html").toFile());
        Element img = run.selectFirst("figure.chart[data-chart=run-20260220T103222Z_ollama_llama3.1-8b-confusion] img");
        assertThat(img.attr("src")).isEqualTo("../charts/run-20260220T103222Z_ollama_llama3.1-8b-confusion.svg");
        // The picture's text alternative gives the same four counts as the table beside it.
        List<String> cells = run.select("table.confusion td.num").eachText();
        assertThat(cells).hasSize(4);
        List<String> counts = cells.stream().map(c -> c.replaceAll("[^0-9]", "")).toList();
        assertThat(img.attr("alt")).contains(counts.get(0) + " true positives", counts.get(1) + " false negatives",
                counts.get(2) + " false positives", counts.get(3) + " true negatives");
        assertThat(svgText(site.resolve("charts/run-20260220T103222Z_ollama_llama3.1-8b-confusion.svg")))
                .contains("Confusion matrix");
        everySvgIsInert(site);
        everyPageIsSafe(site);
    }

    @Test
    void templatesAndAssetsCanBeOverridden() throws IOException {
        Path published = tmp.resolve("published");
        SiteFixtures.publishedRun(published, "20260301T000000Z_a", "ollama/a", SHA_A, 100, 70, "2026-03-01T00:00:00+00:00");
        Path templates = tmp.resolve("templates/site");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/site.css"), "body { color: teal; }\n");
        Files.writeString(templates.resolve("changelog.ftlh"), "<p>custom ${days?size}</p>\n");
        Files.createDirectories(tmp.resolve("root"));
        SiteBuilder.build(new SiteOptions(tmp.resolve("root"), published, null, tmp.resolve("site"),
                tmp.resolve("templates")));
        assertThat(tmp.resolve("site/assets/site.css")).hasContent("body { color: teal; }");
        assertThat(tmp.resolve("site/changelog.html")).hasContent("<p>custom 1</p>");
        assertThat(Files.readString(tmp.resolve("site/index.html"))).contains("Content-Security-Policy");
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> build(tmp.resolve("nope"), null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(tmp.resolve("nope").toString()).hasMessageContaining("--published-dir");
    }

    private static String boardId(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("boards"))) {
            return files.findFirst().orElseThrow().getFileName().toString().replace(".html", "");
        }
    }

    private static long pngSize(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        return bytes.length;
    }

    /** The text of an SVG file read as XML: what a viewer shows as words. */
    private static String svgText(Path svg) {
        return parseSvg(svg).getDocumentElement().getTextContent();
    }

    private static org.w3c.dom.Document parseSvg(Path svg) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(svg.toFile());
        } catch (Exception e) {
            throw new AssertionError(svg + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * Every chart is well-formed SVG holding no script, no embedded HTML, no event handler and
     * no link or reference outside itself, whatever text the run data put into it.
     */
    static void everySvgIsInert(Path site) throws IOException {
        List<Path> charts;
        try (Stream<Path> files = Files.list(site.resolve(ChartSlot.FOLDER))) {
            charts = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(charts).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path chart : charts) {
            org.w3c.dom.NodeList all = parseSvg(chart).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                String name = e.getLocalName().toLowerCase();
                if (List.of("script", "foreignobject", "iframe", "img", "image", "a", "use").contains(name)
                        || !"http://www.w3.org/2000/svg".equals(e.getNamespaceURI())) {
                    problems.add(chart.getFileName() + ": element " + e.getTagName());
                }
                org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    org.w3c.dom.Node attr = attributes.item(a);
                    String key = attr.getLocalName() == null ? attr.getNodeName() : attr.getLocalName();
                    String value = attr.getNodeValue().trim();
                    if (key.toLowerCase().startsWith("on")) {
                        problems.add(chart.getFileName() + ": event handler " + key);
                    }
                    if (key.equals("href") || value.startsWith("url(") && !value.startsWith("url(#")) {
                        problems.add(chart.getFileName() + ": reference " + key + "=" + value);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /**
     * The safety rules of issue 6 on every page: a CSP meta tag that forbids remote loads and
     * inline scripts, no inline script or event handler, no URL that leaves the site.
     */
    static void everyPageIsSafe(Path site) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : htmlPages(site)) {
            Document doc = Jsoup.parse(page.toFile());
            Element csp = doc.selectFirst("head meta[http-equiv=Content-Security-Policy]");
            if (csp == null || !csp.attr("content").contains("default-src 'none'")
                    || !csp.attr("content").contains("script-src 'self'") || csp.attr("content").contains("unsafe")) {
                problems.add(page + ": no strict CSP meta tag");
            }
            for (Element script : doc.select("script")) {
                if (!script.hasAttr("src") || !script.data().isBlank()) {
                    problems.add(page + ": inline script");
                }
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String value = a.getValue().trim().toLowerCase();
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        problems.add(page + ": event handler " + a.getKey() + " on <" + e.tagName() + ">");
                    }
                    if ((a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("srcset")
                            || a.getKey().equals("action")) && (value.contains("//") || value.contains(":"))) {
                        problems.add(page + ": URL leaving the site: " + a.getKey() + "=" + a.getValue());
                    }
                }
            }
            for (Element img : doc.select("img")) {
                // A picture that is not there would be a broken image and a console error.
                if (!Files.isRegularFile(page.getParent().resolve(img.attr("src")).normalize())
                        || img.attr("alt").isBlank()) {
                    problems.add(page + ": image without its file or without alt text: " + img.attr("src"));
                }
            }
            if (!doc.select("style, [style]").isEmpty()) {
                problems.add(page + ": inline style");
            }
        }
        assertThat(problems).isEmpty();
    }
}
