package org.chaosbench.runs.eval.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Creates the folder of a new run so that it never exists without its saved settings: the
 * folder is filled under a hidden name and renamed into place, so a process killed at any
 * moment leaves either no run folder or one that {@code --resume} can continue.
 *
 * <p>Run ids have one-second resolution, and an offline baseline finishes within a second:
 * where the folder of that second exists already (the original would silently write into
 * it), the next second is taken, so no two runs ever share a folder, also between processes
 * (the rename itself is the claim: it fails onto a non-empty folder).
 */
final class RunFolderClaim {
    private static final String PREFIX = ".claim-";

    private RunFolderClaim() {
    }

    static Path claim(Path outputDir, Function<Instant, String> runIds, Instant start, Consumer<Path> fill) {
        Path staging = null;
        try {
            Files.createDirectories(outputDir);
            removeAbandonedClaims(outputDir);
            staging = Files.createTempDirectory(outputDir, PREFIX + ProcessHandle.current().pid() + "-");
            fill.accept(staging);
            for (int i = 0; i < 3600; i++) {
                Path dir = outputDir.resolve(runIds.apply(start.plusSeconds(i)));
                if (Files.exists(dir)) {
                    continue;
                }
                try {
                    Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
                    staging = null;
                    return dir;
                } catch (FileSystemException taken) {
                    if (!Files.exists(dir)) {
                        throw taken; // not a lost race: a real failure
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run folder under " + outputDir, e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
        throw new IllegalStateException("no free run id within an hour of " + start + " under " + outputDir);
    }

    /** Claims left by killed processes (their pid no longer runs); live ones belong to a concurrent start. */
    private static void removeAbandonedClaims(Path outputDir) throws IOException {
        List<Path> claims;
        try (Stream<Path> entries = Files.list(outputDir)) {
            claims = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList();
        }
        for (Path claim : claims) {
            if (!ownerAlive(claim.getFileName().toString())) {
                deleteQuietly(claim);
            }
        }
    }

    private static boolean ownerAlive(String name) {
        int dash = name.indexOf('-', PREFIX.length());
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length(), dash < 0 ? name.length() : dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover hidden claim is harmless and removed by the next start
        }
    }
}
