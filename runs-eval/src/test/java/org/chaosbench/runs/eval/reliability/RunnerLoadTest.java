package org.chaosbench.runs.eval.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;

/**
 * Issue 8, load (item 5b): the runner against a loopback chat-completions server, many workers,
 * many items, through the library entry point both front ends use ({@link Evaluations}). Every
 * item must come back exactly once, the metrics must count all of them, and the process must
 * end with the threads and file descriptors it had before the run.
 *
 * <p>Sizes come from {@code chaosbench.load.items} and {@code chaosbench.load.workers}: a slice
 * (5,000 items, 16 workers) in the default build, 100,000 items at 64 workers with
 * {@code -Preliability}. One item in fifty is answered with text the parser cannot read, so
 * reprompts and INVALID records are part of the load.
 */
class RunnerLoadTest {
    private static final int ITEMS = Integer.getInteger("chaosbench.load.items", 5_000);
    private static final int WORKERS = Integer.getInteger("chaosbench.load.workers", 16);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unidentified = new AtomicInteger();

    private ChatApi.Action serve(ChatApi.Call call) {
        requests.incrementAndGet();
        String id = call.itemId();
        if (id == null) {
            unidentified.incrementAndGet();
            return ChatApi.json(400, "{\"error\": \"unexpected request\"}");
        }
        if (!call.isReprompt() && Math.floorMod(id.hashCode(), 50) == 0) {
            return ChatApi.answer("I cannot tell.", 40, 4);
        }
        return ChatApi.answer(answerFor(id), 40, 1);
    }

