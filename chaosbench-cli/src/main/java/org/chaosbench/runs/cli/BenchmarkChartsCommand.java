package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.chart.ChartBenchmark;

@Command(name = "benchmark-charts", mixinStandardHelpOptions = true,
        description = {"Measure chart rendering for a synthetic board of many runs: the board's accuracy chart and",
                "heatmap, and every run page's two charts, as SVG and as PNG; figures go to docs/PERFORMANCE.md."},
        footer = {"", "Example:", "  bin/chaosbench benchmark-charts --runs 1000 --rounds 5 --warmup 2"})
final class BenchmarkChartsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "1000", description = "Runs on the board (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "2", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ChartBenchmark.Result r = ChartBenchmark.run(runs, rounds, warmup);
        out.printf("runs: %d, rounds: %d (median), cores: %d, Java %s%n", r.runs(), r.rounds(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf("board accuracy chart   SVG %8.1f ms (%,d bytes)   PNG %8.1f ms (%,d bytes)%n", r.boardSvgMs(),
                r.boardSvgBytes(), r.boardPngMs(), r.boardPngBytes());
        out.printf("board family heatmap   SVG %8.1f ms                 PNG %8.1f ms%n", r.heatmapSvgMs(),
                r.heatmapPngMs());
        out.printf("run pages (%d x 2)   SVG %8.1f ms                 PNG %8.1f ms%n", r.runs(), r.runPagesSvgMs(),
                r.runPagesPngMs());
        out.printf("total, SVG only: %.1f ms; SVG and PNG: %.1f ms%n",
                r.boardSvgMs() + r.heatmapSvgMs() + r.runPagesSvgMs(), r.boardSvgMs() + r.heatmapSvgMs()
                        + r.runPagesSvgMs() + r.boardPngMs() + r.heatmapPngMs() + r.runPagesPngMs());
        return 0;
    }
}
