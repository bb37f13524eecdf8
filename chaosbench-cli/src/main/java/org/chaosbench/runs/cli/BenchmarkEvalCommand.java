package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.eval.runner.EvalBenchmark;

@Command(name = "benchmark-eval", mixinStandardHelpOptions = true,
        description = {"Measure the runner's own throughput with the mock provider: the whole eval",
                "(plan, calls, checkpoint, final files) repeated in one JVM; figures go to docs/PERFORMANCE.md."},
        footer = {"", "Examples:", "  bin/chaosbench benchmark-eval --root ../shared/reference/dataset --rounds 8",
                "  bin/chaosbench benchmark-eval --root ../shared/reference/dataset --server-latency-ms 20 --workers 16"
                        + " --rounds 4 --warmup 1"})
final class BenchmarkEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Option(names = "--rounds", defaultValue = "8", description = "Rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Rounds left out of the median (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--server-latency-ms", description = {"Evaluate against a loopback OpenAI-compatible server",
        "answering after this many milliseconds, instead of the mock provider."})
    Integer serverLatencyMs;

    @Option(names = "--workers", defaultValue = "16", description = "Workers against the server (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--max-items", defaultValue = "4000", description = "Items per round against the server (default: ${DEFAULT-VALUE}).")
    long maxItems;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EvalBenchmark.Result r = serverLatencyMs == null ? EvalBenchmark.run(root.root, rounds)
                : EvalBenchmark.againstServer(root.root, serverLatencyMs, workers, maxItems, rounds);
        if (serverLatencyMs != null) {
            out.printf("ideal: %d workers / %d ms = %.0f items/s%n", workers, serverLatencyMs,
                    workers * 1000.0 / serverLatencyMs);
        }
        for (int i = 0; i < r.itemsPerSecond().size(); i++) {
            out.printf("round %d: %d items, %.0f items/s (evaluation loop alone %.0f items/s)%s%n", i + 1, r.items(),
                    r.itemsPerSecond().get(i), r.loopItemsPerSecond().get(i), i < warmup ? " (warm-up)" : "");
        }
        double median = r.medianOfWarmRounds(warmup);
        out.printf("median after warm-up: %.0f items/s (evaluation loop alone: %.0f items/s)%n", median,
                r.medianLoopOfWarmRounds(warmup));
        if (serverLatencyMs != null) {
            out.printf("bare JDK HTTP client, same threads and server, no runner: %.0f items/s%n", r.bareHttpPerSecond());
            out.printf("ratio to ideal: %.3f; ratio to bare HTTP: %.3f%n", median / (workers * 1000.0 / serverLatencyMs),
                    median / r.bareHttpPerSecond());
        }
        return 0;
    }
}
