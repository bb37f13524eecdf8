package org.chaosbench.runs.ingest.audit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Finds run folders as analyze_runs does (FORMATS 8.3): every directory holding a
 * run_manifest.json below the runs dir, recursively, sorted by full path; then the same under
 * the published dir, minus published runs whose folder name was already found under runs.
 */
public final class RunDiscovery {
    private RunDiscovery() {
    }

    /** Runs first, then published ones; either folder may be null or missing (then it adds nothing). */
    public static List<DiscoveredRun> discover(Path runsDir, Path publishedDir) {
        List<DiscoveredRun> found = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path dir : runDirs(runsDir)) {
            found.add(new DiscoveredRun(dir, DiscoveredRun.Source.RUNS));
            names.add(dir.getFileName().toString());
        }
        for (Path dir : runDirs(publishedDir)) {
            // A run copied to published_results is the same run; audit it once, from runs/.
            if (!names.contains(dir.getFileName().toString())) {
                found.add(new DiscoveredRun(dir, DiscoveredRun.Source.PUBLISHED));
            }
        }
        return found;
    }

    /**
     * Directories below {@code root} that hold a manifest, sorted by full path. Symlinks are
     * followed only while they resolve inside {@code root}: a link leading elsewhere could
     * pull a foreign tree (or a loop through a parent) into the audit, so it is skipped.
     */
    static List<Path> runDirs(Path root) {
        List<Path> dirs = new ArrayList<>();
        if (root == null || !Files.isDirectory(root)) {
            return dirs;
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return dirs;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            if (!dir.toRealPath().startsWith(realRoot)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path manifest = dir.resolve(RunManifest.FILE_NAME);
                            if (Files.isRegularFile(manifest) && manifest.toRealPath().startsWith(realRoot)) {
                                dirs.add(dir);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            // A dangling link, an unreadable folder or a link loop: not a run, go on.
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        dirs.sort(null);
        return dirs;
    }
}
