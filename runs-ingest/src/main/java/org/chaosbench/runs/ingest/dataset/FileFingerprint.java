package org.chaosbench.runs.ingest.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * SHA-256 of a file's bytes and its number of content lines, computed in one streamed pass.
 *
 * @param sha256 lowercase hex digest of the raw bytes
 * @param lines lines that are not blank after trimming whitespace (FORMATS 2.1)
 * @param bytes file size
 */
public record FileFingerprint(String sha256, long lines, long bytes) {
    /** 1 MiB chunks: large enough that per-call overhead vanishes, small enough for the L2 cache. */
    private static final int CHUNK = 1 << 20;

    /**
     * Line counting runs on its own thread, one chunk behind nothing: while this thread feeds a
     * chunk to SHA-256, the counter reads the same chunk, so the pair costs little more than
     * the digest alone. Daemon threads, so an idle pool never keeps the JVM alive; an idle
     * thread ends after a second (not a cached pool's minute), so an evaluation or an audit
     * inside a long-lived host (Maven, an IDE) leaves no thread behind once it is over
     * (RunnerLoadTest counts them). Files of one dataset follow each other within that second.
     */
    private static final ExecutorService COUNTERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "chaosbench-line-counter");
                t.setDaemon(true);
                return t;
            });

    public static FileFingerprint of(Path file) {
        MessageDigest sha = newSha256();
        ContentLineCounter counter = new ContentLineCounter(file);
        byte[][] buffers = {new byte[CHUNK], new byte[CHUNK]};
        CompletableFuture<Void> counting = CompletableFuture.completedFuture(null);
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int k = 0;; k ^= 1) {
                byte[] buf = buffers[k];
                // The counter finished with this buffer two chunks ago: await() below saw to it.
                int n = in.readNBytes(buf, 0, CHUNK);
                if (n <= 0) {
                    break;
                }
                await(counting);
                if (total == 0 && n < CHUNK) {
                    counter.update(buf, 0, n); // a small file: a thread hand-off would cost more
                } else {
                    counting = CompletableFuture.runAsync(() -> counter.update(buf, 0, n), COUNTERS);
                }
                sha.update(buf, 0, n);
                total += n;
            }
            await(counting);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file, "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + AtomicFiles.describe(e), e);
        } finally {
            counting.join();
        }
        return new FileFingerprint(HexFormat.of().formatHex(sha.digest()), counter.finish(), total);
    }

    private static void await(CompletableFuture<Void> counting) {
        try {
            counting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
