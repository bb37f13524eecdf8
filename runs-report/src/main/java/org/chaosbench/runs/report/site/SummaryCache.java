package org.chaosbench.runs.report.site;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.compat.PyJson;

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

    private final Path file;
    private final Map<String, String> previous = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();

    SummaryCache(Path outDir) {
        this.file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode json = JsonFiles.readObject(file);
                if (VERSION.equals(json.path("version").asText())) {
                    json.path("summaries").fields().forEachRemaining(e -> previous.put(e.getKey(), e.getValue().asText()));
                }
            } catch (InvalidInputException | UncheckedIOException e) {
                // Only a cache: start from nothing.
            }
        }
    }

    String render(String markdown) {
        String key = Slugs.hash(markdown, 64);
        String html = previous.get(key);
        if (html == null) {
            html = used.get(key);
        }
        if (html == null) {
            html = SummaryHtml.render(markdown);
        }
        used.put(key, html);
        return html;
    }

    /** Keeps the renderings this build used, and only those; not rewritten when nothing changed. */
    void save() {
        if (used.equals(previous) && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("summaries", new TreeMap<>(used));
        byte[] bytes = PyJson.pretty(doc).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
