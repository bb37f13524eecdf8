package org.chaosbench.runs.report.site;

import java.nio.file.Path;

/**
 * summary.md renderings from the previous build, keyed by the SHA-256 of the Markdown text.
 * Rendering is the largest CPU cost of a build (about 2 ms a summary with flexmark), and a
 * rebuild after adding one run would otherwise render every summary again. The cache lives in
 * the site folder, is only an optimisation (a missing or broken file is ignored) and holds the
 * renderer version, so a change of {@link SummaryHtml} discards it.
 */
final class SummaryCache {
    static final String FILE = ".chaosbench-site-cache.json";
    /** Bump whenever SummaryHtml's output for the same input changes. */
    static final String VERSION = "summary-html-1";

    private final CacheFile renderings;

    SummaryCache(Path outDir) {
        this.renderings = new CacheFile(outDir.resolve(FILE), VERSION, "summaries");
    }

    String render(String markdown) {
        String key = Slugs.hash(markdown, 64);
        String html = renderings.previous(key);
        if (html == null) {
            html = renderings.used(key);
        }
        if (html == null) {
            html = SummaryHtml.render(markdown);
        }
        renderings.use(key, html);
        return html;
    }

    /** Keeps the renderings this build used, and only those; not rewritten when nothing changed. */
    void save() {
        renderings.save();
    }
}
