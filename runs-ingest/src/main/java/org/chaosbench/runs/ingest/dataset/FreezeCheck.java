package org.chaosbench.runs.ingest.dataset;

import java.util.List;

/**
 * The dataset compared with its freeze manifest.
 *
 * @param frozenSha the manifest's global SHA
 * @param currentSha the global SHA of the files on disk, null when a file could not be read
 * @param differences one line per file that changed, was added or went missing
 */
public record FreezeCheck(String frozenSha, String currentSha, List<Difference> differences) {

    /** What changed in one file. */
    public record Difference(String path, String what) {
        @Override
        public String toString() {
            return path + ": " + what;
        }
    }

    public FreezeCheck {
        differences = List.copyOf(differences);
    }

    public boolean matches() {
        return differences.isEmpty() && frozenSha.equals(currentSha);
    }
}
