package org.chaosbench.runs.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.Freezer;

@Command(name = "freeze", mixinStandardHelpOptions = true,
        description = {"Validate the dataset and write artifacts/freeze/v2_freeze_manifest.json (FORMATS 2.2),",
                "or with --check compare the dataset with it and exit 1 naming every changed file."},
        footer = {"", "Examples:", "  bin/chaosbench freeze", "  bin/chaosbench freeze --check"})
final class FreezeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Mixin
    SelectorOption selector;

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = Freezer.DEFAULT_OUTPUT_DIR,
            description = "Folder of the freeze files, relative to the root (default: ${DEFAULT-VALUE}).")
    String outputDir;

    @Option(names = "--check", description = "Compare the dataset with the freeze manifest instead of writing it.")
    boolean check;

    @Override
    public Integer call() {
        if (check) {
            String manifest = outputDir + "/" + Freezer.MANIFEST_NAME;
            FreezeCheck result = Freezer.check(root.root, selector.selector, root.root.resolve(manifest));
            List<String> lines = ConsoleReports.freezeCheck(result, manifest);
            lines.forEach((result.matches() ? spec.commandLine().getOut() : spec.commandLine().getErr())::println);
            return result.matches() ? 0 : 1;
        }
        FreezeManifest m = Freezer.freeze(root.root, selector.selector, outputDir, Clock.systemUTC());
        ConsoleReports.frozen(m, outputDir).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
