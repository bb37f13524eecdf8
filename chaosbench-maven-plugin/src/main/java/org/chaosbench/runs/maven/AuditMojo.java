package org.chaosbench.runs.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.report.audit.AuditConsole;
import org.chaosbench.runs.report.audit.AuditJob;
import org.chaosbench.runs.report.audit.AuditRequest;
import org.chaosbench.runs.report.audit.AuditResult;
import org.chaosbench.runs.report.audit.FailOn;

/**
 * Audits every run, as {@code bin/chaosbench audit} (alias {@code analyze-runs}) does: verdicts with reasons, bias,
 * intervals, ranks, pairwise tests and the checklist, into audit.json, RUNS_AUDIT.md and the
 * paper tables. Bound to {@code verify}, after {@code eval} has produced the runs; the failOn
 * rule turns a policy violation into a build failure.
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class AuditMojo extends AbstractVerdictMojo {
    /** Live runs, searched recursively; relative to the root. Example: {@code -Dchaosbench.runsDir=runs}. */
    @Parameter(property = "chaosbench.runsDir", defaultValue = AuditRequest.DEFAULT_RUNS_DIR)
    private String runsDir;

    /**
     * Published runs; relative to the root. Example: {@code -Dchaosbench.publishedDir=published_results/runs}.
     */
    @Parameter(property = "chaosbench.publishedDir", defaultValue = AuditRequest.DEFAULT_PUBLISHED_DIR)
    private String publishedDir;

    /** Where audit.json and RUNS_AUDIT.md go. Example: {@code -Dchaosbench.outDir=artifacts/runs_audit}. */
    @Parameter(property = "chaosbench.outDir", defaultValue = AuditRequest.DEFAULT_OUT_DIR)
    private String outDir;

    /**
     * Where the paper tables of OFFICIAL runs go. Example:
     * {@code -Dchaosbench.paperAssetsDir=artifacts/paper_assets}.
     */
    @Parameter(property = "chaosbench.paperAssetsDir", defaultValue = AuditRequest.DEFAULT_PAPER_ASSETS_DIR)
    private String paperAssetsDir;

    /**
     * When to fail the build: {@code none}, {@code error} (a run has an error finding) or
     * {@code exploratory-published}. Example: {@code -Dchaosbench.failOn=exploratory-published}.
     */
    @Parameter(property = "chaosbench.failOn", defaultValue = "none")
    private String failOn;

    /** LABEL-BIASED above this TRUE-rate gap. Example: {@code -Dchaosbench.biasMaxGap=0.15}. */
    @Parameter(property = "chaosbench.biasMaxGap", defaultValue = "0.15")
    private double biasMaxGap;

    /** LABEL-BIASED when min(TPR, TNR) is below this. Example: {@code -Dchaosbench.biasMinRecall=0.40}. */
    @Parameter(property = "chaosbench.biasMinRecall", defaultValue = "0.40")
    private double biasMinRecall;

    /** Templates that replace the bundled ones of the same name. Example: {@code -Dchaosbench.templateDir=src/templates}. */
    @Parameter(property = "chaosbench.templateDir")
    private File templateDir;

    /** Runs audited at once; 0 for the number of processors. Example: {@code -Dchaosbench.threads=2}. */
    @Parameter(property = "chaosbench.threads", defaultValue = "0")
    private int threads;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path r = root.toPath().toAbsolutePath().normalize();
        FailOn rule;
        BiasThresholds thresholds;
        try {
            rule = FailOn.parse(failOn);
            thresholds = new BiasThresholds(biasMaxGap, biasMinRecall);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        AuditResult result = AuditJob.run(new AuditRequest(r, r.resolve(runsDir), r.resolve(publishedDir),
                r.resolve(outDir), r.resolve(paperAssetsDir), freezeManifest, promptHashList(), subsetSizeList(), thresholds,
                rule, templateDir == null ? null : templateDir.toPath(),
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors()), Clock.systemUTC());
        info(AuditConsole.lines(result));
        if (result.report().runs().isEmpty()) {
            getLog().warn("No run found under " + r.resolve(runsDir) + " or " + r.resolve(publishedDir)
                    + " (a run is a folder holding run_manifest.json).");
        }
        if (result.failed()) {
            throw new MojoFailureException("failOn " + rule.option() + ": " + result.failureMessage());
        }
    }
}
