package org.chaosbench.runs.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;

/** Checks every dataset item, as {@code bin/chaosbench validate} does. */
@Mojo(name = "validate", requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractChaosbenchMojo {
    /**
     * Selector relative to the root. Example: {@code -Dchaosbench.selector=data/canonical_v2_files.json}.
     */
    @Parameter(property = "chaosbench.selector", defaultValue = Selector.DEFAULT_PATH)
    private String selector;

    /**
     * Collect every problem into one report instead of stopping at the first. Example:
     * {@code -Dchaosbench.lenient=true}.
     */
    @Parameter(property = "chaosbench.lenient", defaultValue = "false")
    private boolean lenient;

    @Override
    protected void run() throws MojoFailureException {
        ValidationReport report = DatasetValidator.validate(Selector.read(root.toPath(), selector), lenient);
        if (report.ok()) {
            info(ConsoleReports.validation(report));
        } else {
            error(ConsoleReports.validation(report));
            throw new MojoFailureException("The dataset has " + report.problems().size() + " problem(s), listed above.");
        }
    }
}
