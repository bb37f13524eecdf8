package org.chaosbench.runs.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;

/**
 * Seeded mutation fuzzing of every reader (issue 8, item 1). The default build runs a slice
 * ({@value #DEFAULT_CASES} cases per reader); the {@code reliability} profile of runs-ingest
 * runs 10,000 per reader. System properties: {@code chaosbench.fuzz.seed},
 * {@code chaosbench.fuzz.cases} (per reader), {@code chaosbench.fuzz.subject} and
 * {@code chaosbench.fuzz.kinds} (comma-separated names, to replay a subset; a case keeps its
 * number only with all kinds), {@code chaosbench.fuzz.timeoutMs} (per case),
 * {@code chaosbench.fuzz.parallel} (readers fuzzed at once). Each reader prints one summary line;
 * a failing case is saved under target/fuzz-failures and named with its case number.
 */
class ReaderFuzzTest {
    static final int DEFAULT_CASES = 96;
    static final long DEFAULT_SEED = 20261129L;

    @TempDir(factory = MemoryTempDir.class)
    Path work;

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesSeededMutations() {
        long seed = Long.getLong("chaosbench.fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("chaosbench.fuzz.cases", DEFAULT_CASES);
        long timeout = Long.getLong("chaosbench.fuzz.timeoutMs", 120_000L);
        String only = System.getProperty("chaosbench.fuzz.subject", "");
        String kindList = System.getProperty("chaosbench.fuzz.kinds", "");
        List<MutationKind> kinds = Stream.of(MutationKind.values())
                .filter(k -> kindList.isEmpty() || List.of(kindList.split(",")).contains(k.label())).toList();
        Seeds seeds = new Seeds();
        Path failures = ReferenceData.projectRoot().resolve("runs-ingest/target/fuzz-failures");
        System.out.println("fuzz seeds from " + seeds.source() + "; seed=" + seed + ", cases per reader=" + cases);
        List<Subject> subjects = Subjects.all(seeds).stream()
                .filter(s -> only.isEmpty() || List.of(only.split(",")).contains(s.name())).toList();
        assertThat(subjects).as("readers matching chaosbench.fuzz.subject=" + only).isNotEmpty();
        // Readers are fuzzed side by side (chaosbench.fuzz.parallel, default: one per processor);
        // each dynamic test waits for its own reader's campaign.
        int parallel = Integer.getInteger("chaosbench.fuzz.parallel", Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), r -> {
            Thread t = new Thread(r, "fuzz-campaign");
            t.setDaemon(true);
            return t;
        });
        List<Future<Campaign.Tally>> tallies = subjects.stream().map(s -> pool.submit(() -> {
            Path dir = Files.createDirectories(work.resolve(s.name()));
            Campaign.Tally t = Campaign.run(s, seed, cases, kinds, dir, timeout, failures);
            System.out.println(t.summary());
            return t;
        })).toList();
        pool.shutdown();
        return java.util.stream.IntStream.range(0, subjects.size()).mapToObj(i -> DynamicTest.dynamicTest(
                subjects.get(i).name(), () -> {
                    Campaign.Tally t = tallies.get(i).get();
                    assertThat(t.perKind()).as("every mutation kind ran").hasSize(Math.min(cases, kinds.size()));
                    assertThat(t.failures()).as(t.subject() + ": failing cases (" + t.failures().size() + ")")
                            .isEmpty();
                }));
    }
}
