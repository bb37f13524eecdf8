package org.chaosbench.runs.maven;

import java.io.File;
import java.time.Clock;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.report.publish.PublishRefusedException;
import org.chaosbench.runs.report.publish.PublishRequest;
import org.chaosbench.runs.report.publish.PublishResult;
import org.chaosbench.runs.report.publish.RunPublisher;

/**
 * Publishes a run into published_results/runs/&lt;run_id&gt;/ and regenerates its README index,
 * as {@code bin/chaosbench publish-run} does; works without a POM, like {@code versions:set}:
 * {@code mvn chaosbench:publish-run -Dchaosbench.run=runs/<run_id>}. A run the audit marks
 * EXPLORATORY fails the build unless {@code chaosbench.allowExploratory} is set.
 */
@Mojo(name = "publish-run", requiresProject = false, threadSafe = true)
public class PublishRunMojo extends AbstractVerdictMojo {
    /**
     * The run folder. Example: {@code -Dchaosbench.run=runs/20260220T104105Z_ollama_llama3.1:8b}.
     */
    @Parameter(property = "chaosbench.run", required = true)
    private File run;

    /**
     * Destination folder instead of published_results/runs/&lt;run_id&gt;. Example:
     * {@code -Dchaosbench.out=published_results/runs/llama31_8b_canonical_v2}.
     */
    @Parameter(property = "chaosbench.out")
    private File out;

    /**
     * Add predictions_subset.jsonl.gz for a subset run. Example: {@code -Dchaosbench.compressPredictions=true}.
     */
    @Parameter(property = "chaosbench.compressPredictions", defaultValue = "false")
    private boolean compressPredictions;

    /**
     * Replace an existing published folder of the run. Example: {@code -Dchaosbench.force=true}.
     */
    @Parameter(property = "chaosbench.force", defaultValue = "false")
    private boolean force;

    /**
     * Publish a run the audit marks EXPLORATORY, labelled as such. Example:
     * {@code -Dchaosbench.allowExploratory=true}.
     */
    @Parameter(property = "chaosbench.allowExploratory", defaultValue = "false")
    private boolean allowExploratory;

    /**
     * Layout of the regenerated README.md, full or original. Example: {@code -Dchaosbench.indexFormat=original}.
     */
    @Parameter(property = "chaosbench.indexFormat", defaultValue = "full")
    private String indexFormat;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        try {
            PublishResult result = RunPublisher.publish(new PublishRequest(root.toPath(), run.toPath(),
                    out == null ? null : out.toPath(), compressPredictions, force, allowExploratory, freezeManifest,
                    promptHashList(), subsetSizeList(), indexFormat("chaosbench.indexFormat", indexFormat)),
                    Clock.systemUTC());
            result.warnings().forEach(getLog()::warn);
            info(result.lines());
        } catch (PublishRefusedException e) {
            error(e.reasons().stream().map(r -> "  - " + r).toList());
            throw new MojoFailureException(e.getMessage() + " (reasons listed above)", e);
        }
    }
}
