package org.chaosbench.runs.maven;

import java.io.File;
import java.time.Duration;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.report.site.SiteBuilder;
import org.chaosbench.runs.report.site.SiteWatcher;
import org.chaosbench.runs.report.site.SiteOptions;

/**
 * Builds the static leaderboard site for GitHub Pages, as {@code bin/chaosbench site} does: one
 * board per dataset fingerprint and item selection, a page per run, downloads and a changelog,
 * with relative links only. Pages whose content did not change are not rewritten.
 */
@Mojo(name = "site", requiresProject = false, threadSafe = true)
public class SiteMojo extends AbstractChaosbenchMojo {
    /**
     * Published run folders. Example: {@code -Dchaosbench.publishedDir=published_results/runs}.
     */
    @Parameter(property = "chaosbench.publishedDir", defaultValue = "${project.basedir}/published_results/runs")
    private File publishedDir;

    /**
     * Live run folders shown as well; none by default. Example: {@code -Dchaosbench.runsDir=runs}.
     */
    @Parameter(property = "chaosbench.runsDir")
    private File runsDir;

    /**
     * The site folder. Example: {@code -Dchaosbench.out=target/pages}.
     */
    @Parameter(property = "chaosbench.out", defaultValue = "${project.build.directory}/chaosbench-site")
    private File out;

    /**
     * Files here replace bundled templates of the same name. Example: {@code -Dchaosbench.templateDir=src/templates}.
     */
    @Parameter(property = "chaosbench.templateDir")
    private File templateDir;

    /**
     * Keep running and rebuild whenever a run is published, changed or removed (Ctrl-C stops), for
     * a local preview while publishing. Example: {@code -Dchaosbench.watch=true}.
     */
    @Parameter(property = "chaosbench.watch", defaultValue = "false")
    private boolean watch;

    /**
     * With {@code watch}: how often to look for changes, in milliseconds. Example:
     * {@code -Dchaosbench.watchInterval=1000}.
     */
    @Parameter(property = "chaosbench.watchInterval", defaultValue = "250")
    private long watchInterval;

    @Override
    protected void run() throws MojoExecutionException {
        SiteOptions options = new SiteOptions(root.toPath(), publishedDir.toPath(),
                runsDir == null ? null : runsDir.toPath(), out.toPath(),
                templateDir == null ? null : templateDir.toPath());
        if (!watch) {
            info(SiteBuilder.build(options).summaryLines());
            return;
        }
        try {
            new SiteWatcher(options, Duration.ofMillis(watchInterval))
                    .run(SiteWatcher.console(getLog()::info, getLog()::error), () -> false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while watching " + publishedDir, e);
        }
    }
}
