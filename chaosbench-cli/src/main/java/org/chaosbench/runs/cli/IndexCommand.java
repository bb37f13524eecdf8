package org.chaosbench.runs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.audit.ProjectPolicy;
import org.chaosbench.runs.report.index.IndexFormat;
import org.chaosbench.runs.report.index.IndexResult;
import org.chaosbench.runs.report.index.PublishedIndex;
import org.chaosbench.runs.report.publish.PublishRequest;

@Command(name = "index", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Regenerate published_results/runs/README.md from the run folders on disk alone. Rows of",
                "the old README without a folder are dropped and listed in a warning."},
        footer = {"", "Examples:", "  bin/chaosbench index", "  bin/chaosbench index --format original",
                "  bin/chaosbench index --published-dir ../shared/reference/published_results/runs --format original"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;
    @Mixin
    VerdictOptions verdict;

    @Option(names = "--published-dir", paramLabel = "DIR", defaultValue = PublishRequest.DEFAULT_PUBLISHED_DIR,
            description = "Folder of the published runs, relative to the root (default: ${DEFAULT-VALUE}).")
    Path publishedDir;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "full", converter = IndexFormatConverter.class,
            description = "full (default: adds the 95%% CI and the verdict) or original (the original's seven columns).")
    IndexFormat format;

    @Override
    public Integer call() {
        IndexResult result = PublishedIndex.regenerate(root.root.resolve(publishedDir), format,
                () -> ProjectPolicy.load(root.root, verdict.freezeManifest, verdict.promptHashes, verdict.subsetSizes));
        result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        spec.commandLine().getOut().println(result.summary());
        return 0;
    }
}
