package org.chaosbench.runs.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;

/** Prints the dataset's global SHA-256 (FORMATS 2.1), as {@code bin/chaosbench fingerprint} does. */
@Mojo(name = "fingerprint", requiresProject = false, threadSafe = true)
public class FingerprintMojo extends AbstractChaosbenchMojo {
    /**
     * Selector relative to the root. Example: {@code -Dchaosbench.selector=data/canonical_v2_files.json}.
     */
    @Parameter(property = "chaosbench.selector", defaultValue = Selector.DEFAULT_PATH)
    private String selector;

    /**
     * Use the legacy formula (path:sha, no line count) stored by older run manifests.
     * Example: {@code -Dchaosbench.legacy=true}.
     */
    @Parameter(property = "chaosbench.legacy", defaultValue = "false")
    private boolean legacy;

    @Override
    protected void run() {
        info(ConsoleReports.fingerprint(GlobalFingerprint.compute(Selector.read(root.toPath(), selector),
                legacy ? GlobalFingerprint.Formula.LEGACY : GlobalFingerprint.Formula.COUNTED)));
    }
}
