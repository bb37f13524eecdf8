package org.chaosbench.runs.ingest.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.io.CodePointOrder;

/**
 * The dataset's global SHA (FORMATS 2.1): one SHA-256 over {@code path:file_sha:count\n} for
 * every selector file in code-point order of the path. The legacy formula, which older run
 * manifests store, leaves out {@code :count}.
 *
 * @param sha256 the global digest
 * @param formula which formula produced it
 * @param paths the selector's paths, in selector order (a path listed twice appears twice)
 * @param files per-file fingerprints keyed by selector path, in selector order
 */
public record GlobalFingerprint(String sha256, Formula formula, List<String> paths,
        Map<String, FileFingerprint> files) {

    public enum Formula {
        /** {@code path:sha:count} (the unified hashing module; freeze manifests). */
        COUNTED,
        /** {@code path:sha} (runs started up to 2026-02-20 10:41 UTC). */
        LEGACY
    }

    public static GlobalFingerprint compute(Selector selector, Formula formula) {
        Map<String, FileFingerprint> files = new LinkedHashMap<>();
        for (String file : selector.files()) {
            if (!files.containsKey(file)) {
                files.put(file, FileFingerprint.of(selector.resolve(file)));
            }
        }
        return new GlobalFingerprint(combine(selector.files(), files, formula), formula, selector.files(), files);
    }

    /** Both formulas from one pass over the bytes. */
    public static List<GlobalFingerprint> computeBoth(Selector selector) {
        GlobalFingerprint counted = compute(selector, Formula.COUNTED);
        return List.of(counted, counted.withFormula(Formula.LEGACY));
    }

    public GlobalFingerprint withFormula(Formula other) {
        return new GlobalFingerprint(combine(paths, files, other), other, paths, files);
    }

    static String combine(List<String> paths, Map<String, FileFingerprint> files, Formula formula) {
        return digest(paths, path -> {
            FileFingerprint f = files.get(path);
            return formula == Formula.COUNTED ? path + ":" + f.sha256() + ":" + f.lines() : path + ":" + f.sha256();
        });
    }

    /**
     * The legacy formula from per-file SHAs alone (a freeze manifest records them), without
     * reading the files: lets an audit recognise a legacy SHA of frozen data that is not on disk.
     */
    public static String legacyOf(List<String> paths, Map<String, String> fileSha) {
        return digest(paths, path -> path + ":" + fileSha.get(path));
    }

    private static String digest(List<String> paths, java.util.function.Function<String, String> contribution) {
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(CodePointOrder.INSTANCE);
        MessageDigest sha = FileFingerprint.newSha256();
        // The original iterates over the sorted list itself, so a path listed twice counts twice.
        for (String path : sorted) {
            sha.update((contribution.apply(path) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
