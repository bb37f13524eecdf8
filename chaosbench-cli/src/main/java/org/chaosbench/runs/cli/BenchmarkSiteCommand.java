package org.chaosbench.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.site.SiteBenchmark;

@Command(name = "benchmark-site", mixinStandardHelpOptions = true,
        description = {"Measure the site build over synthetic published runs: the full build, a rebuild with",
                "nothing changed, and a rebuild after adding one run; figures go to docs/PERFORMANCE.md."},
        footer = {"", "Example:", "  bin/chaosbench benchmark-site --runs 1000"})
final class BenchmarkSiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "1000", description = "Synthetic published runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Folder for the runs and the site (default: a temporary folder, removed after).")
    Path workDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SiteBenchmark.run(runs, workDir).lines().forEach(out::println);
        return 0;
    }
}
