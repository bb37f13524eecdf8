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
        footer = {"", "Example:", "  bin/chaosbench benchmark-eval --root ../shared/reference/dataset --rounds 8"})
final class BenchmarkEvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Option(names = "--rounds", defaultValue = "8", description = "Rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "3", description = "Rounds left out of the median (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EvalBenchmark.Result r = EvalBenchmark.run(root.root, rounds);
        for (int i = 0; i < r.itemsPerSecond().size(); i++) {
            out.printf("round %d: %d items, %.0f items/s%s%n", i + 1, r.items(), r.itemsPerSecond().get(i),
                    i < warmup ? " (warm-up)" : "");
        }
        out.printf("median after warm-up: %.0f items/s%n", r.medianOfWarmRounds(warmup));
        return 0;
    }
}
