package org.chaosbench.runs.maven;

import java.time.Clock;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.Selector;

/**
 * Validates the dataset and writes the freeze manifest (FORMATS 2.2), as
 * {@code bin/chaosbench freeze} does; with {@code check}, as {@code bin/chaosbench freeze --check},
 * compares the dataset with the manifest and fails the build naming every file that changed
 * since the freeze.
 */
@Mojo(name = "freeze", requiresProject = false, threadSafe = true)
public class FreezeMojo extends AbstractChaosbenchMojo {
    /**
     * Selector relative to the root. Example: {@code -Dchaosbench.selector=data/canonical_v2_files.json}.
     */
    @Parameter(property = "chaosbench.selector", defaultValue = Selector.DEFAULT_PATH)
    private String selector;

    /**
     * Folder of the freeze files, relative to the root. Example:
     * {@code -Dchaosbench.outputDir=artifacts/freeze}.
     */
    @Parameter(property = "chaosbench.outputDir", defaultValue = Freezer.DEFAULT_OUTPUT_DIR)
    private String outputDir;

    /**
     * Compare the dataset with the manifest instead of writing it. Example: {@code -Dchaosbench.check=true}.
     */
    @Parameter(property = "chaosbench.check", defaultValue = "false")
    private boolean check;

    @Override
    protected void run() throws MojoFailureException {
        if (!check) {
            info(ConsoleReports.frozen(Freezer.freeze(root.toPath(), selector, outputDir, Clock.systemUTC()), outputDir));
            return;
        }
        String manifest = outputDir + "/" + Freezer.MANIFEST_NAME;
        FreezeCheck result = Freezer.check(root.toPath(), selector, root.toPath().resolve(manifest));
        if (result.matches()) {
            info(ConsoleReports.freezeCheck(result, manifest));
        } else {
            error(ConsoleReports.freezeCheck(result, manifest));
            throw new MojoFailureException("The dataset differs from " + manifest + " (" + result.differences().size()
                    + " difference(s) listed above).");
        }
    }
}
