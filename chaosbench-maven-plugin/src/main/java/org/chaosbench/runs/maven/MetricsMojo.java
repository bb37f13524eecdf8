package org.chaosbench.runs.maven;

import java.io.File;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.MetricsRecomputer;

/**
 * Recomputes metrics.json and summary.md of a run from its predictions.jsonl, as
 * {@code bin/chaosbench metrics} does.
 */
@Mojo(name = "metrics", requiresProject = false, threadSafe = true)
public class MetricsMojo extends AbstractChaosbenchMojo {
    /**
     * The run folder. Example: {@code -Dchaosbench.run=runs/20260220T145806Z_ollama_mistral:7b}.
     */
    @Parameter(property = "chaosbench.run", required = true)
    private File run;

    /**
     * Write into this folder instead of the run folder. Example: {@code -Dchaosbench.out=target/metrics-check}.
     */
    @Parameter(property = "chaosbench.out")
    private File out;

    @Override
    protected void run() {
        File target = out == null ? run : out;
        RunMetrics m = MetricsRecomputer.recompute(run.toPath(), target.toPath());
        info(ConsoleReports.metrics(m, target.toString()));
    }
}
