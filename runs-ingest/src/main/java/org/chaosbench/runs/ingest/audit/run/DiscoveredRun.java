package org.chaosbench.runs.ingest.audit.run;

import java.nio.file.Path;

/** A run folder found by {@link RunDiscovery}, with where it was found (FORMATS 8.3). */
public record DiscoveredRun(Path dir, Source source) {

    /** RUNS: below the runs dir, written by a runner; PUBLISHED: under published_results (no predictions by design). */
    public enum Source {
        RUNS,
        PUBLISHED
    }
}
