package org.chaosbench.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.dataset.FingerprintBenchmark;

@Command(name = "benchmark-fingerprint", mixinStandardHelpOptions = true,
        description = {"Measure fingerprint throughput (SHA-256 plus line counting) against the JDK's bare",
                "SHA-256 over the same bytes, in one run; figures go to docs/PERFORMANCE.md."},
        footer = {"", "Example:", "  bin/chaosbench benchmark-fingerprint --size-mb 256 --rounds 7"})
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size-mb", defaultValue = "256", description = "Size of the synthetic JSONL file (default: ${DEFAULT-VALUE}).")
    int sizeMb;

    @Option(names = "--rounds", defaultValue = "7", description = "Timed rounds of each (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--file", paramLabel = "FILE", description = "Measure this file instead of a synthetic one.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = null;
        Path target = file;
        if (target == null) {
            dir = Files.createTempDirectory("chaosbench-bench");
            target = FingerprintBenchmark.writeCorpus(dir, sizeMb);
        }
        try {
            FingerprintBenchmark.Result r = FingerprintBenchmark.run(target, rounds);
            out.printf("bytes: %d (%.1f MB), rounds: %d, Java %s%n", r.bytes(), r.bytes() / 1e6, r.rounds(),
                    Runtime.version());
            out.printf("bare SHA-256 (median):               %8.1f MB/s%n", r.bareMbPerS());
            out.printf("fingerprint (SHA-256 + lines, med.): %8.1f MB/s%n", r.fingerprintMbPerS());
            out.printf("ratio: %.3f%n", r.ratio());
        } finally {
            if (dir != null) {
                Files.deleteIfExists(target);
                Files.deleteIfExists(dir);
            }
        }
        return 0;
    }
}
