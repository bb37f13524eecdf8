package org.chaosbench.runs.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs the seeded cases of one subject: case {@code c} draws its seed file and its random
 * choices from {@code Random(mix(seed, subject, c))}, and the mutation kinds take turns, so
 * every kind gets its share and any case can be replayed from (seed, subject, case number).
 */
final class Campaign {
    /** The figures of one subject's run. */
    record Tally(String subject, long seed, int cases, Map<MutationKind, Integer> perKind,
            Map<MutationKind, Long> millisPerKind, int accepted, int rejected, List<String> failures, long millis) {

        String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("fuzz %-18s seed=%d cases=%d accepted=%d refused=%d failures=%d time=%.1fs |",
                    subject, seed, cases, accepted, rejected, failures.size(), millis / 1000.0));
            perKind.forEach((k, n) -> sb.append(' ').append(k.label()).append('=').append(n));
            sb.append(" | ms:");
            millisPerKind.forEach((k, n) -> sb.append(' ').append(k.label()).append('=').append(n));
            return sb.toString();
        }
    }

    private Campaign() {
    }

    static Tally run(Subject subject, long seed, int cases, List<MutationKind> kinds, Path work, long timeoutMillis,
            Path failureDir) throws Exception {
        long started = System.nanoTime();
        List<Subject.Seed> seeds = subject.seeds();
        if (seeds.isEmpty()) {
            throw new IllegalStateException("no seed file for " + subject.name());
        }
        List<Path> targets = new ArrayList<>();
        List<Outcome> originals = new ArrayList<>();
        Map<MutationKind, Integer> perKind = new EnumMap<>(MutationKind.class);
        Map<MutationKind, Long> millisPerKind = new EnumMap<>(MutationKind.class);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        int rejected = 0;
        try (CaseRunner runner = new CaseRunner(timeoutMillis)) {
            for (int k = 0; k < seeds.size(); k++) {
                Subject.Seed s = seeds.get(k);
                Path dir = Files.createDirectories(work.resolve("seed" + k));
                Path target = subject.prepare(dir, s);
                targets.add(target);
                Files.write(target, s.bytes());
                Outcome original = runner.run(() -> CaseRunner.read(() -> subject.read(dir, target)),
                        new Outcome.TimedOut(timeoutMillis));
                if (!(original instanceof Outcome.Accepted)) {
                    // The unmutated real file must read cleanly, or the oracle has nothing to stand on.
                    failures.add("seed " + s.label() + " itself: " + original.describe());
                }
                originals.add(original);
            }
            for (int c = 0; c < cases; c++) {
                long caseStart = System.nanoTime();
                Random rnd = new Random(mix(seed, subject.name(), c));
                int k = rnd.nextInt(seeds.size());
                Subject.Seed s = seeds.get(k);
                MutationKind kind = kinds.get(c % kinds.size());
                perKind.merge(kind, 1, Integer::sum);
                Path dir = work.resolve("seed" + k);
                Path target = targets.get(k);
                Outcome original = originals.get(k);
                Mutator.Mutant[] mutant = new Mutator.Mutant[1];
                Outcome[] outcome = new Outcome[1];
                List<String> problems = runner.run(() -> {
                    mutant[0] = Mutator.mutate(kind, s.bytes(), rnd);
                    outcome[0] = readBytes(subject, dir, target, mutant[0].bytes());
                    return Judge.judge(subject, s.format(), kind, mutant[0].bytes(), target, outcome[0], original,
                            twin -> readBytes(subject, dir, target, twin));
                }, List.of("no answer within " + timeoutMillis + " ms (hang)"));
                if (outcome[0] instanceof Outcome.Accepted) {
                    accepted++;
                } else if (outcome[0] instanceof Outcome.Rejected) {
                    rejected++;
                }
                if (!problems.isEmpty()) {
                    String id = subject.name() + "-" + seed + "-" + c;
                    Mutator.Mutant m = mutant[0] != null ? mutant[0] : new Mutator.Mutant(new byte[0], "(not built)");
                    failures.add("case " + c + " [" + subject.name() + "] seed file " + s.label() + ", " + kind.label()
                            + " (" + m.description() + "): " + String.join("; ", problems) + " -> " + save(failureDir, id, m));
                }
                millisPerKind.merge(kind, (System.nanoTime() - caseStart) / 1_000_000, Long::sum);
            }
        }
        return new Tally(subject.name(), seed, cases, perKind, millisPerKind, accepted, rejected, failures,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Outcome readBytes(Subject subject, Path dir, Path target, byte[] bytes) {
        try {
            // A fresh file rather than a truncated one: cheaper on every file system.
            Files.deleteIfExists(target);
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Outcome o = CaseRunner.read(() -> subject.read(dir, target));
        String after;
        try {
            after = subject.afterRead(dir, o instanceof Outcome.Accepted);
        } catch (Exception e) {
            after = "afterRead failed: " + e;
        }
        return after == null ? o : new Outcome.Crashed(new AssertionError(after));
    }

    static long mix(long seed, String subject, int c) {
        long h = seed * 0x9E3779B97F4A7C15L + subject.hashCode() * 0xBF58476D1CE4E5B9L + c;
        h ^= h >>> 31;
        return h * 0x94D049BB133111EBL;
    }

    private static String save(Path dir, String id, Mutator.Mutant m) {
        try {
            Files.createDirectories(dir);
            Path p = dir.resolve(id + ".bin");
            Files.write(p, m.bytes().length > 4_000_000 ? java.util.Arrays.copyOf(m.bytes(), 4_000_000) : m.bytes());
            return p.toString();
        } catch (IOException e) {
            return "(not saved: " + e + ")";
        }
    }
}
