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
        out.printf("board accuracy SVG: %,d bytes, PNG: %,d bytes%n", r.boardSvgBytes(), r.boardPngBytes());
        out.printf("%-22s %12s %12s%n", "part", "wall ms", "cpu ms");
        double[] total = new double[4];
        for (int k = 0; k < ChartBenchmark.Result.PARTS.length; k++) {
            out.printf("%-22s %12.1f %12.1f%n", ChartBenchmark.Result.PARTS[k], r.wallMs()[k], r.cpuMs()[k]);
            boolean svg = k % 2 == 0;
            total[svg ? 0 : 2] += r.wallMs()[k];
            total[svg ? 1 : 3] += r.cpuMs()[k];
        }
        out.printf("%-22s %12.1f %12.1f%n", "all SVG", total[0], total[1]);
        out.printf("%-22s %12.1f %12.1f%n", "all PNG", total[2], total[3]);
        return 0;
    }
}
