package org.chaosbench.runs.ingest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.metrics.RunMetrics;

/** Recomputes metrics.json and summary.md of a run from its predictions.jsonl. */
public final class MetricsRecomputer {
    private MetricsRecomputer() {
    }

    /**
     * Reads the run's predictions (and its manifest, for the run id and provider that
     * summary.md names) and writes both files into {@code outDir}. Nothing is written unless
     * every input line is valid.
     */
    public static RunMetrics recompute(Path runDir, Path outDir) {
        RunFiles run = new RunFiles(runDir);
        if (!Files.isDirectory(runDir)) {
            throw new InvalidInputException(runDir, "run folder not found");
        }
        if (!Files.isRegularFile(run.predictions())) {
            throw new InvalidInputException(run.predictions(),
                    "predictions.jsonl not found: metrics are computed from a run's predictions");
        }
        String runId = runDir.toAbsolutePath().normalize().getFileName().toString();
        String provider = "unknown";
        if (Files.isRegularFile(run.manifest())) {
            RunManifest manifest = RunManifest.read(run.manifest());
            runId = manifest.runIdOr(runDir.toAbsolutePath().normalize());
            provider = manifest.provider() == null ? provider : manifest.provider();
        }
        List<PredictionRecord> records = PredictionsFile.read(run.predictions());
        RunMetrics metrics = RunMetrics.of(records);
        RunFiles out = new RunFiles(outDir);
        AtomicFiles.writeString(out.metrics(), PyJson.pretty(metrics.toJson()));
        AtomicFiles.writeString(out.summary(), SummaryMarkdown.render(runId, provider, metrics));
        return metrics;
    }
}
