package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader (or a crash) only ever sees the old complete file or the
 * new complete file: the bytes go to a temporary file beside the target, are forced to
 * disk, and the temporary file is renamed over the target in one step.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes the whole content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(tmp, target);
            tmp = null;
            removeStaleTemps(dir, target.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original error matters more than a leftover temporary file.
                }
            }
        }
    }

    /**
     * When this class was loaded, on the clock file times use: temp files older than that belong to
     * a writer that died (SIGKILL, power loss). Not the process start instant: Linux derives it
     * from boot time in clock ticks, which can be a second off, so a writer killed just before
     * this process started looked younger than it (seen in the crash suite).
     */
    private static final long STARTED_MILLIS = System.currentTimeMillis();

    /**
     * Deletes the temp files of earlier writers of the same target that were killed before their
     * rename: without this, every crash leaves one forever (issue 8, crash consistency). Only files
     * last written before this process started go, so a concurrent writer keeps its own.
     */
    private static void removeStaleTemps(Path dir, String name) {
        java.util.regex.Pattern mine = java.util.regex.Pattern.compile(
                "\\." + java.util.regex.Pattern.quote(name) + "\\.[0-9]+\\.tmp");
        try (java.nio.file.DirectoryStream<Path> siblings = Files.newDirectoryStream(dir,
                p -> mine.matcher(p.getFileName().toString()).matches())) {
            for (Path stale : siblings) {
                try {
                    if (Files.getLastModifiedTime(stale).toMillis() < STARTED_MILLIS) {
                        Files.deleteIfExists(stale);
                    }
                } catch (IOException ignored) {
                    // Gone already, or not ours to delete: the write itself succeeded.
                }
            }
        } catch (IOException | UncheckedIOException ignored) {
            // Cleaning is a courtesy; the target is complete.
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A message for an I/O failure that says what happened, not just which file. */
    public static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
