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
 * The input key of every file (or group of files) the previous build derived, so that a
 * rebuild derives again only what changed: charts (drawing is the dearest step of a chart, a
 * PNG far more than its SVG) and run pages (rendering 1,000 of them was most of a rebuild
 * after adding one run). It lives in the site folder and is only an optimisation: a missing or
 * broken file, a version change, or an output deleted by hand just means deriving again.
 */
final class DerivedFileCache {
    static final String CHARTS_FILE = ".chaosbench-chart-cache.json";
    /** Bump whenever the same data would give different chart files (chart library or site choices). */
    static final String CHARTS_VERSION = "site-charts-4";
    static final String PAGES_FILE = ".chaosbench-page-cache.json";
    /**
     * Bump whenever the same page model would render differently other than through the
     * templates, or a board's downloads ({@link BoardExports}) would change.
     */
    static final String PAGES_VERSION = "site-pages-2";

    private final Path outDir;
    private final Path file;
    private final String version;
    private final Map<String, String> previous = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();

    static DerivedFileCache charts(Path outDir) {
        return new DerivedFileCache(outDir, CHARTS_FILE, CHARTS_VERSION);
    }

    static DerivedFileCache pages(Path outDir) {
        return new DerivedFileCache(outDir, PAGES_FILE, PAGES_VERSION);
    }

    private DerivedFileCache(Path outDir, String fileName, String version) {
        this.outDir = outDir;
        this.file = outDir.resolve(fileName);
        this.version = version;
        if (Files.isRegularFile(file)) {
            try {
                JsonNode json = JsonFiles.readObject(file);
                if (version.equals(json.path("version").asText())) {
                    json.path("entries").fields().forEachRemaining(e -> previous.put(e.getKey(), e.getValue().asText()));
                }
            } catch (InvalidInputException | UncheckedIOException e) {
                // Only a cache: derive everything.
            }
        }
    }

    /**
     * The key of a derivation's input text: its UTF-8 length and two 64-bit hashes of its UTF-8
     * bytes (FNV-1a, and a polynomial hash with a final mix). Not SHA-256: keying 1,000 run pages
     * with it cost as much as rendering them (no SHA intrinsic in the client compiler the site
     * runs on), and a cache key needs to tell inputs apart, not to resist an adversary. Bytes,
     * not chars: page models hold a few non-Latin-1 characters (dashes), which turned the whole
     * text into UTF-16 and made reading it char by char the larger part of a rebuild's keying.
     */
    static String key(CharSequence text) {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        long fnv = 0xcbf29ce484222325L;
        long poly = 0x9E3779B97F4A7C15L;
        for (byte b : bytes) {
            fnv = (fnv ^ (b & 0xff)) * 0x100000001b3L;
            poly = poly * 0x5851F42D4C957F2DL + b;
        }
        poly ^= poly >>> 33;
        poly *= 0xff51afd7ed558ccdL;
        poly ^= poly >>> 33;
        return Integer.toHexString(bytes.length) + "-" + Long.toHexString(fnv) + Long.toHexString(poly);
    }

    /** True when the last build derived {@code name} from the same input key and its files are still there. */
    boolean fresh(String name, String inputKey, String... files) {
        if (!inputKey.equals(previous.get(name))) {
            return false;
        }
        for (String f : files) {
            if (f != null && !Files.isRegularFile(outDir.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For one file recorded with its size ({@link #use(String, String, long)}): the size on disk
     * of {@code file} when the last build derived it from the same input key and it still has
     * that size (so a page truncated or edited by hand is derived again), else -1.
     */
    long freshSize(String name, String inputKey, String file) {
        String previousEntry = previous.get(name);
        if (previousEntry == null || !previousEntry.startsWith(inputKey + "/")) {
            return -1;
        }
        try {
            long size = Files.size(outDir.resolve(file));
            return previousEntry.equals(inputKey + "/" + size) ? size : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    void use(String name, String inputKey, long size) {
        used.put(name, inputKey + "/" + size);
    }

    void use(String name, String inputKey) {
        used.put(name, inputKey);
    }

    /** Keeps the entries of this build, and only those; not rewritten when nothing changed. */
    void save() {
        if (used.equals(previous) && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", version);
        doc.put("entries", new TreeMap<>(used));
        byte[] bytes = PyJson.pretty(doc).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