    private static String answerFor(String id) {
        return (id.hashCode() & 1) == 0 ? "TRUE" : "FALSE";
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void everyItemOnceAndNoThreadOrFileDescriptorLeftBehind() throws Exception {
        Path root = Roots.withGeneratedItems(tmp.resolve("root"), "load.jsonl", "ld", ITEMS);
        Roots.withGeneratedItems(tmp.resolve("warm"), "warm.jsonl", "wm", 200);

        // A warm-up run starts whatever the JDK keeps for good (HTTP client selector, common
        // pool, cleaner), so the baseline is the process as a second run finds it.
        try (ChatApi warm = new ChatApi(this::serve)) {
            EvalRun.Result w = evaluate(tmp.resolve("warm"), warm, "data/warm.jsonl");
            assertThat(w.status()).isEqualTo(EvalRun.Status.COMPLETE);
        }
        requests.set(0);
        int baseThreads = settledThreads(Integer.MAX_VALUE);
        int baseFds = settledFds(Integer.MAX_VALUE);
        Set<String> baseThreadNames = threadNames();

        long started = System.nanoTime();
        int peakThreads;
        EvalRun.Result r;
        try (ChatApi api = new ChatApi(this::serve)) {
            ThreadPeak peak = new ThreadPeak();
            peak.start();
            try {
                r = evaluate(root, api, "data/load.jsonl");
            } finally {
                peakThreads = peak.stopAndGet();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int afterThreads = settledThreads(baseThreads);
        int afterFds = settledFds(baseFds);

        // Exactly one record per item, nothing else.
        assertThat(unidentified.get()).as("requests the server could not attribute to an item").isZero();
        assertThat(r.status()).isEqualTo(EvalRun.Status.COMPLETE);
        assertThat(r.evaluated()).isEqualTo(ITEMS);
        List<PredictionRecord> records = PredictionsFile.read(r.runDir().resolve("predictions.jsonl"));
        assertThat(records).hasSize(ITEMS);
        // Plain set arithmetic: AssertJ's contains() on a collection is linear, 10^10 steps here.
        Set<String> ids = new HashSet<>();
        List<String> doubled = records.stream().map(PredictionRecord::id).filter(id -> !ids.add(id)).toList();
        assertThat(doubled).as("ids written more than once").isEmpty();
        List<String> missing = java.util.stream.IntStream.range(0, ITEMS).mapToObj(i -> Roots.id("ld", i))
                .filter(id -> !ids.contains(id)).toList();
        assertThat(missing).as("items missing from predictions.jsonl").isEmpty();
        long invalid = records.stream().filter(rec -> PredictionRecord.INVALID.equals(rec.outcome())).count();
        long expectedInvalid = ids.stream().filter(id -> Math.floorMod(id.hashCode(), 50) == 0).count();
        assertThat(invalid).as("items answered with unreadable text twice").isZero();
        assertThat(records.stream().filter(rec -> !rec.predText().equals(answerFor(rec.id())))).isEmpty();
        assertThat(requests.get()).as("one request per item plus one reprompt per unreadable answer")
                .isEqualTo(ITEMS + (int) expectedInvalid);
        JsonNode metrics = JSON.readTree(r.runDir().resolve("metrics.json").toFile());
        assertThat(metrics.path("total").asLong()).as("metrics.json total").isEqualTo(ITEMS);
        assertThat(metrics.path("valid").asLong()).as("metrics.json valid").isEqualTo(ITEMS);
        assertThat(r.metrics().total()).isEqualTo(ITEMS);
        assertThat(r.runDir().resolve(".eval_checkpoint.jsonl")).doesNotExist();

        System.out.printf("[load-runner] %,d items, %d workers, %,d requests (%,d reprompts), %.1f s (%.0f items/s); "
                + "threads %d before, %d at peak, %d after; file descriptors %d before, %d after%n", ITEMS, WORKERS,
                requests.get(), expectedInvalid, seconds, ITEMS / seconds, baseThreads, peakThreads, afterThreads,
                baseFds, afterFds);

        // Nothing left behind.
        assertThat(afterThreads).as("live threads after the run (new: %s)", newThreads(baseThreadNames))
                .isLessThanOrEqualTo(baseThreads);
        assertThat(afterFds).as("open file descriptors after the run: %s", fdTargets()).isLessThanOrEqualTo(baseFds);
    }

    private EvalRun.Result evaluate(Path root, ChatApi api, String dataset) {
        EvalOptions o = new EvalOptions();
        o.provider = "openai-compatible";
        o.model = "m";
        o.baseUrl = api.baseUrl();
        o.dataset = dataset;
        o.workers = WORKERS;
        o.requestTimeoutS = 60.0;
        o.maxAttempts = 3;
        return Evaluations.evaluate(root, Path.of("runs"), o, null, ApiKeys.none(), EvalProgress.NONE,
                Clock.systemUTC());
    }

    /** The live thread count once it is no higher than {@code target}, or after 20 s of waiting. */
    private static int settledThreads(int target) throws InterruptedException {
        return settle(target, () -> ManagementFactory.getThreadMXBean().getThreadCount());
    }

    private static int settledFds(int target) throws InterruptedException {
        return settle(target, RunnerLoadTest::fdCount);
    }

    /**
     * Worker threads and sockets are released asynchronously (pool shutdown, HTTP connections
     * closed by the client's selector, unreachable channels cleaned up after a GC), so the
     * count is read until it settles.
     */
    private static int settle(int target, java.util.function.IntSupplier count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int last = count.getAsInt();
        int stable = 0;
        while (System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(200);
            int now = count.getAsInt();
            stable = now == last ? stable + 1 : 0;
            last = now;
            if (now <= target && (target != Integer.MAX_VALUE || stable >= 5)) {
                return now;
            }
        }
        return last;
    }

    private static int fdCount() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fdTargets() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            TreeMap<String, Integer> kinds = new TreeMap<>();
            fds.forEach(fd -> {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    target = "?";
                }
                kinds.merge(target.replaceAll("\\[\\d+]", "[]"), 1, Integer::sum);
            });
            return kinds.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).collect(Collectors.toSet());
    }

    private static List<String> newThreads(Set<String> before) {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> !before.contains(n))
                .sorted().toList();
    }

    /** Samples the live thread count while the run goes, for the report. */
    private static final class ThreadPeak extends Thread {
        private volatile boolean running = true;
        private int peak;

        ThreadPeak() {
            super("load-thread-peak");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, ManagementFactory.getThreadMXBean().getThreadCount());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        int stopAndGet() throws InterruptedException {
            running = false;
            interrupt();
            join();
            return peak;
        }
    }
}
