package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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
        write(target, content, true);
    }

    /**
     * As {@link #write(Path, Content)}, without looking for the temp files of killed writers:
     * for a writer of thousands of files into few folders, which calls {@link #sweepStaleTemps}
     * once per folder instead of listing the folder once per file.
     */
    public static void writeUnswept(Path target, Content content) {
        write(target, content, false);
    }

    private static void write(Path target, Content content, boolean sweep) {
        // One open, write, force and close per file: writers of thousands of files (the site)
        // pay for every system call on a virtual disk.
        replaceWithTemp(target, (tmp, dir) -> {
            try (FileChannel ch = createTemp(dir, tmp)) {
                OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            return true;
        });
        if (sweep) {
            removeStaleTemps(target.toAbsolutePath().getParent(), java.util.regex.Pattern.compile(
                    "\\." + java.util.regex.Pattern.quote(target.getFileName().toString()) + "\\.[0-9]+\\.tmp"));
        }
    }

    /**
     * Puts {@code source}'s content at {@code target} as a hard link (no copy, no new inode: the
     * site links thousands of published files this way), placed atomically by a rename over the
     * target. Falls back to an atomic copy where a link cannot be made: another file system, a
     * file system without links, a source that is not a plain file (a symlink is never linked,
     * its target's bytes are copied as {@link Files#copy} reads them).
     */
    public static void linkOrCopy(Path source, Path target) {
        if (!Files.exists(source)) {
            throw new UncheckedIOException("cannot read " + source + ": no such file or folder",
                    new java.nio.file.NoSuchFileException(source.toString()));
        }
        if (!Files.isRegularFile(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                || !replaceWithTemp(target, (tmp, dir) -> link(tmp, source, dir))) {
            writeUnswept(target, out -> Files.copy(source, out));
        }
    }

    /** Makes a temp file beside a target; false when it declined to (then nothing is renamed). */
    @FunctionalInterface
    private interface TempMaker {
        boolean make(Path tmp, Path dir) throws IOException;
    }

    /**
     * Renames the temp file {@code maker} made over {@code target}; a failure, or a maker that
     * declined, leaves the target as it was and no temp file behind.
     */
    private static boolean replaceWithTemp(Path target, TempMaker maker) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = tempBeside(dir, target.getFileName().toString());
        boolean placed = false;
        try {
            if (!maker.make(tmp, dir)) {
                return false;
            }
            move(tmp, target);
            placed = true;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (!placed) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original error matters more than a leftover temporary file.
                }
            }
        }
    }

    /** Whether the link was made; false where the file system refuses links (then the caller copies). */
    private static boolean link(Path tmp, Path source, Path dir) throws IOException {
        try {
            try {
                Files.createLink(tmp, source);
            } catch (java.nio.file.NoSuchFileException e) {
                Files.createDirectories(dir);
                Files.createLink(tmp, source);
            }
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            throw e;
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            return false; // EXDEV, EPERM (protected hard links) or no links at all
        }
    }

    private static Path tempBeside(Path dir, String name) {
        return dir.resolve("." + name + "." + (ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
    }

    /** Creates the temp file, and its folder only when it is missing (most writes go to an existing one). */
    private static FileChannel createTemp(Path dir, Path tmp) throws IOException {
        try {
            return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.NoSuchFileException e) {
            Files.createDirectories(dir);
            return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
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
    private static void removeStaleTemps(Path dir, java.util.regex.Pattern mine) {
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

    /** Any file's temp files in {@code dir} left by writers that died before this process started. */
    private static final java.util.regex.Pattern ANY_TEMP = java.util.regex.Pattern.compile("\\..+\\.[0-9]+\\.tmp");

    /** Removes the temp files of killed writers of any file in {@code dir}: one listing of the folder. */
    public static void sweepStaleTemps(Path dir) {
        removeStaleTemps(dir.toAbsolutePath(), ANY_TEMP);
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
