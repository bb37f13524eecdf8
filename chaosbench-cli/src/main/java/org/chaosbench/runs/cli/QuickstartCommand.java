package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.quickstart.QuickstartJob;
import org.chaosbench.runs.report.quickstart.QuickstartResult;

@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"The main job on the embedded dataset: validate it, check it against its freeze manifest,",
                "print its fingerprint, evaluate the offline baselines into runs/ (a baseline whose run with the",
                "same inputs exists is not evaluated again), audit every run into artifacts/runs_audit and",
                "artifacts/paper_assets, regenerate published_results/runs/README.md (when that folder exists)",
                "and build the leaderboard site into " + QuickstartJob.DEFAULT_SITE_DIR + ". The last two lines",
                "are the paths of RUNS_AUDIT.md and of the site's index.html. Stops at the first failing step."},
        footer = {"", "Example:", "  bin/chaosbench quickstart"})
final class QuickstartCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QuickstartResult result = QuickstartJob.run(root.root, out::println, Clock.systemUTC());
        if (!result.ok()) {
            spec.commandLine().getErr().println("error: " + result.problem());
            return 1;
        }
        out.println("Audit report: " + result.auditMarkdown().toAbsolutePath().normalize());
        out.println("Leaderboard: " + result.siteIndex().toAbsolutePath().normalize());
        return 0;
    }
}
