package org.chaosbench.runs.report.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every writer of a published dir holds (publish-run, index): an OS file lock on
 * {@code .publish.lock} in that dir, so that two processes never interleave a publish and a
 * regeneration of README.md; a killed holder's lock is released by the OS. The file stays
 * (deleting a lock file lets a third process lock a new file while a second still waits on
 * the old one). Re-entrant within the JVM, because a JVM cannot take the same file lock twice
 * and publish-run regenerates the index while it holds the lock.
 */
public final class PublishedDirLock implements AutoCloseable {
    public static final String FILE_NAME = ".publish.lock";

    private static final ConcurrentHashMap<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private static final class Holder {
        final ReentrantLock lock = new ReentrantLock();
        FileChannel channel;
        FileLock fileLock;
    }

    private final Holder holder;
    private boolean closed;

    private PublishedDirLock(Holder holder) {
        this.holder = holder;
    }

    /** Blocks until this JVM thread and this process hold the lock of {@code publishedDir}. */
    public static PublishedDirLock acquire(Path publishedDir) {
        Path key;
        try {
            Files.createDirectories(publishedDir);
            // The real path, so that two spellings of one folder share one holder.
            key = publishedDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + publishedDir + ": " + e.getMessage(), e);
        }
        Holder h = HOLDERS.computeIfAbsent(key, k -> new Holder());
        h.lock.lock();
        if (h.lock.getHoldCount() > 1) {
            return new PublishedDirLock(h);
        }
        try {
            h.channel = FileChannel.open(publishedDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            h.fileLock = h.channel.lock();
            return new PublishedDirLock(h);
        } catch (IOException | RuntimeException e) {
            closeChannel(h);
            h.lock.unlock();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot lock " + publishedDir.resolve(FILE_NAME) + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (holder.lock.getHoldCount() == 1) {
            closeChannel(holder);
        }
        holder.lock.unlock();
    }

    private static void closeChannel(Holder h) {
        try {
            if (h.fileLock != null) {
                h.fileLock.release();
            }
            if (h.channel != null) {
                h.channel.close();
            }
        } catch (IOException ignored) {
            // Closing the channel releases the lock; nothing more can be done about a failure here.
        } finally {
            h.fileLock = null;
            h.channel = null;
        }
    }
}
