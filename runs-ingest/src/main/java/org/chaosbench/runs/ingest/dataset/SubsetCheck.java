package org.chaosbench.runs.ingest.dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.io.CodePointOrder;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * A subset file checked against its manifest: size, fingerprint, label and family counts.
 *
 * @param items the subset's items in file order
 * @param differences what disagrees with the manifest; empty when the subset is as documented
 */
public record SubsetCheck(Path file, SubsetManifest manifest, List<DatasetItem> items, List<String> differences) {

    public boolean matches() {
        return differences.isEmpty();
    }

    /** Reads the subset and its manifest (which must exist) and compares them. */
    public static SubsetCheck of(Path subsetFile) {
        Path manifestPath = SubsetManifest.pathFor(subsetFile);
        if (!Files.isRegularFile(manifestPath)) {
            throw new InvalidInputException(manifestPath, "subset manifest not found: a documented subset has one");
        }
        SubsetManifest m = SubsetManifest.read(manifestPath);
        List<DatasetItem> items = Dataset.loadFile(subsetFile);
        List<String> differences = new ArrayList<>();
        if (items.size() != m.size()) {
            differences.add("size: manifest says " + m.size() + ", the file holds " + items.size() + " items");
        }
        String actual = m.generation() == SubsetManifest.Generation.LEGACY_FILE_SHA
                ? FileFingerprint.of(subsetFile).sha256()
                : idHash(items.stream().map(DatasetItem::id).toList());
        if (!actual.equals(m.sha256())) {
            differences.add("sha256: manifest says " + m.sha256() + ", the file gives " + actual);
        }
        Map<String, long[]> families = new LinkedHashMap<>();
        long trues = 0;
        long falses = 0;
        for (DatasetItem item : items) {
            long[] c = families.computeIfAbsent(item.family() == null ? "unknown" : item.family(), f -> new long[3]);
            c[0]++;
            if (DatasetItem.TRUE.equals(item.label())) {
                c[1]++;
                trues++;
            } else if (DatasetItem.FALSE.equals(item.label())) {
                c[2]++;
                falses++;
            }
        }
        if (m.trueCount() != null && (m.trueCount() != trues || m.falseCount() == null || m.falseCount() != falses)) {
            differences.add("label_balance: manifest says " + m.trueCount() + " TRUE / " + m.falseCount()
                    + " FALSE, the file holds " + trues + " / " + falses);
        }
        if (!m.perFamilyCounts().isEmpty()) {
            m.perFamilyCounts().forEach((family, expected) -> {
                long[] got = families.getOrDefault(family, new long[3]);
                if (!Arrays.equals(expected, got)) {
                    differences.add("per_family_counts." + family + ": manifest says " + Arrays.toString(expected)
                            + " (total, TRUE, FALSE), the file holds " + Arrays.toString(got));
                }
            });
            families.keySet().stream().filter(f -> !m.perFamilyCounts().containsKey(f))
                    .forEach(f -> differences.add("per_family_counts: family " + f + " is in the file, not in the manifest"));
        }
        return new SubsetCheck(subsetFile, m, items, differences);
    }

    /** First 16 hex digits of SHA-256 over the ids, sorted by code point and joined with {@code |}. */
    public static String idHash(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(CodePointOrder.INSTANCE);
        MessageDigest sha = FileFingerprint.newSha256();
        byte[] digest = sha.digest(String.join("|", sorted).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }
}
