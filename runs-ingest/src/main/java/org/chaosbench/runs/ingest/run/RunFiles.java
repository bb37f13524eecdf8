package org.chaosbench.runs.ingest.run;

import java.nio.file.Path;

/** The files of one run folder (FORMATS 5.2). */
public record RunFiles(Path dir) {
    public static final String PREDICTIONS = "predictions.jsonl";
    public static final String METRICS = "metrics.json";
    public static final String SUMMARY = "summary.md";

    public Path manifest() {
        return dir.resolve(RunManifest.FILE_NAME);
    }

    public Path predictions() {
        return dir.resolve(PREDICTIONS);
    }

    public Path metrics() {
        return dir.resolve(METRICS);
    }

    public Path summary() {
        return dir.resolve(SUMMARY);
    }

    public Path checkpoint() {
        return dir.resolve(Checkpoint.FILE_NAME);
    }
}
