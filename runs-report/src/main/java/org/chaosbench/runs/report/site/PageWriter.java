package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * Writes the files of the site, each atomically, but only when its content changed: the
 * SHA-256 of the new bytes is compared with that of the file on disk first. Pages carry no
 * build time, so a rebuild after adding one run rewrites only the pages that show it
 * (its own page, its board, the index, the changelog) and leaves every other file, and its
 * modification time, untouched. Thread-safe: pages are rendered in parallel.
 */
final class PageWriter {
    private final Path outDir;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final List<String> writtenFiles = Collections.synchronizedList(new ArrayList<>());

    PageWriter(Path outDir) {
        this.outDir = outDir;
    }

    void writeString(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relative, byte[] bytes) {
        Path target = outDir.resolve(relative);
        if (sameContent(target, bytes)) {
            unchanged.incrementAndGet();
            return;
        }
        AtomicFiles.write(target, out -> out.write(bytes));
        written.incrementAndGet();
        writtenFiles.add(relative);
    }

    private static boolean sameContent(Path target, byte[] bytes) {
        try {
            // A size check first: most changed files differ in length and need no hashing.
            if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
                return false;
            }
            return MessageDigest.isEqual(sha256(Files.readAllBytes(target)), sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target, e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
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
