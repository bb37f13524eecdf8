package org.chaosbench.runs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every dataset item: the six keys, TRUE/FALSE labels, unique ids, valid UTF-8.",
                "Stops at the first problem (path:line: what is wrong) unless --lenient is given."},
        footer = {"", "Examples:", "  bin/chaosbench validate", "  bin/chaosbench validate --lenient --root ../mydata"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Mixin
    SelectorOption selector;

    @Option(names = "--lenient", description = "Collect every problem into one report instead of stopping at the first.")
    boolean lenient;

    @Override
    public Integer call() {
        ValidationReport report = DatasetValidator.validate(Selector.read(root.root, selector.selector), lenient);
        ConsoleReports.validation(report).forEach((report.ok() ? spec.commandLine().getOut()
                : spec.commandLine().getErr())::println);
        return report.ok() ? 0 : 1;
    }
}
