package org.chaosbench.runs.report.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Reads the rows of the index from the run folders on disk (FORMATS 7): one per
 * sub-directory holding run_manifest.json, in code-point order of the folder name. Folders
 * whose name starts with a dot are skipped: those are publish-run's staging and backup folders
 * (no run id starts with a dot, publish-run refuses such ids).
 */
final class IndexRows {
    private IndexRows() {
    }

    static List<Path> runFolders(Path publishedDir) {
        if (!Files.isDirectory(publishedDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(publishedDir)) {
            return children.filter(d -> !d.getFileName().toString().startsWith("."))
                    .filter(d -> Files.isDirectory(d) && Files.isRegularFile(d.resolve(RunManifest.FILE_NAME)))
                    .sorted((a, b) -> CodePointOrder.INSTANCE.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + publishedDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The row of one folder. An unreadable manifest or metrics file does not stop the index:
     * the row shows what could be read and {@code warnings} gets the file and the problem.
     */
    static IndexRow read(Path dir, List<String> warnings) {
        RunFiles files = new RunFiles(dir);
        ObjectNode manifest = readOrEmpty(files.manifest(), warnings);
        ObjectNode metrics = Files.isRegularFile(files.metrics()) ? readOrEmpty(files.metrics(), warnings)
                : JsonFiles.mapper().createObjectNode();
        JsonNode runId = manifest.get("run_id");
        String id = IndexCells.present(runId) ? IndexCells.text(runId) : dir.getFileName().toString();
        JsonNode summary = manifest.path("metrics_summary");
        return new IndexRow(dir, id, IndexCells.text(manifest.get("provider")),
                IndexCells.count(manifest.get("total_items_evaluated")),
                IndexCells.rate(metric(summary, metrics, "accuracy_valid")),
                IndexCells.rate(metric(summary, metrics, "balanced_accuracy")),
                IndexCells.rate(metric(summary, metrics, "mcc")),
                IndexCells.date(manifest.get("created_utc")), null, null);
    }

    private static JsonNode metric(JsonNode summary, ObjectNode metrics, String key) {
        JsonNode v = summary.isObject() ? summary.get(key) : null;
        return IndexCells.present(v) ? v : metrics.get(key);
    }

    private static ObjectNode readOrEmpty(Path file, List<String> warnings) {
        try {
            return JsonFiles.readObject(file);
        } catch (InvalidInputException | UncheckedIOException e) {
            warnings.add(e.getMessage() + " (its row shows dashes)");
            return JsonFiles.mapper().createObjectNode();
        }
    }

    static List<IndexRow> readAll(Path publishedDir, List<String> warnings) {
        List<IndexRow> rows = new ArrayList<>();
        for (Path dir : runFolders(publishedDir)) {
            rows.add(read(dir, warnings));
        }
        return rows;
    }
}
