package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.report.audit.AuditConsole;
import org.chaosbench.runs.report.audit.AuditJob;
import org.chaosbench.runs.report.audit.AuditRequest;
import org.chaosbench.runs.report.audit.AuditResult;
import org.chaosbench.runs.report.audit.FailOn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze-runs", aliases = "audit", mixinStandardHelpOptions = true,
        description = {"Audit every run under the runs folder and the published folder: OFFICIAL or EXPLORATORY",
                "with reasons, bias, Wilson 95% intervals, tie-aware ranks, pairwise McNemar tests and a computed",
                "checklist. Writes audit.json and RUNS_AUDIT.md into the out folder and the paper tables into",
                "the paper assets folder.",
                "Exit codes: 0 done, 1 no run found, 2 broken configuration or unreadable input,",
                "3 the --fail-on rule failed."},
        footer = {"", "Examples:", "  bin/chaosbench analyze-runs",
                "  bin/chaosbench analyze-runs --runs-dir runs --out-dir artifacts/runs_audit --fail-on exploratory-published",
                "  bin/chaosbench analyze-runs --root ../shared/reference/dataset --runs-dir ../shared/reference/real_runs \\",
                "      --published-dir ../shared/reference/published_results/runs --out-dir /tmp/audit \\",
                "      --prompt-hash 5881f664c444e3d3 --subset-size 1000 --subset-size 5000"})
final class AnalyzeRunsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = AuditRequest.DEFAULT_RUNS_DIR,
            description = "Live runs, searched recursively (default: ${DEFAULT-VALUE}).")
    Path runsDir;

    @Option(names = "--published-dir", paramLabel = "DIR", defaultValue = AuditRequest.DEFAULT_PUBLISHED_DIR,
            description = "Published runs (default: ${DEFAULT-VALUE}); a run also under --runs-dir is audited once.")
    Path publishedDir;

    @Option(names = "--out-dir", paramLabel = "DIR", defaultValue = AuditRequest.DEFAULT_OUT_DIR,
            description = "Where audit.json and RUNS_AUDIT.md go (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--paper-assets-dir", paramLabel = "DIR", defaultValue = AuditRequest.DEFAULT_PAPER_ASSETS_DIR,
            description = "Where the paper tables of OFFICIAL runs go (default: ${DEFAULT-VALUE}).")
    Path paperAssetsDir;

    @Mixin
    VerdictOptions verdict;

    @Option(names = "--fail-on", paramLabel = "RULE", defaultValue = "none",
            description = "none, error (a run has an error finding) or exploratory-published (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--bias-max-gap", paramLabel = "X", defaultValue = "0.15",
            description = "LABEL-BIASED when |pred TRUE rate - GT TRUE rate| exceeds X (default: ${DEFAULT-VALUE}).")
    double biasMaxGap;

    @Option(names = "--bias-min-recall", paramLabel = "X", defaultValue = "0.40",
            description = "LABEL-BIASED when min(TPR, TNR) is below X (default: ${DEFAULT-VALUE}).")
    double biasMinRecall;

    @Option(names = "--template-dir", paramLabel = "DIR",
            description = "Folder whose templates replace the bundled ones of the same name.")
    Path templateDir;

    @Option(names = "--threads", paramLabel = "N", description = "Runs audited at once (default: the processors).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditResult result;
        try {
            Path r = root.root;
            result = AuditJob.run(new AuditRequest(r, r.resolve(runsDir), r.resolve(publishedDir), r.resolve(outDir),
                    r.resolve(paperAssetsDir), verdict.freezeManifest, verdict.promptHashes, verdict.subsetSizes,
                    new BiasThresholds(biasMaxGap, biasMinRecall), FailOn.parse(failOn),
                    templateDir == null ? null : r.resolve(templateDir),
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads), Clock.systemUTC());
        } catch (InvalidInputException | UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        AuditConsole.lines(result).forEach(out::println);
        if (result.report().runs().isEmpty()) {
            err.println("error: no run found under " + root.root.resolve(runsDir) + " or " + root.root.resolve(publishedDir)
                    + " (a run is a folder holding run_manifest.json)");
            return 1;
        }
        if (result.failed()) {
            err.println("error: --fail-on " + failOn + ": " + result.failureMessage());
            return 3;
        }
        return 0;
    }
}
