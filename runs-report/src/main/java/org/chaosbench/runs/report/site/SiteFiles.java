package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.chaosbench.runs.ingest.io.AtomicFiles;

/**
 * The list of files the last build produced, kept in the site folder, so that the next build
 * can remove the pages of runs and boards that are gone. Only files on that list are ever
 * deleted: whatever else the user keeps in the folder (charts, a CNAME file) is left alone.
 */
final class SiteFiles {
    static final String FILE = ".chaosbench-site-files";

    private SiteFiles() {
    }

    /** Deletes the files of the previous build that this build did not produce; returns them. */
    static List<String> replace(Path outDir, Set<String> produced) {
        Path list = outDir.resolve(FILE);
        List<String> removed = new ArrayList<>();
        try {
            if (Files.isRegularFile(list)) {
                for (String name : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (name.isBlank() || produced.contains(name)) {
                        continue;
                    }
                    Path file = outDir.resolve(name).normalize();
                    // A hand-edited list must not reach outside the site folder, neither by ".." nor
                    // through a symlinked folder inside it (issue 8: "escape/x" with escape -> /elsewhere).
                    if (file.startsWith(outDir.normalize()) && insideForReal(outDir, file) && Files.deleteIfExists(file)) {
                        removed.add(name);
                    }
                }
            }
            String text = String.join("\n", new TreeSet<>(produced)) + "\n";
            if (!Files.isRegularFile(list) || !Files.readString(list, StandardCharsets.UTF_8).equals(text)) {
                AtomicFiles.writeString(list, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + list, e);
        }
        return removed;
    }

    /** The folder holding {@code file}, symlinks resolved, is the site folder or below it. */
    private static boolean insideForReal(Path outDir, Path file) throws IOException {
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        return parent.toRealPath().startsWith(outDir.toRealPath());
    }
}
