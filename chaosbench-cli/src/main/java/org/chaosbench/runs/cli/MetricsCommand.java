package org.chaosbench.runs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.run.MetricsRecomputer;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Recompute metrics.json and summary.md of a run from its predictions.jsonl.",
        footer = {"", "Examples:", "  bin/chaosbench metrics --run runs/20260220T145806Z_ollama_mistral:7b",
                "  bin/chaosbench metrics --run runs/<run_id> --out /tmp/check"})
final class MetricsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--run", paramLabel = "RUN_DIR", required = true, description = "The run folder.")
    Path run;

    @Option(names = "--out", paramLabel = "DIR", description = "Write into DIR instead of the run folder.")
    Path out;

    @Override
    public Integer call() {
        Path target = out == null ? run : out;
        RunMetrics m = MetricsRecomputer.recompute(run, target);
        ConsoleReports.metrics(m, target.toString()).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
