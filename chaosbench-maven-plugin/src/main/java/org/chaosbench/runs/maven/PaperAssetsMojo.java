package org.chaosbench.runs.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.report.paper.PaperAssets;
import org.chaosbench.runs.report.paper.PaperAssetsConsole;
import org.chaosbench.runs.report.paper.PaperAssetsTask;

/**
 * Audits the runs and writes the paper assets of the OFFICIAL ones (tables in LaTeX, Markdown
 * and CSV; figures in SVG and PNG), as {@code bin/chaosbench paper-assets} does.
 */
@Mojo(name = "paper-assets", requiresProject = false, threadSafe = true)
public class PaperAssetsMojo extends AbstractVerdictMojo {
    /**
     * Folder of live runs, searched recursively; relative to the root. Example: {@code -Dchaosbench.runsDir=runs}.
     */
    @Parameter(property = "chaosbench.runsDir", defaultValue = PaperAssetsTask.DEFAULT_RUNS_DIR)
    private String runsDir;

    /**
     * Folder of published runs; relative to the root. Example:
     * {@code -Dchaosbench.publishedDir=published_results/runs}.
     */
    @Parameter(property = "chaosbench.publishedDir")
    private String publishedDir;

    /**
     * Where the assets go; relative to the root. Example: {@code -Dchaosbench.out=target/paper_assets}.
     */
    @Parameter(property = "chaosbench.out", defaultValue = PaperAssetsTask.DEFAULT_OUT_DIR)
    private String out;

    /**
     * Folder (relative to the root) whose files replace the bundled templates of the same relative name (e.g.
     * {@code paper/leaderboard.ftltex}). Example: {@code -Dchaosbench.templateDir=src/paper-templates}.
     */
    @Parameter(property = "chaosbench.templateDir")
    private String templateDir;

    @Override
    protected void run() throws MojoExecutionException {
        PaperAssets.Result r = new PaperAssetsTask(root.toPath(), Path.of(runsDir),
                publishedDir == null ? null : Path.of(publishedDir), Path.of(out),
                templateDir == null ? null : Path.of(templateDir), promptHashList(), subsetSizeList(), freezeManifest).run();
        info(PaperAssetsConsole.lines(r));
    }
}
