package org.chaosbench.runs.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.report.audit.ProjectPolicy;
import org.chaosbench.runs.report.index.IndexResult;
import org.chaosbench.runs.report.index.PublishedIndex;
import org.chaosbench.runs.report.publish.PublishRequest;

/**
 * Regenerates published_results/runs/README.md from the run folders on disk alone, as
 * {@code bin/chaosbench index} does; rows of the old README without a folder are dropped and
 * listed in a warning.
 */
@Mojo(name = "index", requiresProject = false, threadSafe = true)
public class IndexMojo extends AbstractVerdictMojo {
    /**
     * Folder of the published runs, relative to the root. Example:
     * {@code -Dchaosbench.publishedDir=published_results/runs}.
     */
    @Parameter(property = "chaosbench.publishedDir", defaultValue = PublishRequest.DEFAULT_PUBLISHED_DIR)
    private String publishedDir;

    /**
     * full (adds the 95% interval of accuracy and the verdict) or original (the original's seven
     * columns, byte for byte). Example: {@code -Dchaosbench.format=original}.
     */
    @Parameter(property = "chaosbench.format", defaultValue = "full")
    private String format;

    @Override
    protected void run() throws MojoExecutionException {
        java.util.List<String> hashes = promptHashList();
        java.util.List<Long> sizes = subsetSizeList();
        IndexResult result = PublishedIndex.regenerate(root.toPath().resolve(publishedDir),
                indexFormat("chaosbench.format", format),
                () -> ProjectPolicy.load(root.toPath(), freezeManifest, hashes, sizes));
        result.warnings().forEach(getLog()::warn);
        getLog().info(result.summary());
    }
}
