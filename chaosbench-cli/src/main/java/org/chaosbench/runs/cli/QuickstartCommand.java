package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;

@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"The main job on the embedded dataset: validate it, check it against its freeze",
                "manifest and print its fingerprint. Stops at the first step that fails."},
        footer = {"", "Example:", "  bin/chaosbench quickstart"})
final class QuickstartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Selector selector = Selector.read(root.root, Selector.DEFAULT_PATH);

        out.println("== 1/3 validate " + Selector.DEFAULT_PATH);
        ValidationReport report = DatasetValidator.validate(selector, true);
        ConsoleReports.validation(report).forEach(out::println);
        if (!report.ok()) {
            return 1;
        }

        String manifest = Freezer.DEFAULT_OUTPUT_DIR + "/" + Freezer.MANIFEST_NAME;
        out.println("== 2/3 freeze --check against " + manifest);
        FreezeCheck check = Freezer.check(root.root, Selector.DEFAULT_PATH, root.root.resolve(manifest));
        ConsoleReports.freezeCheck(check, manifest).forEach(out::println);
        if (!check.matches()) {
            return 1;
        }

        out.println("== 3/3 fingerprint");
        ConsoleReports.fingerprint(GlobalFingerprint.compute(selector, GlobalFingerprint.Formula.COUNTED))
                .forEach(out::println);
        return 0;
    }
}
