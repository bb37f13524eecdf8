package org.chaosbench.runs.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Locates the project root and the original tool's reference data in ../shared/reference,
 * which a user's fresh clone does not have: tests that need it skip cleanly there.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    public static Path projectRoot() {
        String prop = System.getProperty("chaosbench.projectRoot");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("runs-ingest"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** ../shared/reference, or a skipped test when it is absent. */
    public static Path reference() {
        Path ref = projectRoot().resolve("../shared/reference").normalize();
        assumeTrue(Files.isDirectory(ref), "../shared/reference is absent: reference-data test skipped");
        return ref;
    }

    public static Path reference(String relative) {
        Path p = reference().resolve(relative);
        assumeTrue(Files.exists(p), relative + " is absent from ../shared/reference: test skipped");
        return p;
    }

    /**
     * Copies a folder tree keeping modification times; the copies are writable (the reference
     * data is read-only in CI; tests that write use a copy).
     */
    public static void copyTree(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(dir).toString());
                    Files.createDirectories(target);
                    target.toFile().setWritable(true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    target.toFile().setWritable(true);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
