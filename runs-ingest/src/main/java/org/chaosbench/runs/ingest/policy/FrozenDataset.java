package org.chaosbench.runs.ingest.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;

/**
 * The freeze manifest's SHA together with the legacy-formula SHA of the same frozen files.
 * The legacy value can only be computed from the data on disk, and only denotes the frozen
 * data while those files still give the frozen SHA; otherwise {@code legacySha} is null and
 * {@code legacyUnknownBecause} says why.
 */
public record FrozenDataset(String frozenSha, String legacySha, String legacyUnknownBecause) {

    /** Fingerprints the files of the freeze's selector once, for every run of an audit. */
    public static FrozenDataset of(Path root, FreezeManifest freeze) {
        String selectorPath = freeze.canonicalSelector() == null ? Selector.DEFAULT_PATH : freeze.canonicalSelector();
        List<GlobalFingerprint> both;
        try {
            if (!Files.isRegularFile(root.resolve(selectorPath))) {
                return new FrozenDataset(freeze.globalSha256(), null, "the selector " + selectorPath + " is missing");
            }
            both = GlobalFingerprint.computeBoth(Selector.read(root, selectorPath));
        } catch (RuntimeException e) {
            // A missing or unreadable dataset file: the legacy SHA cannot be recomputed.
            return new FrozenDataset(freeze.globalSha256(), null,
                    "the dataset files could not be fingerprinted (" + e.getMessage() + ")");
        }
        if (!both.get(0).sha256().equals(freeze.globalSha256())) {
            return new FrozenDataset(freeze.globalSha256(), null, "the dataset on disk (SHA "
                    + Sha.abbrev(both.get(0).sha256()) + ") no longer matches the freeze");
        }
        return new FrozenDataset(freeze.globalSha256(), both.get(1).sha256(), null);
    }
}
