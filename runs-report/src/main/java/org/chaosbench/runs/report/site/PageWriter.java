package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * Writes the files of the site, each atomically, but only when its content changed: the
 * new bytes are compared with the file on disk first. Pages carry no
 * build time, so a rebuild after adding one run rewrites only the pages that show it
 * (its own page, its board, the index, the changelog) and leaves every other file, and its
 * modification time, untouched. Thread-safe: pages are rendered in parallel.
 *
 * <p>Writes run on a pool of I/O threads: each atomic write ends with an fsync, which costs
 * milliseconds of waiting and almost no CPU, so thousands of them one after the other would
 * dominate a build (about 9 ms each on the development machine, against under 1 ms each with
 * sixteen in flight). {@link #finish} waits for all of them and reports the first failure.
 */
final class PageWriter implements AutoCloseable {
    static final int IO_THREADS = 16;

    private final Path outDir;
    private final ExecutorService io = Executors.newFixedThreadPool(IO_THREADS, r -> {
        Thread t = new Thread(r, "site-writer");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<String> writtenFiles = Collections.synchronizedList(new ArrayList<>());
    private final java.util.Set<String> produced = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PageWriter(Path outDir) {
        this.outDir = outDir;
    }

    void writeString(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relative, byte[] bytes) {
        produced.add(relative);
        pending.add(io.submit(() -> writeNow(relative, bytes)));
    }

    /**
     * Counts a file of this build that is known to be current without its bytes (a chart whose
     * data did not change, see {@link DerivedFileCache}): it stays on disk and is not rewritten.
     */
    void keep(String relative) {
        produced.add(relative);
        unchanged.incrementAndGet();
    }

    /**
     * A file of the site that is a copy of {@code source} (a published run's file): placed as a
     * hard link where the file system allows it, which costs no read, no write and no new inode.
     */
    void link(String relative, Path source) {
        produced.add(relative);
        pending.add(io.submit(() -> linkNow(relative, source)));
    }

    private void linkNow(String relative, Path source) {
        Path target = outDir.resolve(relative);
        try {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && (Files.isSameFile(target, source)
                    || Files.size(target) == Files.size(source) && Files.mismatch(target, source) == -1)) {
                unchanged.incrementAndGet();
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + AtomicFiles.describe(e), e);
        }
        AtomicFiles.linkOrCopy(source, target);
        written.incrementAndGet();
        writtenFiles.add(relative);
    }

    private void writeNow(String relative, byte[] bytes) {
        Path target = outDir.resolve(relative);
        if (sameContent(target, bytes)) {
            unchanged.incrementAndGet();
            return;
        }
        AtomicFiles.writeUnswept(target, out -> out.write(bytes));
        written.incrementAndGet();
        writtenFiles.add(relative);
    }

    private static boolean sameContent(Path target, byte[] bytes) {
        try {
            // A size check first (one stat): most changed files differ in length and need no hashing.
            java.nio.file.attribute.BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
            if (!attributes.isRegularFile() || attributes.size() != bytes.length) {
                return false;
            }
            // Compared byte for byte: hashing both sides costs more (SHA-256 has no intrinsic in the
            // client compiler the launcher uses for the site) and proves nothing more.
            return Arrays.equals(Files.readAllBytes(target), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }

    /** Waits for every write; the first failure is thrown once all have ended. */
    void finish() {
        RuntimeException failure = null;
        List<Future<?>> all;
        synchronized (pending) {
            all = new ArrayList<>(pending);
            pending.clear();
        }
        for (Future<?> f : all) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the site", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        // Killed writers' temp files go once per folder of the site, not once per file written
        // (a listing of a folder of 1,000 pages per page made the build quadratic).
        produced.stream().map(f -> outDir.resolve(f).getParent()).distinct().forEach(AtomicFiles::sweepStaleTemps);
    }

    @Override
    public void close() {
        io.shutdownNow();
    }

    /** Every file of this build, written or unchanged. */
    java.util.Set<String> produced() {
        return java.util.Set.copyOf(produced);
    }

    int written() {
        return written.get();
    }

    int unchanged() {
        return unchanged.get();
    }

    /** Relative names of the files actually rewritten, sorted. */
    List<String> writtenFiles() {
        synchronized (writtenFiles) {
            return writtenFiles.stream().sorted().toList();
        }
    }
}
