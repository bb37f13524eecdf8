package org.chaosbench.runs.ingest.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.io.AtomicFiles;
import org.chaosbench.runs.ingest.io.Git;
import org.chaosbench.runs.ingest.io.InvalidDatasetException;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.IsoTime;

/**
 * Freezes the dataset (FORMATS 2.2): validates every item, fingerprints every file and writes
 * the freeze manifest with its checksum list and report; or checks the dataset against an
 * existing manifest.
 */
public final class Freezer {
    public static final String DEFAULT_OUTPUT_DIR = "artifacts/freeze";
    public static final String MANIFEST_NAME = "v2_freeze_manifest.json";
    public static final String CHECKSUMS_NAME = "v2_freeze_sha256.txt";
    public static final String REPORT_NAME = "v2_freeze_report.md";

    private Freezer() {
    }

    /**
     * Writes the three freeze files into {@code outputDir} (relative to {@code root}) after a
     * full validation; a dataset with any problem is refused and nothing is written.
     */
    public static FreezeManifest freeze(Path root, String selectorPath, String outputDir, Clock clock) {
        Selector selector = Selector.read(root, selectorPath);
        ValidationReport report = DatasetValidator.validate(selector, true);
        if (!report.ok()) {
            throw new InvalidDatasetException(selector.path(), report.problems());
        }
        GlobalFingerprint fp = GlobalFingerprint.compute(selector, GlobalFingerprint.Formula.COUNTED);
        List<FreezeManifest.FrozenFile> files = new ArrayList<>();
        fp.files().forEach((path, f) -> files.add(new FreezeManifest.FrozenFile(path, f.lines(), f.sha256())));
        Map<String, Object> tools = new LinkedHashMap<>();
        tools.put("runtime", "Java " + Runtime.version());
        String version = Freezer.class.getPackage().getImplementationVersion();
        tools.put("package", version == null ? "unknown" : version);
        tools.put("git_commit", Git.shortCommit(root));
        FreezeManifest manifest = new FreezeManifest(IsoTime.isoUtc(clock.instant()), selectorPath, files,
                report.items(), fp.sha256(), 0, tools);

        Path out = root.resolve(outputDir);
        // The manifest is written last: it is the file that counts, and it only appears once
        // the other two are complete.
        AtomicFiles.writeString(out.resolve(CHECKSUMS_NAME), FreezeDocuments.checksums(manifest));
        AtomicFiles.writeString(out.resolve(REPORT_NAME), FreezeDocuments.report(manifest, report));
        AtomicFiles.writeString(out.resolve(MANIFEST_NAME), PyJson.pretty(manifest.toJson()));
        return manifest;
    }

    /** Compares the dataset on disk with the manifest at {@code manifestPath}. */
    public static FreezeCheck check(Path root, String selectorPath, Path manifestPath) {
        if (!Files.isRegularFile(manifestPath)) {
            throw new InvalidInputException(manifestPath,
                    "freeze manifest not found; write it with `bin/chaosbench freeze` (or `mvn chaosbench:freeze`)");
        }
        FreezeManifest manifest = FreezeManifest.read(manifestPath);
        Selector selector = Selector.read(root, selectorPath);
        List<FreezeCheck.Difference> differences = new ArrayList<>();
        Map<String, FileFingerprint> current = new LinkedHashMap<>();
        for (String path : selector.files()) {
            try {
                current.put(path, FileFingerprint.of(selector.resolve(path)));
            } catch (InvalidInputException e) {
                differences.add(new FreezeCheck.Difference(path, e.problem()));
            }
        }
        Map<String, FreezeManifest.FrozenFile> frozen = new LinkedHashMap<>();
        manifest.files().forEach(f -> frozen.put(f.path(), f));
        for (FreezeManifest.FrozenFile f : manifest.files()) {
            FileFingerprint now = current.get(f.path());
            if (!selector.files().contains(f.path())) {
                differences.add(new FreezeCheck.Difference(f.path(), "frozen but no longer listed in " + selectorPath));
            } else if (now != null) {
                if (!now.sha256().equals(f.sha256())) {
                    differences.add(new FreezeCheck.Difference(f.path(), "SHA-256 changed (frozen "
                            + f.sha256().substring(0, Math.min(16, f.sha256().length())) + "..., now "
                            + now.sha256().substring(0, 16) + "...)"));
                }
                if (now.lines() != f.count()) {
                    differences.add(new FreezeCheck.Difference(f.path(),
                            "line count changed (frozen " + f.count() + ", now " + now.lines() + ")"));
                }
            }
        }
        for (String path : selector.files()) {
            if (!frozen.containsKey(path)) {
                differences.add(new FreezeCheck.Difference(path, "listed in " + selectorPath + " but not frozen"));
            }
        }
        String currentSha = current.size() == selector.files().stream().distinct().count()
                ? GlobalFingerprint.combine(selector.files(), current, GlobalFingerprint.Formula.COUNTED)
                : null;
        return new FreezeCheck(manifest.globalSha256(), currentSha, differences);
    }
}
