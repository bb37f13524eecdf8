package org.chaosbench.runs.report.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * The path checks of a publish, all made before anything is written so that a refusal
 * changes nothing: no {@code ..} in the given paths, a run id that is one plain folder name,
 * no symlink that leads out of the folder holding the run (a linked metrics.json could
 * otherwise copy any local file into the published results), the run inside the project root
 * (the receipt names it relative to the root) and a destination that is safe to create or
 * replace.
 */
final class PublishPaths {
    private PublishPaths() {
    }

    /** {@code given} resolved against the root; refused when it has a {@code ..} segment. */
    static Path resolve(Path root, Path given, String option) {
        for (Path part : given) {
            if (part.toString().equals("..")) {
                throw new InvalidInputException(given, option + " must not contain \"..\": give the folder without "
                        + "going up (relative to the project root " + root + ", or absolute)");
            }
        }
        return root.toAbsolutePath().normalize().resolve(given).normalize();
    }

    /**
     * Checks a run id before it becomes a folder name: not empty, no path separator, no
     * {@code ..}, no leading dot (hidden, and the index skips dot folders), no control or
     * line-separator character.
     *
     * @param where the file that holds the id, for the message
     */
    static void checkRunId(String id, Path where) {
        String problem = runIdProblem(id);
        if (problem != null) {
            throw new InvalidInputException(where, "run id \"" + printable(id) + "\" " + problem
                    + "; it names the published folder, so it must be a plain folder name");
        }
    }

    static String runIdProblem(String id) {
        if (id.isEmpty()) {
            return "is empty";
        }
        if (id.contains("..")) {
            return "contains \"..\"";
        }
        if (id.indexOf('/') >= 0 || id.indexOf('\\') >= 0) {
            return "contains a path separator";
        }
        if (id.startsWith(".")) {
            return "starts with a dot";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return "contains the control character U+" + String.format("%04X", (int) c);
            }
        }
        return null;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /**
     * The run folder: a directory with a manifest, inside the project root, and, when it is a
     * symlink, one that stays inside the folder holding it.
     */
    static void checkRunDir(Path root, Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new InvalidInputException(runDir, "not a run folder (no such directory)");
        }
        if (!Files.isRegularFile(runDir.resolve(RunManifest.FILE_NAME))) {
            throw new InvalidInputException(runDir.resolve(RunManifest.FILE_NAME), "missing: not a run folder");
        }
        Path absRoot = root.toAbsolutePath().normalize();
        if (!runDir.startsWith(absRoot) || runDir.equals(absRoot)) {
            throw new InvalidInputException(runDir, "the run folder is outside the project root " + absRoot
                    + "; the receipt names it relative to the root, so pass --root or move the run under it");
        }
        Path realParent = real(runDir.getParent());
        Path realRun = real(runDir);
        if (!realRun.startsWith(realParent) || realRun.equals(realParent)) {
            throw new InvalidInputException(runDir, "is a symlink to " + realRun + ", outside the runs folder "
                    + runDir.getParent() + "; publish the run from where it really is");
        }
    }

    /** A file of the run that will be copied: no symlink leading out of the run folder. */
    static void checkInsideRun(Path runDir, Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path realRun = real(runDir);
        Path realFile = real(file);
        if (!realFile.startsWith(realRun) || !Files.isRegularFile(realFile)) {
            throw new InvalidInputException(file, "is a symlink to " + realFile + ", outside the run folder (or not "
                    + "a regular file); publishing it would copy a file that is not part of the run");
        }
    }

    /**
     * The destination: not the run folder or inside it (or around it), no symlink, and when
     * it exists and {@code force} is given, a published run folder (a manifest and no
     * sub-folders), so that {@code --force} can never wipe a folder of other content.
     */
    static void checkDestination(Path runDir, Path destination, boolean force) {
        if (destination.startsWith(runDir) || runDir.startsWith(destination)) {
            throw new InvalidInputException(destination, "the destination overlaps the run folder " + runDir
                    + "; publish to another folder");
        }
        if (Files.isSymbolicLink(destination)) {
            throw new InvalidInputException(destination, "the destination is a symlink; refusing to publish through it");
        }
        if (!Files.exists(destination)) {
            return;
        }
        if (!force) {
            throw new InvalidInputException(destination, "already exists; nothing was changed. Pass --force to "
                    + "replace it with a fresh copy of the run");
        }
        if (!Files.isDirectory(destination) || !Files.isRegularFile(destination.resolve(RunManifest.FILE_NAME))
                || hasSubfolder(destination)) {
            throw new InvalidInputException(destination, "exists but is not a published run folder (a "
                    + RunManifest.FILE_NAME + " and no sub-folders); --force only replaces published runs");
        }
    }

    private static boolean hasSubfolder(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.anyMatch(Files::isDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + p + ": " + e.getMessage(), e);
        }
    }

    /** The path of {@code dir} relative to the root, with {@code /} separators. */
    static String relativeToRoot(Path root, Path dir) {
        return root.toAbsolutePath().normalize().relativize(dir).toString().replace('\\', '/');
    }
}
