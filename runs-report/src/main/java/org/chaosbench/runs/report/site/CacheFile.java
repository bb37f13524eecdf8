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
 * One of the site's caches on disk: a string map under {@code field} in a JSON file of the
 * site folder, with a version. What the last build stored is read back only under the same
 * version; a missing or broken file is an empty cache (it is only an optimisation). A build
 * records what it used, and only that is saved, so entries of gone runs drop out. Thread-safe.
 */
final class CacheFile {
    private final Path file;
    private final String version;
    private final String field;
    private final Map<String, String> previous = new ConcurrentHashMap<>();
    private final Map<String, String> used = new ConcurrentHashMap<>();

    CacheFile(Path file, String version, String field) {
        this.file = file;
        this.version = version;
        this.field = field;
        if (Files.isRegularFile(file)) {
            try {
                JsonNode json = JsonFiles.readObject(file);
                if (version.equals(json.path("version").asText())) {
                    json.path(field).fields().forEachRemaining(e -> previous.put(e.getKey(), e.getValue().asText()));
                }
            } catch (InvalidInputException | UncheckedIOException e) {
                // Only a cache: start from nothing.
            }
        }
    }

    /** What the last build stored under {@code key}, or null. */
    String previous(String key) {
        return previous.get(key);
    }

    /** What this build recorded under {@code key} so far, or null. */
    String used(String key) {
        return used.get(key);
    }

    void use(String key, String value) {
        used.put(key, value);
    }

    /** Keeps the entries of this build, and only those; not rewritten when nothing changed. */
    void save() {
        if (used.equals(previous) && Files.isRegularFile(file)) {
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", version);
        doc.put(field, new TreeMap<>(used));
        byte[] bytes = PyJson.pretty(doc).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
