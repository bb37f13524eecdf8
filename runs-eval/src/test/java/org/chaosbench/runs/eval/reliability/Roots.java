package org.chaosbench.runs.eval.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;

/** Project roots in temp folders, built from the embedded dataset, and helpers to compare runs. */
final class Roots {
    static final Path PROJECT = Path.of(System.getProperty("chaosbench.projectRoot", "..")).toAbsolutePath()
            .normalize();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Roots() {
    }

    /**
     * A root holding the project's prompt template and {@code data/<name>}: {@code n} items
     * taken in turn from the embedded dataset (repeating it as needed), with ids
     * {@code <prefix>_0000...} and each question starting with {@code [<id>]}, so a test
     * server can tell which item a prompt is about.
     */
    static Path withGeneratedItems(Path root, String name, String prefix, int n) {
        try {
            AtomicFiles.writeString(root.resolve("data/prompts/default.json"),
                    Files.readString(PROJECT.resolve("data/prompts/default.json")));
            List<String> source = embeddedLines();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < n; i++) {
                ObjectNode item = (ObjectNode) JSON.readTree(source.get(i % source.size()));
                String id = id(prefix, i);
                item.put("id", id);
                item.put("question", "[" + id + "] " + item.get("question").asText());
                out.append(PyJson.compact(item)).append('\n');
            }
            AtomicFiles.writeString(root.resolve("data").resolve(name), out.toString());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(String prefix, int i) {
        return String.format("%s_%04d", prefix, i);
    }

    /** The JSONL lines of the embedded dataset, in selector order. */
    static List<String> embeddedLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String file : Selector.read(PROJECT, Selector.DEFAULT_PATH).files()) {
            for (String line : Files.readAllLines(PROJECT.resolve(file))) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** A record with {@code latency_s} zeroed: the one field that differs between equal runs. */
    static PredictionRecord withoutLatency(PredictionRecord r) {
        return new PredictionRecord(r.id(), r.question(), r.groundTruth(), r.predText(), r.parsedLabel(), r.outcome(),
                r.correct(), 0.0, r.taskFamily(), r.split(), r.retryPredText(), r.retryOutcome(), r.meta());
    }

    static List<PredictionRecord> predictionsWithoutLatency(Path runDir) {
        return PredictionsFile.read(runDir.resolve("predictions.jsonl")).stream().map(Roots::withoutLatency).toList();
    }
}
