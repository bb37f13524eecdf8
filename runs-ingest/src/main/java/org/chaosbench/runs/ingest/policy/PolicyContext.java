package org.chaosbench.runs.ingest.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;

/**
 * What the rules need to know about the project, gathered once per audit so that each rule
 * stays a pure check of one manifest.
 *
 * @param projectRoot the project whose policy applies
 * @param freezeManifest the freeze manifest, null when absent (the SHA rule then fails)
 * @param frozenDataset the frozen SHA with its legacy-formula twin, null without freeze manifest
 * @param acceptedPromptHashes prompt hashes of the configured templates plus any given ones
 * @param documentedSubsetSizes subset sizes listed in configuration
 * @param subsets the subset files under data/subsets, each checked against its manifest
 * @param git asks git about {@code projectRoot}
 * @param canonicalItemCount items of the full canonical dataset: the freeze manifest's count, else
 *     the non-blank lines of the canonical files on disk, else null (nothing to tell a subset by)
 */
public record PolicyContext(Path projectRoot, FreezeManifest freezeManifest, FrozenDataset frozenDataset,
        Set<String> acceptedPromptHashes, Set<Long> documentedSubsetSizes, List<DocumentedSubset> subsets,
        GitQuery git, Long canonicalItemCount) {

    public PolicyContext {
        acceptedPromptHashes = Set.copyOf(acceptedPromptHashes);
        documentedSubsetSizes = Set.copyOf(documentedSubsetSizes);
        subsets = List.copyOf(subsets);
    }

    /**
     * Reads everything from the project: the freeze manifest at {@code freezeManifestPath}
     * (relative to the root unless absolute; a missing file is allowed), the subsets, git.
     * A freeze manifest that exists but cannot be read is an error of configuration and throws.
     */
    public static PolicyContext load(Path projectRoot, String freezeManifestPath, Set<String> promptHashes,
            Set<Long> subsetSizes) {
        Path freezePath = projectRoot.resolve(freezeManifestPath == null ? FreezeManifest.DEFAULT_PATH : freezeManifestPath);
        FreezeManifest freeze = Files.isRegularFile(freezePath) ? FreezeManifest.read(freezePath) : null;
        return new PolicyContext(projectRoot, freeze, freeze == null ? null : FrozenDataset.of(freeze),
                promptHashes, subsetSizes, DocumentedSubset.scan(projectRoot), new GitQuery(projectRoot),
                freeze != null ? Long.valueOf(freeze.totalQuestions()) : countOnDisk(projectRoot));
    }

    private static Long countOnDisk(Path root) {
        if (!Files.isRegularFile(root.resolve(Selector.DEFAULT_PATH))) {
            return null;
        }
        try {
            GlobalFingerprint now = GlobalFingerprint.compute(Selector.read(root, Selector.DEFAULT_PATH),
                    GlobalFingerprint.Formula.COUNTED);
            long total = 0;
            for (org.chaosbench.runs.ingest.dataset.FileFingerprint f : now.files().values()) {
                total += f.lines();
            }
            return total;
        } catch (RuntimeException e) {
            // A missing or unreadable canonical file: no count, subset runs are then told by max_items alone.
            return null;
        }
    }
}
