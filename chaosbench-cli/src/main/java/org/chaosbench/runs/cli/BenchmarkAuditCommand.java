package org.chaosbench.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.chaosbench.runs.report.audit.AuditBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "benchmark-audit", mixinStandardHelpOptions = true,
        description = {"Measure the audit over synthetic runs shaped like real ones, against a bare read of the",
                "same bytes in the same process; prints wall times and the peak RSS (docs/PERFORMANCE.md)."},
        footer = {"", "Example:", "  bin/chaosbench benchmark-audit --runs 20 --items 40886 --rounds 5 --threads 2"})
final class BenchmarkAuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "20", description = "Run folders (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--items", defaultValue = "40886", description = "Predictions per run (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds after one warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", defaultValue = "2", description = "Runs audited at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--dir", paramLabel = "DIR", description = "Keep the corpus in DIR (reused when it exists).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? dir : Files.createTempDirectory("chaosbench-audit-bench");
        if (!Files.isDirectory(work.resolve("runs"))) {
            AuditBenchmark.writeCorpus(work, runs, items, 42);
        }
        AuditBenchmark.Result r = AuditBenchmark.run(work, rounds, threads);
        out.printf("corpus: %d runs x %d predictions, %.1f MB; %d threads, %d rounds; Java %s, %d processors%n",
                r.runs(), r.items(), r.bytes() / 1e6, threads, r.rounds(), Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        out.printf("audit wall (median / best): %.3f s / %.3f s%n", r.auditMedianS(), r.auditMinS());
        out.printf("audit CPU time of the process (median): %.3f s (all threads; / %d cores = %.3f s)%n",
                r.auditCpuMedianS(), threads, r.auditCpuMedianS() / threads);
        out.printf("bare read of the same bytes (median, 1 thread): %.3f s%n", r.bareReadMedianS());
        out.printf("ratio audit/bare: %.2f%n", r.auditMedianS() / r.bareReadMedianS());
        out.printf("peak RSS: %d MB (max heap %d MB)%n", r.peakRssKb() / 1024, Runtime.getRuntime().maxMemory() >> 20);
        if (dir == null) {
            deleteTree(work);
        }
        return 0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
