package org.chaosbench.runs.maven;

import java.nio.file.Path;
import java.util.List;

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
public class PaperAssetsMojo extends AbstractChaosbenchMojo {
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

    /**
     * Prompt hashes to accept as current besides those of the configured templates, as
     * {@code --prompt-hash} (repeatable) of the command line. Configured in the POM only. Example:
     * {@code <promptHashes><promptHash>5881f664c444e3d3</promptHash></promptHashes>}.
     */
    @Parameter
    private List<String> promptHashes;

    /**
     * Documented subset sizes, as {@code --subset-size} (repeatable). Configured in the POM only.
     * Example: {@code <subsetSizes><subsetSize>1000</subsetSize></subsetSizes>}.
     */
    @Parameter
    private List<Long> subsetSizes;

    @Override
    protected void run() {
        PaperAssets.Result r = new PaperAssetsTask(root.toPath(), Path.of(runsDir),
                publishedDir == null ? null : Path.of(publishedDir), Path.of(out),
                templateDir == null ? null : Path.of(templateDir), promptHashes, subsetSizes).run();
        info(PaperAssetsConsole.lines(r));
    }
}
