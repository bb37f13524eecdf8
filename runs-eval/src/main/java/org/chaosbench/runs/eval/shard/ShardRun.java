package org.chaosbench.runs.eval.shard;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.RunFiles;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * One finished shard run folder as a merge sees it: its manifest and shard entry. Reading it
 * refuses folders that are not finished shard runs, naming the folder and what to do.
 */
public record ShardRun(Path dir, RunManifest manifest, ShardInfo info) {

    public static ShardRun read(Path dir) {
        RunFiles files = new RunFiles(dir);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir, "shard run folder not found");
        }
        if (Files.exists(files.checkpoint()) || !Files.isRegularFile(files.manifest())) {
            boolean started = Files.exists(files.checkpoint());
            throw new InvalidInputException(dir, started
                    ? "this shard run is not finished (its checkpoint is still there): complete it with"
                            + " bin/chaosbench eval --resume " + dir + " and merge again"
                    : "not a finished run folder (no " + RunManifest.FILE_NAME + ")");
        }
        if (!Files.isRegularFile(files.predictions())) {
            throw new InvalidInputException(files.predictions(), "predictions.jsonl not found");
        }
        RunManifest manifest = RunManifest.read(files.manifest());
        ShardInfo info = ShardInfo.of(files.manifest(), manifest);
        if (info == null) {
            throw new InvalidInputException(dir, "not a shard run: its " + RunManifest.FILE_NAME
                    + " records no 'shard' (evaluate with --shard I/N)");
        }
        return new ShardRun(dir, manifest, info);
    }

    /** {@code shard 2/4 (runs/..._shard2of4)}: how every message names a shard. */
    public String name() {
        return "shard " + info.shard().label() + " (" + dir + ")";
    }

    /** The manifest's {@code evaluated_dataset.source} and {@code .sha256}, as one comparable string. */
    String evaluatedDataset() {
        JsonNode e = manifest.extra().get("evaluated_dataset");
        if (e == null || !e.isObject()) {
            return "unknown";
        }
        JsonNode sha = e.path("sha256");
        return e.path("source").asText("?") + (sha.isTextual() ? " (SHA-256 " + sha.asText() + ")" : "");
    }
}
