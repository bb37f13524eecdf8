package org.chaosbench.runs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.paper.PaperAssets;
import org.chaosbench.runs.report.paper.PaperAssetsConsole;
import org.chaosbench.runs.report.paper.PaperAssetsTask;

@Command(name = "paper-assets", mixinStandardHelpOptions = true,
        description = {"Audit the runs and write the paper assets of the OFFICIAL ones: leaderboard and per-family",
                "tables in LaTeX (booktabs), Markdown and CSV, the original tool's baselines tables, and the",
                "figures (accuracy with Wilson intervals, model x family heatmap, accuracy against board size,",
                "confusion matrices) as SVG and PNG."},
        footer = {"", "Examples:", "  bin/chaosbench paper-assets",
                "  bin/chaosbench paper-assets --runs-dir runs --published-dir published_results/runs --out /tmp/assets",
                "  bin/chaosbench paper-assets --template-dir my-templates   # my-templates/paper/leaderboard.ftltex"})
final class PaperAssetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RootOption root;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = PaperAssetsTask.DEFAULT_RUNS_DIR,
            description = "Folder of live runs, searched recursively (default: ${DEFAULT-VALUE}).")
    Path runsDir;

    @Option(names = "--published-dir", paramLabel = "DIR",
            description = "Folder of published runs, e.g. published_results/runs (default: none).")
    Path publishedDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = PaperAssetsTask.DEFAULT_OUT_DIR,
            description = "Where the assets go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--template-dir", paramLabel = "DIR",
            description = {"Folder whose files replace bundled templates of the same relative name,",
                "e.g. DIR/paper/leaderboard.ftltex (default: none)."})
    Path templateDir;

    @Mixin
    VerdictOptions verdict;

    @Override
    public Integer call() {
        PaperAssets.Result r = new PaperAssetsTask(root.root, runsDir, publishedDir, out, templateDir,
                verdict.promptHashes, verdict.subsetSizes, verdict.freezeManifest).run();
        PaperAssetsConsole.lines(r).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
