package org.chaosbench.runs.maven;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * What every goal shares: the skip switch, the project root, and the translation of library
 * errors into Maven's two failure kinds (broken input: execution exception; a check that
 * found a problem: failure).
 */
public abstract class AbstractChaosbenchMojo extends AbstractMojo {
    /**
     * Skips every ChaosBench goal. Example: {@code -Dchaosbench.skip=true}.
     */
    @Parameter(property = "chaosbench.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Project root holding {@code data/} and {@code artifacts/}. Example:
     * {@code -Dchaosbench.root=../shared/reference/dataset}.
     */
    @Parameter(property = "chaosbench.root", defaultValue = "${project.basedir}")
    protected File root;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: chaosbench.skip is true.");
            return;
        }
        try {
            run();
        } catch (InvalidInputException | UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected void info(List<String> lines) {
        lines.forEach(getLog()::info);
    }

    protected void error(List<String> lines) {
        lines.forEach(getLog()::error);
    }
}
