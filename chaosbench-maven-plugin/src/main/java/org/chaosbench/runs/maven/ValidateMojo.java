package org.chaosbench.runs.maven;

import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Checks every dataset item (the six keys, TRUE/FALSE labels, unique ids, valid UTF-8), as
 * {@code bin/chaosbench validate} does. A problem fails the build and is listed as
 * {@code path:line: what is wrong}; the check stops at the first one unless {@code lenient} is set.
 */
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
        // A selector that cannot be read is broken input (an execution error, from the base class);
        // a problem in an item is what this goal looks for, so it fails the build in both modes.
        Selector dataset = Selector.read(root.toPath(), selector);
        ValidationReport report;
        try {
            report = DatasetValidator.validate(dataset, lenient);
        } catch (InvalidInputException first) {
            error(List.of("1 problem (validation stops at the first; -Dchaosbench.lenient=true lists them all):",
                    "  " + first.getMessage()));
            throw problems(1);
        }
        if (report.ok()) {
            info(ConsoleReports.validation(report));
        } else {
            error(ConsoleReports.validation(report));
            throw problems(report.problems().size());
        }
    }

    private static MojoFailureException problems(int count) {
        return new MojoFailureException("The dataset has " + count + " problem(s), listed above.");
    }
}
