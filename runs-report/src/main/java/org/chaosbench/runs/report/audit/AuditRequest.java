package org.chaosbench.runs.report.audit;

import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.ingest.audit.BiasThresholds;

/**
 * Everything one audit needs; the CLI and the Maven goal both build one of these.
 *
 * @param root project root (data, freeze manifest, prompt templates, git)
 * @param runsDir live runs, searched recursively
 * @param publishedDir published runs, null to skip
 * @param outDir where audit.json and RUNS_AUDIT.md go
 * @param paperAssetsDir where the paper tables go, null to skip them
 * @param freezeManifest relative to root unless absolute, null for the default
 * @param templateDir folder of template overrides, null for the bundled templates
 * @param threads runs audited at once (at least 1)
 */
public record AuditRequest(Path root, Path runsDir, Path publishedDir, Path outDir, Path paperAssetsDir,
        String freezeManifest, List<String> promptHashes, List<Long> subsetSizes, BiasThresholds thresholds,
        FailOn failOn, Path templateDir, int threads) {

    public AuditRequest {
        promptHashes = List.copyOf(promptHashes);
        subsetSizes = List.copyOf(subsetSizes);
        thresholds = thresholds == null ? BiasThresholds.DEFAULTS : thresholds;
        failOn = failOn == null ? FailOn.NONE : failOn;
        threads = Math.max(1, threads);
    }

    public static final String DEFAULT_OUT_DIR = "artifacts/runs_audit";
    public static final String DEFAULT_PAPER_ASSETS_DIR = "artifacts/paper_assets";
    public static final String DEFAULT_PUBLISHED_DIR = "published_results/runs";
    public static final String DEFAULT_RUNS_DIR = "runs";
}
