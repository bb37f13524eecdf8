package org.chaosbench.runs.report.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * What a killed writer can leave in a published dir, and how it is cleaned up by the next
 * writer, under the dir's lock (so no live writer owns any of it):
 * <ul>
 * <li>{@code .<name>.staging-<uuid>}: a publish that never reached its rename; deleted.</li>
 * <li>{@code .<name>.replaced-<uuid>}: the old folder a {@code --force} publish moved aside;
 * moved back when {@code <name>} is missing (killed between its two renames, so the old folder
 * returns), deleted otherwise (the new folder is in place).</li>
 * <li>{@code .README.md.*.tmp}: an index write that never reached its rename; deleted.</li>
 * </ul>
 */
public final class Leftovers {
    private static final Pattern FOLDER = Pattern.compile("\\.(.+)\\.(staging|replaced)-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private Leftovers() {
    }

    /** {@code .<name>.staging-<uuid>} beside {@code destination}. */
    public static Path stagingFor(Path destination) {
        return destination.resolveSibling("." + destination.getFileName() + ".staging-" + UUID.randomUUID());
    }

    /** {@code .<name>.replaced-<uuid>} beside {@code destination}. */
    public static Path replacedFor(Path destination) {
        return destination.resolveSibling("." + destination.getFileName() + ".replaced-" + UUID.randomUUID());
    }

    /** Cleans every leftover in {@code publishedDir}; call it holding the {@link PublishedDirLock}. */
    public static void clean(Path publishedDir) {
        if (!Files.isDirectory(publishedDir)) {
            return;
        }
        try (Stream<Path> children = Files.list(publishedDir)) {
            for (Path p : children.sorted().toList()) {
                String name = p.getFileName().toString();
                Matcher m = FOLDER.matcher(name);
                if (m.matches() && m.group(2).equals("staging")) {
                    deleteTree(p);
                } else if (m.matches()) {
                    Path destination = publishedDir.resolve(m.group(1));
                    if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
                        deleteTree(p);
                    } else {
                        move(p, destination);
                    }
                } else if (name.startsWith("." + PublishedIndex.FILE_NAME + ".") && name.endsWith(".tmp")) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up an interrupted publish in " + publishedDir + ": "
                    + AtomicFiles.describe(e), e);
        }
    }

    /** One rename, atomic where the file system allows it. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder tree without following symlinks. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
