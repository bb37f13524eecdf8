package org.chaosbench.runs.ingest.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;

/**
 * The freeze manifest's SHA together with the legacy-formula SHA of the same frozen files,
 * computed from the per-file SHAs the manifest records, so it holds even where the frozen data
 * is not on disk. When the manifest's own entries do not give its global SHA (an edited or
 * damaged manifest), {@code legacySha} is null and {@code legacyUnknownBecause} says why.
 */
public record FrozenDataset(String frozenSha, String legacySha, String legacyUnknownBecause) {

    public static FrozenDataset of(FreezeManifest freeze) {
        List<String> paths = freeze.files().stream().map(FreezeManifest.FrozenFile::path).toList();
        Map<String, String> shas = new HashMap<>();
        Map<String, String> counted = new HashMap<>();
        for (FreezeManifest.FrozenFile f : freeze.files()) {
            shas.put(f.path(), f.sha256());
            counted.put(f.path(), f.sha256() + ":" + f.count());
        }
        if (paths.isEmpty() || !GlobalFingerprint.legacyOf(paths, counted).equals(freeze.globalSha256())) {
            return new FrozenDataset(freeze.globalSha256(), null, "the freeze manifest's canonical_files do not "
                    + "give its global_sha256 (the manifest was edited or damaged; write it again with `bin/chaosbench freeze`)");
        }
        return new FrozenDataset(freeze.globalSha256(), GlobalFingerprint.legacyOf(paths, shas), null);
    }
}
