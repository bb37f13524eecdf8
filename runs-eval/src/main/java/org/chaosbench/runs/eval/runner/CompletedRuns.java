package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;
import org.chaosbench.runs.ingest.run.RunFiles;

/**
 * Finds finished runs by their inputs, so that an evaluation already done can be skipped
 * (the incremental {@code eval} goal). A run counts as complete when its folder holds
 * run_manifest.json and predictions.jsonl and no checkpoint: the runner writes the manifest
 * last and removes the checkpoint only after it, so an interrupted or budget-stopped run never
 * matches.
 */
public final class CompletedRuns {
    /** The key of run_manifest.json holding the inputs SHA-256 (absent in the original tool's runs). */
    public static final String INPUTS_KEY = "inputs_sha256";

    private CompletedRuns() {
    }

    /**
     * The complete run under {@code outputDir} whose manifest records {@code inputsSha}, the
     * newest (greatest run id, which starts with its UTC start time) when there are several;
     * empty when none matches or the folder does not exist. Unreadable manifests are passed over.
     */
    public static Optional<Path> find(Path outputDir, String inputsSha) {
        if (!Files.isDirectory(outputDir)) {
            return Optional.empty();
        }
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> children = Files.list(outputDir)) {
            children.filter(Files::isDirectory).forEach(runs::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the run folders in " + outputDir, e);
        }
        runs.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        for (Path run : runs) {
            if (isComplete(run) && inputsSha(run).filter(inputsSha::equals).isPresent()) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    /** Whether the run folder holds a finished run: manifest and predictions, no checkpoint. */
    public static boolean isComplete(Path runDir) {
        RunFiles files = new RunFiles(runDir);
        return Files.isRegularFile(files.manifest()) && Files.isRegularFile(files.predictions())
                && !Files.exists(files.checkpoint());
    }

    /** The {@code inputs_sha256} of the run's manifest; empty when absent or unreadable. */
    public static Optional<String> inputsSha(Path runDir) {
        try {
            JsonNode value = JsonFiles.readObject(new RunFiles(runDir).manifest()).get(INPUTS_KEY);
            return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        } catch (InvalidInputException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
