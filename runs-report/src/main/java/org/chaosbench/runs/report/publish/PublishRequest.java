package org.chaosbench.runs.report.publish;

import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.report.index.IndexFormat;

/**
 * The options of one publish, as both front ends take them. Relative paths are resolved
 * against {@code root}.
 *
 * @param run the run folder ({@code --run})
 * @param out the destination folder, null for {@code <root>/published_results/runs/<run_id>}
 * @param freezeManifest relative to the root unless absolute; null for the default path
 * @param promptHashes accepted prompt hashes beyond the configured templates'
 * @param subsetSizes documented subset sizes beyond the subset files'
 */
public record PublishRequest(Path root, Path run, Path out, boolean compressPredictions, boolean force,
        boolean allowExploratory, String freezeManifest, List<String> promptHashes, List<Long> subsetSizes,
        IndexFormat indexFormat) {

    /** Where published runs go by default, relative to the project root (RUNS_POLICY 2b). */
    public static final String DEFAULT_PUBLISHED_DIR = "published_results/runs";

    public PublishRequest {
        promptHashes = promptHashes == null ? List.of() : List.copyOf(promptHashes);
        subsetSizes = subsetSizes == null ? List.of() : List.copyOf(subsetSizes);
        indexFormat = indexFormat == null ? IndexFormat.FULL : indexFormat;
    }
}
