package org.chaosbench.runs.report.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    private final CacheFile entries;

    static DerivedFileCache charts(Path outDir) {
        return new DerivedFileCache(outDir, CHARTS_FILE, CHARTS_VERSION);
    }

    static DerivedFileCache pages(Path outDir) {
        return new DerivedFileCache(outDir, PAGES_FILE, PAGES_VERSION);
    }

    private DerivedFileCache(Path outDir, String fileName, String version) {
        this.outDir = outDir;
        this.entries = new CacheFile(outDir.resolve(fileName), version, "entries");
    }

    /**
     * The key of a derivation's input text: {@link Hash128} over its UTF-8 bytes. Bytes, not
     * chars: inputs hold a few non-Latin-1 characters (dashes), which turned the whole text
     * into UTF-16 and made reading it char by char the larger part of a rebuild's keying.
     */
    static String key(CharSequence text) {
        return new Hash128().bytes(text.toString().getBytes(StandardCharsets.UTF_8)).value();
    }

    /** True when the last build derived {@code name} from the same input key and its files are still there. */
    boolean fresh(String name, String inputKey, String... files) {
        if (!inputKey.equals(entries.previous(name))) {
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
        String previousEntry = entries.previous(name);
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
        entries.use(name, inputKey + "/" + size);
    }

    void use(String name, String inputKey) {
        entries.use(name, inputKey);
    }

    /** Keeps the entries of this build, and only those; not rewritten when nothing changed. */
    void save() {
        entries.save();
    }
}
