package org.chaosbench.runs.report.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.run.MetricsRecomputer;

/**
 * Measures the audit over a synthetic corpus shaped like real runs (rows of about 470 bytes as
 * the original runner writes them, 11 families, some invalid answers), against the bare cost
 * of reading the same bytes measured in the same process.
 */
public final class AuditBenchmark {
    /** One measurement. */
    public record Result(int runs, int items, long bytes, int rounds, double auditMedianS, double auditMinS,
            double auditCpuMedianS, double bareReadMedianS, long peakRssKb) {
    }

    private static final String[] FAMILIES = {"atomic", "multi_hop", "fol_inference", "consistency_paraphrase",
        "perturbation", "adversarial_misleading", "adversarial_nearmiss", "indicator_diagnostic",
        "regime_transition", "cross_indicator", "extended_systems"};

    private AuditBenchmark() {
    }

    /** Writes {@code runs} run folders of {@code items} predictions each under dir/runs; returns total bytes. */
    public static long writeCorpus(Path dir, int runs, int items, long seed) {
        long bytes = 0;
        for (int r = 0; r < runs; r++) {
            Path run = dir.resolve("runs").resolve(String.format(Locale.ROOT, "20260301T%06dZ_ollama_model-%02d", r, r));
            bytes += writeRun(run, r, items, new SplittableRandom(seed + r));
        }
        return bytes;
    }

    private static long writeRun(Path run, int index, int items, SplittableRandom random) {
        try {
            Files.createDirectories(run);
            Path predictions = run.resolve("predictions.jsonl");
            double skill = 0.55 + 0.02 * index;
            try (BufferedWriter w = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
                for (int i = 0; i < items; i++) {
                    String gt = random.nextBoolean() ? "TRUE" : "FALSE";
                    boolean invalid = random.nextInt(100) == 0;
                    boolean right = !invalid && random.nextDouble() < skill;
                    String pred = invalid ? null : right ? gt : gt.equals("TRUE") ? "FALSE" : "TRUE";
                    String outcome = invalid ? "INVALID" : "VALID_" + pred;
                    w.write(String.format(Locale.ROOT, "{\"id\": \"item_%06d\", \"question\": \"The property chaotic is "
                            + "defined as: it exhibits sensitive dependence on initial conditions, has a positive largest "
                            + "Lyapunov exponent, and is deterministic. Does system %d possess this property?\", "
                            + "\"ground_truth\": \"%s\", \"pred_text\": \"%s\", \"parsed_label\": %s, \"outcome\": \"%s\", "
                            + "\"correct\": %s, \"latency_s\": %s, \"task_family\": \"%s\", \"split\": null, "
                            + "\"retry_pred_text\": null, \"retry_outcome\": null, \"meta\": {\"parse_reason\": "
                            + "\"final line token\", \"parse_confidence\": 0.9}}\n", i, i % 997, gt,
                            invalid ? "It depends on the regime." : pred, pred == null ? "null" : "\"" + pred + "\"", outcome,
                            right, Double.toString(0.5 + random.nextDouble() * 5), FAMILIES[i % FAMILIES.length]));
                }
            }
            Files.writeString(run.resolve("run_manifest.json"), String.format(Locale.ROOT, """
                    {
                      "run_id": "%s",
                      "provider": "ollama/model-%02d",
                      "prompt_hash": "5881f664c444e3d3",
                      "dataset_global_sha256": "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279",
                      "canonical_selector": "data/canonical_v2_files.json",
                      "total_items_evaluated": %d,
                      "max_items": null,
                      "workers": 4,
                      "retries": 1,
                      "git_commit": "abc1234"
                    }""", run.getFileName(), index, items));
            MetricsRecomputer.recompute(run, run);
            return Files.size(predictions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Audits dir/runs {@code rounds} times (after one warm-up) with {@code threads} workers. */
    public static Result run(Path dir, int rounds, int threads) {
        Path runs = dir.resolve("runs");
        List<Path> files = predictionFiles(runs);
        long bytes = files.stream().mapToLong(AuditBenchmark::size).sum();
        AuditRequest request = new AuditRequest(dir, runs, null, dir.resolve("out"), dir.resolve("paper"), null,
                List.of(), List.of(), BiasThresholds.DEFAULTS, FailOn.NONE, null, threads);
        AuditResult warm = AuditJob.run(request, Clock.systemUTC());
        int runCount = warm.report().runs().size();
        int items = runCount == 0 ? 0 : warm.report().runs().get(0).totalItems().intValue();
        double[] audit = new double[rounds];
        double[] cpu = new double[rounds];
        double[] bare = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            bareRead(files);
            long t1 = System.nanoTime();
            long c1 = processCpuNanos();
            AuditJob.run(request, Clock.systemUTC());
            long t2 = System.nanoTime();
            cpu[i] = (processCpuNanos() - c1) / 1e9;
            bare[i] = (t1 - t0) / 1e9;
            audit[i] = (t2 - t1) / 1e9;
        }
        return new Result(runCount, items, bytes, rounds, median(audit), Arrays.stream(audit).min().orElse(0),
                median(cpu), median(bare), peakRssKb());
    }

    /** The floor: reading every byte once into a buffer, single-threaded, nothing else. */
    private static long bareRead(List<Path> files) {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (int n; (n = in.read(buffer)) > 0;) {
                    total += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private static List<Path> predictionFiles(Path runs) {
        try (var walk = Files.walk(runs)) {
            return new ArrayList<>(walk.filter(p -> p.getFileName().toString().equals("predictions.jsonl")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }

    /** CPU time of the whole process (all threads, GC included): steadier than wall time on a shared machine. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** VmHWM of this process (Linux), or -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
