package org.chaosbench.runs.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The three options that shape the OFFICIAL/EXPLORATORY verdict (ProjectPolicy.load), shared by
 * every command that shows or gates on it, so that they all reach the audit's verdict.
 */
final class VerdictOptions {
    @Option(names = "--freeze-manifest", paramLabel = "FILE",
            description = "Freeze manifest relative to the root (default artifacts/freeze/v2_freeze_manifest.json).")
    String freezeManifest;

    @Option(names = "--prompt-hash", paramLabel = "HASH",
            description = "Also accept this prompt hash as official (repeatable); the configured templates' always are.")
    List<String> promptHashes = new ArrayList<>();

    @Option(names = "--subset-size", paramLabel = "N",
            description = "Also accept this item count as a documented subset size (repeatable).")
    List<Long> subsetSizes = new ArrayList<>();
}
