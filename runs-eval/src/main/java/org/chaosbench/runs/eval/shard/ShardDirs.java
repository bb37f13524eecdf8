package org.chaosbench.runs.eval.shard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.run.RunFiles;

/**
 * The shard run folders named on the command line. A folder that is not a run folder itself
 * but holds run folders stands for those: a CI job that downloads every shard into one folder,
 * or a SLURM array writing into one, can then pass that folder alone. The merge's own output
 * folder is never one of them, so merging into a folder beside the shards can be repeated.
 */
public final class ShardDirs {
    private ShardDirs() {
    }

    /**
     * @param out the merge's output folder, left out of the folders a given folder holds
     */
    public static List<Path> expand(List<Path> given, Path out) {
        Path target = out.toAbsolutePath().normalize();
        List<Path> dirs = new ArrayList<>();
        for (Path p : given) {
            List<Path> children = isRunFolder(p) || !Files.isDirectory(p) ? List.of()
                    : runFoldersIn(p).stream().filter(d -> !d.toAbsolutePath().normalize().equals(target)).toList();
            if (children.isEmpty()) {
                dirs.add(p);
            } else {
                dirs.addAll(children);
            }
        }
        return dirs;
    }

    private static boolean isRunFolder(Path dir) {
        RunFiles files = new RunFiles(dir);
        return Files.exists(files.manifest()) || Files.exists(files.checkpoint());
    }

    private static List<Path> runFoldersIn(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).filter(ShardDirs::isRunFolder)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
