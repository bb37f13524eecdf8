package org.chaosbench.runs.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.chaosbench.runs.cli.Jar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.report.audit.AuditBenchmark;
import org.chaosbench.runs.report.index.Leftovers;

/**
 * Issue 8, load (item 5a): {@code analyze-runs} and {@code site} keep memory flat as the number
 * of runs grows. The shaded jar runs as a child process with a bounded heap and the serial
 * collector logging every collection; once over N runs and once over 10 N runs of the same
 * shape (synthetic corpus of {@link AuditBenchmark}, the generator behind
 * {@code benchmark-audit}). Both must succeed, and the largest live heap (left by full
 * collections forced every two seconds) of the large run must stay within 1.5 times that of
 * the small one (or 2 MB above it, the log's rounding, when the heap is that small) plus
 * {@value #PER_RUN_KB} KB per added run: the per-run state a multi-run report keeps, far
 * below the run's predictions (docs/RELIABILITY.md has the figures).
 *
 * <p>Sizes: {@code chaosbench.load.runs} (N) and {@code chaosbench.load.predictions}: 2 and 20
 * runs of 4,000 predictions in the default build, 20 and 200 runs of 40,886 with
 * {@code -Preliability} (about 3.9 GB, written once and deleted after; skipped with a message
 * when the disk has less free space than that plus 2 GB). The small corpus is hard links to
 * the first N runs of the large one, so the bytes are written once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlatMemoryIT {
    static final int RUNS = Integer.getInteger("chaosbench.load.runs", 2);
    static final int PREDICTIONS = Integer.getInteger("chaosbench.load.predictions", 4_000);
    static final List<String> HEAP = List.of("-Xmx256m", "-XX:+UseSerialGC");
    /** A run of the large corpus may take minutes on a shared machine. */
    static final long TIMEOUT_S = 1800;
    private static final Pattern GC_LINE = Pattern.compile("GC\\(\\d+\\) Pause (Young|Full) \\(([^)]*)\\).* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private Path root;
    private Path small;
    private Path large;
    private long corpusBytes;
    private double writeSeconds;

    /**
     * What the GC log says about one process. {@code peakLiveMb} is the largest heap left by the
     * full collections the test forces every {@value #SAMPLE_MS} ms ({@code jcmd <pid> GC.run}):
     * the live set. The largest heap after any collection is printed too, but it is no measure
     * of memory kept: a young collection of the serial collector counts the old generation,
     * garbage promoted early included, until the next full collection (the first long run
     * showed 12 MB vs 158 MB that way, with no full collection at all).
     */
    record Heap(int collections, int forcedFull, long peakLiveMb, long peakAfterGcMb, long peakCommittedMb) {
        String line() {
            return String.format(Locale.ROOT, "%d collections, %d forced full: peak live heap %d MB; peak heap after "
                    + "any GC %d MB, peak committed %d MB", collections, forcedFull, peakLiveMb, peakAfterGcMb,
                    peakCommittedMb);
        }
    }

    /**
     * Dense enough to catch each phase of a build of a few seconds: at one sample every 2 s a
     * short build was sampled once, during start-up, or by chance in its busiest moment, so the
     * figures compared luck rather than memory (one CI run failed that way).
     */
    static final long SAMPLE_MS = 250;
    /** Live heap allowed per added run (see report()). */
    static final long PER_RUN_KB = 512;

    @BeforeAll
    void writeCorpus() throws IOException {
        long needed = (long) RUNS * 10 * PREDICTIONS * 520L + (2L << 30);
        long free = Files.getFileStore(tmp).getUsableSpace();
        Assumptions.assumeTrue(free >= needed, String.format(Locale.ROOT,
                "FlatMemoryIT needs %,d MB free under %s for %d runs x %,d predictions; only %,d MB are", needed >> 20,
                tmp, RUNS * 10, PREDICTIONS, free >> 20));
        root = Jar.projectWithDataset(tmp.resolve("root"));
        Files.createDirectories(root.resolve("published_results/runs"));
        large = tmp.resolve("large");
        long t0 = System.nanoTime();
        corpusBytes = AuditBenchmark.writeCorpus(large, RUNS * 10, PREDICTIONS, 20261129L);
        writeSeconds = (System.nanoTime() - t0) / 1e9;
        small = tmp.resolve("small");
        List<Path> runs = Jar.runs(large.resolve("runs"));
        for (Path run : runs.subList(0, RUNS)) {
            Path copy = Files.createDirectories(small.resolve("runs").resolve(run.getFileName()));
            try (Stream<Path> files = Files.list(run)) {
                for (Path f : files.toList()) {
                    Files.createLink(copy.resolve(f.getFileName()), f);
                }
            }
        }
        System.out.printf(Locale.ROOT, "[load-memory] corpus: %d runs x %,d predictions, %,d MB of predictions, "
                + "written in %.1f s%n", RUNS * 10, PREDICTIONS, corpusBytes >> 20, writeSeconds);
    }

    @AfterAll
    void deleteCorpus() throws IOException {
        // @TempDir would too, but only after every class of the fork: gigabytes should not wait.
        if (large != null) {
            Leftovers.deleteTree(large);
        }
    }

    @Test
    void analyzeRunsMemoryStaysFlatFromNToTenNRuns() throws Exception {
        Heap s = measure("analyze-runs", small, RUNS);
        Heap l = measure("analyze-runs", large, RUNS * 10);
        report("analyze-runs", s, l);
    }

    @Test
    void siteMemoryStaysFlatFromNToTenNRuns() throws Exception {
        Heap s = measure("site", small, RUNS);
        Heap l = measure("site", large, RUNS * 10);
        report("site", s, l);
    }

    private void report(String command, Heap s, Heap l) {
        double ratio = (double) l.peakLiveMb() / Math.max(1, s.peakLiveMb());
        int added = RUNS * 9;
        double perRunKb = (l.peakLiveMb() - s.peakLiveMb()) * 1024.0 / added;
        System.out.printf(Locale.ROOT, "[load-memory] %s, %d runs: %s%n", command, RUNS, s.line());
        System.out.printf(Locale.ROOT, "[load-memory] %s, %d runs: %s; ratio %.2f, %.0f KB per added run%n", command,
                RUNS * 10, l.line(), ratio, perRunKb);
        assertThat(s.forcedFull()).as("forced full collections in the small run (otherwise nothing to compare)")
                .isPositive();
        // The GC log rounds to whole megabytes, so a live set of a few MB gets 2 MB of slack for
        // rounding. On top, PER_RUN_KB for each added run: the audit and the site keep each run's
        // tallies (and a per-item outcome vector for the pairwise tests) until the report is
        // written, about 0.1 MB per run at 40,886 items, which no streaming can avoid; records
        // kept in memory would cost far more (a run's predictions are about 21 MB).
        long limit = Math.max(Math.round(1.5 * s.peakLiveMb()), s.peakLiveMb() + 2) + added * PER_RUN_KB / 1024;
        assertThat(l.peakLiveMb()).as("%s peak live heap over %d runs vs %d runs", command, RUNS * 10, RUNS)
                .isLessThanOrEqualTo(limit);
    }

    private Heap measure(String command, Path corpus, int runs) throws Exception {
        Path logs = tmp.resolve("logs");
        Files.createDirectories(logs);
        String name = command + "-" + runs;
        Path gcLog = logs.resolve(name + ".gc.log");
        Path out = tmp.resolve("out").resolve(name);
        List<String> args = command.equals("site")
                ? List.of("site", "--root", root.toString(), "--published-dir", root.resolve("published_results/runs").toString(),
                        "--runs-dir", corpus.resolve("runs").toString(), "--out", out.toString())
                : List.of("analyze-runs", "--root", root.toString(), "--runs-dir", corpus.resolve("runs").toString(),
                        "--published-dir", root.resolve("published_results/runs").toString(), "--out-dir", out.toString(),
                        "--paper-assets-dir", out.resolve("paper").toString());
        List<String> jvm = new ArrayList<>(HEAP);
        // A young generation of 16 MB makes the collector run often enough for a small run to
        // show its live heap too.
        jvm.add("-Xmn16m");
        jvm.add("-Xlog:gc:file=" + gcLog);
        long t0 = System.nanoTime();
        Jar p = Jar.start(null, logs, name, Map.of(), jvm, args);
        Thread sampler = new Thread(() -> forceFullCollections(p.process), "gc-sampler");
        sampler.start();
        int code = p.waitFor(TIMEOUT_S);
        sampler.join();
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(code).as("%s over %d runs: %s", command, runs, p.output()).isZero();
        assertThat(p.err()).doesNotContain("OutOfMemoryError");
        if (command.equals("site")) {
            assertThat(out.resolve("index.html")).isRegularFile();
        } else {
            JsonNode audit = JSON.readTree(out.resolve("audit.json").toFile());
            assertThat(audit.toString()).as("audit.json names the last run")
                    .contains(Jar.runs(corpus.resolve("runs")).get(runs - 1).getFileName().toString());
        }
        Heap heap = parse(gcLog);
        System.out.printf(Locale.ROOT, "[load-memory] %s over %d runs: exit 0, %.1f s%n", command, runs, seconds);
        Leftovers.deleteTree(out);
        return heap;
    }

    /**
     * A full collection every {@value #SAMPLE_MS} ms while the process lives, through the JDK's
     * own diagnostic command (attach API): the heap it leaves is the live set at that moment.
     * An attach that fails (the JVM still starting, or already ending) is just a missed sample.
     */
    private static void forceFullCollections(Process process) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Thread.sleep(300);
            while (process.isAlive()) {
                Process j = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!j.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    j.destroyForcibly();
                }
                Thread.sleep(SAMPLE_MS);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Heap parse(Path gcLog) throws IOException {
        int collections = 0;
        int forced = 0;
        long peakLive = 0;
        long peakAfter = 0;
        long peakCommitted = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                collections++;
                long after = Long.parseLong(m.group(4));
                if (m.group(1).equals("Full") && (m.group(2).startsWith("Diagnostic Command") || m.group(2).startsWith("System.gc"))) {
                    forced++;
                    peakLive = Math.max(peakLive, after);
                }
                peakAfter = Math.max(peakAfter, after);
                peakCommitted = Math.max(peakCommitted, Long.parseLong(m.group(5)));
            }
        }
        return new Heap(collections, forced, peakLive, peakAfter, peakCommitted);
    }
}
