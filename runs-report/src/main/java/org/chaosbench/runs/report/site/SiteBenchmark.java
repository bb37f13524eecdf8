package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.compat.PyJson;

/**
 * The site's speed target (issue 6): N synthetic published runs render the full site, then
 * one added run is rebuilt, rewriting only the pages that changed. Runs are shaped like the
 * published ones (manifest, metrics with eleven families, summary, receipt) and spread over
 * four boards, two fingerprints by two item counts.
 */
public final class SiteBenchmark {
    private static final String[] SHAS = {"cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279",
            "00ec17e31193aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"};
    private static final long[] SIZES = {40886, 1000};
    private static final String[] FAMILIES = {"adversarial_misleading", "adversarial_nearmiss", "atomic",
            "consistency_paraphrase", "cross_indicator", "extended_systems", "fol_inference", "indicator_diagnostic",
            "multi_hop", "perturbation", "regime_transition"};

    private SiteBenchmark() {
    }

    /** Timings in milliseconds and what each build wrote. */
    public record Result(int runs, long fullMs, SiteResult full, long unchangedMs, SiteResult unchanged, long addedMs,
            SiteResult added, long[] cpuMs, double loadAverage) {

        public List<String> lines() {
            List<String> lines = new ArrayList<>(List.of("runs: " + runs + ", boards: " + full.boards().size() + ", cores: "
                    + Runtime.getRuntime().availableProcessors() + ", Java " + Runtime.version()
                    + ", load average at start: " + loadAverage,
                    "full build:           " + fullMs + " ms wall, " + cpuMs[0] + " ms CPU, " + full.written()
                            + " files written",
                    "rebuild, no change:   " + unchangedMs + " ms wall, " + cpuMs[1] + " ms CPU, " + unchanged.written()
                            + " files written, " + unchanged.unchanged() + " unchanged",
                    "rebuild, one added:   " + addedMs + " ms wall, " + cpuMs[2] + " ms CPU, " + added.written()
                            + " files written: "
                            + String.join(" ", added.writtenFiles())));
            full.charts().forEach(c -> lines.add("full build, charts, " + c.line()));
            added.charts().forEach(c -> lines.add("rebuild, one added, charts, " + c.line()));
            return lines;
        }
    }

    /** Runs the benchmark in {@code workDir} (a temporary folder, removed after, when null). */
    public static Result run(int runs, Path workDir) {
        try {
            Path dir = workDir != null ? workDir : Files.createTempDirectory("chaosbench-site-bench");
            try {
                Path published = dir.resolve("published");
                Path root = dir.resolve("root");
                Files.createDirectories(root);
                for (int i = 0; i < runs; i++) {
                    writeRun(published, i);
                }
                SiteOptions options = new SiteOptions(root, published, null, dir.resolve("site"), null);
                double load = os().getSystemLoadAverage();
                long[] cpu = new long[3];
                long c0 = cpu();
                long t0 = System.nanoTime();
                SiteResult full = SiteBuilder.build(options);
                long t1 = System.nanoTime();
                long c1 = cpu();
                SiteResult unchanged = SiteBuilder.build(options);
                long t2 = System.nanoTime();
                long c2 = cpu();
                writeRun(published, runs);
                long c3 = cpu();
                long t3 = System.nanoTime();
                SiteResult added = SiteBuilder.build(options);
                long t4 = System.nanoTime();
                long c4 = cpu();
                cpu[0] = (c1 - c0) / 1_000_000;
                cpu[1] = (c2 - c1) / 1_000_000;
                cpu[2] = (c4 - c3) / 1_000_000;
                return new Result(runs, (t1 - t0) / 1_000_000, full, (t2 - t1) / 1_000_000, unchanged,
                        (t4 - t3) / 1_000_000, added, cpu, load);
            } finally {
                if (workDir == null) {
                    delete(dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Run i: its board is i mod 4; accuracy and date vary with i so that ranks and days spread. */
    static void writeRun(Path published, int i) throws IOException {
        String sha = SHAS[i % 2];
        long total = SIZES[(i / 2) % 2];
        String model = "model-" + (i % 97) + ":" + (7 + i % 5) + "b";
        String runId = String.format("2026%02d%02dT%02d%02d%02dZ_bench_%s_%d", 1 + i % 12, 1 + i % 28, i % 24,
                i % 60, i % 60, model, i);
        Path dir = published.resolve(runId.replace(':', '_'));
        Files.createDirectories(dir);
        long correct = total / 2 + (long) (total * 0.4 * ((i * 7919L) % 1000) / 1000.0);
        double acc = (double) correct / total;
        String created = runId.substring(0, 4) + "-" + runId.substring(4, 6) + "-" + runId.substring(6, 8)
                + "T12:00:00+00:00";
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("coverage", 1.0);
        summary.put("accuracy_valid", acc);
        summary.put("effective_accuracy", acc);
        summary.put("balanced_accuracy", acc);
        summary.put("mcc", 2 * acc - 1);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("run_id", runId);
        manifest.put("created_utc", created);
        manifest.put("provider", "bench/" + model);
        manifest.put("prompt_version", "v1");
        manifest.put("prompt_hash", "5881f664c444e3d3");
        manifest.put("dataset_global_sha256", sha);
        manifest.put("canonical_selector", "data/canonical_v2_files.json");
        manifest.put("total_items_evaluated", total);
        manifest.put("max_items", null);
        manifest.put("seed", 42L);
        manifest.put("workers", 4L);
        manifest.put("git_commit", "5115322");
        manifest.put("metrics_summary", summary);
        Files.writeString(dir.resolve("run_manifest.json"), PyJson.pretty(manifest));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("total", total);
        metrics.put("valid", total);
        metrics.put("invalid", 0L);
        metrics.put("correct", correct);
        metrics.putAll(summary);
        Map<String, Object> families = new LinkedHashMap<>();
        StringBuilder md = new StringBuilder("# Evaluation Summary: " + runId + "\n\n**Provider:** bench/" + model
                + "\n\n## Per-Family Accuracy\n\n| Family | Total | Coverage | Accuracy |\n|--------|-------|----------|----------|\n");
        for (int f = 0; f < FAMILIES.length; f++) {
            long n = total / FAMILIES.length;
            long c = Math.min(n, n / 2 + (n * ((i + f * 31L) % 50)) / 100);
            Map<String, Object> fam = new LinkedHashMap<>();
            fam.put("total", n);
            fam.put("valid", n);
            fam.put("correct", c);
            fam.put("coverage", 1.0);
            fam.put("accuracy_valid", (double) c / n);
            families.put(FAMILIES[f], fam);
            md.append("| ").append(FAMILIES[f]).append(" | ").append(n).append(" | 1.000 | ")
                    .append(String.format("%.3f", (double) c / n)).append(" |\n");
        }
        metrics.put("per_family", families);
        Files.writeString(dir.resolve("metrics.json"), PyJson.pretty(metrics));
        Files.writeString(dir.resolve("summary.md"), md.toString());
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("published_utc", created);
        receipt.put("run_id", runId);
        Files.writeString(dir.resolve("publish_receipt.json"), PyJson.pretty(receipt));
    }

    private static java.lang.management.OperatingSystemMXBean os() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    }

    /** CPU time of the whole process (all threads), where the JVM reports it; -1 otherwise. */
    private static long cpu() {
        return os() instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : -1;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static List<String> familyNames() {
        return new ArrayList<>(List.of(FAMILIES));
    }
}
