package org.chaosbench.runs.report.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;

import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.report.index.Leftovers;

/**
 * A published folder built beside its destination ({@code .<name>.staging-<uuid>}) and moved
 * into place with one rename, so that a reader or a crash sees the old folder or the new one,
 * never a mix. Replacing an existing folder takes two renames (old aside to
 * {@code .<name>.replaced-<uuid>}, new into place); {@link Leftovers#clean} undoes what a
 * killed publish left between them. All of it runs under the published dir's lock.
 */
final class StagedFolder {
    private final Path destination;
    private final Path dir;

    private StagedFolder(Path destination, Path dir) {
        this.destination = destination;
        this.dir = dir;
    }

    static StagedFolder create(Path destination) {
        Path dir = Leftovers.stagingFor(destination);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + AtomicFiles.describe(e), e);
        }
        return new StagedFolder(destination, dir);
    }

    Path dir() {
        return dir;
    }

    /** Copies {@code source} in under its own name, keeping its modification time, forced to disk. */
    void copy(Path source) {
        Path target = dir.resolve(source.getFileName().toString());
        try {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            force(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + target + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Gzips the bytes of {@code source} unchanged into {@code name}. */
    void gzip(Path source, String name) {
        Path target = dir.resolve(name);
        try (InputStream in = Files.newInputStream(source);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW),
                        1 << 16)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress " + source + " to " + target + ": " + AtomicFiles.describe(e), e);
        }
        force(target);
    }

    /**
     * Moves the staged folder to the destination. An existing destination is first moved
     * aside and deleted once the new folder is in place.
     */
    void install() {
        try {
            forceDir(dir);
            Path aside = null;
            if (Files.exists(destination)) {
                aside = Leftovers.replacedFor(destination);
                Leftovers.move(destination, aside);
            }
            Leftovers.move(dir, destination);
            forceDir(destination.getParent());
            if (aside != null) {
                Leftovers.deleteTree(aside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + dir + " to " + destination + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Deletes the staged folder after a failure (the destination was not touched). */
    void discard() {
        try {
            Leftovers.deleteTree(dir);
        } catch (IOException ignored) {
            // Left for recover() of the next publish; the original error matters more.
        }
    }

    private static void force(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Syncs a directory entry where the platform allows it (Linux, macOS); elsewhere a no-op. */
    private static void forceDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory; the rename is still atomic there.
        }
    }
}
