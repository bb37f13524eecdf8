package org.chaosbench.runs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;

@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = "Print the dataset's global SHA-256 (FORMATS 2.1) as the last line.",
        footer = {"", "Examples:", "  bin/chaosbench fingerprint",
                "  bin/chaosbench fingerprint --root ../shared/reference/dataset --legacy"})
final class FingerprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Mixin
    SelectorOption selector;

    @Option(names = "--legacy", description = "Use the legacy formula (path:sha, no line count) of older run manifests.")
    boolean legacy;

    @Override
    public Integer call() {
        GlobalFingerprint fp = GlobalFingerprint.compute(Selector.read(root.root, selector.selector),
                legacy ? GlobalFingerprint.Formula.LEGACY : GlobalFingerprint.Formula.COUNTED);
        ConsoleReports.fingerprint(fp).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
