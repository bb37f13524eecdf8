package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chaosbench.runs.eval.provider.ApiKeys;

/**
 * Measures runner throughput with the mock provider: the whole eval operation (plan, calls,
 * checkpoint, final files) repeated in one JVM, so the JIT has warmed up after the first
 * rounds, as JMH would do. Each round writes a fresh run folder.
 */
public final class EvalBenchmark {

    /** Items per second of each round, in order. */
    public record Result(int items, List<Double> itemsPerSecond) {
        public double medianOfWarmRounds(int warmup) {
            List<Double> warm = new ArrayList<>(itemsPerSecond.subList(Math.min(warmup, itemsPerSecond.size() - 1),
                    itemsPerSecond.size()));
            warm.sort(null);
            return warm.get(warm.size() / 2);
        }
    }

    private EvalBenchmark() {
    }

    public static Result run(Path root, int rounds) {
        Path out;
        try {
            out = Files.createTempDirectory("chaosbench-eval-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Double> rates = new ArrayList<>();
        int items = 0;
        try {
            for (int i = 0; i < rounds; i++) {
                EvalOptions o = new EvalOptions();
                o.provider = "mock";
                Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L + i), ZoneOffset.UTC);
                long t0 = System.nanoTime();
                EvalRun.Result r = Evaluations.evaluate(root, out, o, null, ApiKeys.none(), EvalProgress.NONE, clock);
                long t1 = System.nanoTime();
                items = r.metrics() == null ? 0 : (int) r.metrics().total();
                rates.add(items / ((t1 - t0) / 1e9));
            }
        } finally {
            deleteTree(out);
        }
        return new Result(items, rates);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
