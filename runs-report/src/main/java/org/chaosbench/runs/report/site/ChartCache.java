package org.chaosbench.runs.report.site;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * The data hash of every chart the previous build drew, so that a rebuild draws only the
 * charts whose data changed: drawing is the dearest step of a chart (a PNG far more than its
 * SVG), and after adding one run only that run's charts and its board's change. Like
 * {@link SummaryCache} it lives in the site folder and is only an optimisation: a missing or
 * broken file, or a chart file deleted by hand, just means drawing again.
 */
final class ChartCache {
    static final String FILE = ".chaosbench-chart-cache.json";
    /** Bump whenever the same data would give different chart files (chart library or site choices). */
    static final String VERSION = "site-charts-1";

    private final Path outDir;
    private final Path file;
    private final Map<String, String> previous = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();

    ChartCache(Path outDir) {
        this.outDir = outDir;
        this.file = outDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode json = JsonFiles.readObject(file);
                if (VERSION.equals(json.path("version").asText())) {
                    json.path("charts").fields().forEachRemaining(e -> previous.put(e.getKey(), e.getValue().asText()));
                }
            } catch (InvalidInputException | UncheckedIOException e) {
                // Only a cache: draw everything.
            }
        }
    }

    /** True when the last build drew this chart from the same data and its files are still there. */
    boolean fresh(String chart, String dataKey, String svg, String png) {
        return dataKey.equals(previous.get(chart)) && Files.isRegularFile(outDir.resolve(svg))
                && (png == null || Files.isRegularFile(outDir.resolve(png)));
    }

    void use(String chart, String dataKey) {
        used.put(chart, dataKey);
    }

    /** Keeps the charts of this build, and only those; not rewritten when nothing changed. */
    void save() {
        if (used.equals(previous) && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", VERSION);
        doc.put("charts", new TreeMap<>(used));
        byte[] bytes = PyJson.pretty(doc).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
