package org.chaosbench.runs.ingest.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.dataset.SubsetCheck;
import org.chaosbench.runs.ingest.dataset.SubsetManifest;

/**
 * One subset file under data/subsets and whether it is documented: it has a manifest and the
 * file agrees with it (size, fingerprint, counts).
 *
 * @param relativePath the path relative to the project root, with {@code /} separators
 * @param size the number of items the manifest records, null without a readable manifest
 * @param problem null when documented; otherwise why not (no manifest, differences...)
 */
public record DocumentedSubset(String relativePath, Path file, Long size, String problem) {
    public static final String FOLDER = "data/subsets";

    public boolean documented() {
        return problem == null;
    }

    /** Every *.jsonl under data/subsets (recursive), checked against its manifest. */
    public static List<DocumentedSubset> scan(Path root) {
        Path folder = root.resolve(FOLDER);
        List<DocumentedSubset> list = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return list;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .forEach(p -> list.add(check(root, p)));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // An unreadable folder documents nothing; the rule then reports the subset as undocumented.
        }
        return list;
    }

    static DocumentedSubset check(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(SubsetManifest.pathFor(file))) {
            return new DocumentedSubset(rel, file, null, "it has no manifest "
                    + SubsetManifest.pathFor(file).getFileName());
        }
        try {
            SubsetCheck check = SubsetCheck.of(file);
            return new DocumentedSubset(rel, file, check.manifest().size(),
                    check.matches() ? null : "it disagrees with its manifest: " + String.join("; ", check.differences()));
        } catch (RuntimeException e) {
            return new DocumentedSubset(rel, file, null, "it or its manifest cannot be read: " + e.getMessage());
        }
    }
}
