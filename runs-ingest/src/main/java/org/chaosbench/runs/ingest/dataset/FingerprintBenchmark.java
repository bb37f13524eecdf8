package org.chaosbench.runs.ingest.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures fingerprint throughput against its limit, the JDK's bare SHA-256 over the same
 * bytes read the same way, in one run so that machine noise affects both alike. Rounds
 * alternate between the two and the medians are compared.
 */
public final class FingerprintBenchmark {

    /** The figures of one benchmark run, in MB/s (10^6 bytes per second). */
    public record Result(long bytes, int rounds, double bareMbPerS, double fingerprintMbPerS) {
        public double ratio() {
            return fingerprintMbPerS / bareMbPerS;
        }
    }

    private FingerprintBenchmark() {
    }

    /** Writes a synthetic JSONL file of about {@code megabytes} MB shaped like dataset items. */
    public static Path writeCorpus(Path dir, int megabytes) {
        Path file = dir.resolve("bench_items.jsonl");
        long target = megabytes * 1_000_000L;
        SplittableRandom rnd = new SplittableRandom(42);
        String[] words = {"Lorenz", "attractor", "chaotic", "Lyapunov", "exponent", "bifurcation", "periodic",
            "map", "system", "the", "is", "does", "regime", "strange", "positive", "Henon", "dissipative"};
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            for (long i = 0; written < target; i++) {
                StringBuilder q = new StringBuilder();
                int n = 8 + rnd.nextInt(30);
                for (int k = 0; k < n; k++) {
                    q.append(k == 0 ? "" : " ").append(words[rnd.nextInt(words.length)]);
                }
                String line = "{\"id\": \"bench_" + i + "\", \"question\": \"" + q + "?\", \"ground_truth\": \""
                        + (rnd.nextBoolean() ? "TRUE" : "FALSE") + "\", \"type\": \"atomic\", \"system_id\": \"lorenz63\", "
                        + "\"template\": \"V2\"}\n";
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Result run(Path file, int rounds) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Warm-up: both paths JIT-compiled and the file in the page cache before timing.
        for (int i = 0; i < 2; i++) {
            bareSha(file);
            FileFingerprint.of(file);
        }
        List<Double> bare = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            String a = bareSha(file);
            long t1 = System.nanoTime();
            String b = FileFingerprint.of(file).sha256();
            long t2 = System.nanoTime();
            if (!a.equals(b)) {
                throw new IllegalStateException("fingerprint and bare SHA-256 disagree");
            }
            bare.add(bytes / 1e6 / ((t1 - t0) / 1e9));
            full.add(bytes / 1e6 / ((t2 - t1) / 1e9));
        }
        return new Result(bytes, rounds, median(bare), median(full));
    }

    /** The reference: the same 1 MiB reads, and nothing but MessageDigest over them. */
    static String bareSha(Path file) {
        MessageDigest sha = FileFingerprint.newSha256();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                sha.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
