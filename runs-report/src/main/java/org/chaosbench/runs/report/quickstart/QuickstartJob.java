package org.chaosbench.runs.report.quickstart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.eval.runner.RunInputs;
import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;
import org.chaosbench.runs.report.audit.AuditConsole;
import org.chaosbench.runs.report.audit.AuditJob;
import org.chaosbench.runs.report.audit.AuditMarkdown;
import org.chaosbench.runs.report.audit.AuditRequest;
import org.chaosbench.runs.report.audit.AuditResult;
import org.chaosbench.runs.report.audit.FailOn;
import org.chaosbench.runs.report.audit.ProjectPolicy;
import org.chaosbench.runs.report.index.IndexFormat;
import org.chaosbench.runs.report.index.IndexResult;
import org.chaosbench.runs.report.index.PublishedIndex;
import org.chaosbench.runs.report.site.SiteBuilder;
import org.chaosbench.runs.report.site.SiteOptions;
import org.chaosbench.runs.report.site.SiteResult;

/**
 * The newcomer's main job over the embedded dataset, step by step with the libraries' own
 * stages: validate, freeze check, fingerprint, the offline baselines (incremental), audit,
 * published index and leaderboard site. Stops at the first failing step, because every later
 * step would only report the same broken input again.
 */
public final class QuickstartJob {
    /** The offline baselines, in the order they are evaluated. */
    public static final List<String> BASELINES = List.of("always-true", "always-false", "random");
    /** Git-ignored (target/), so a newcomer's first run leaves the checkout clean. */
    public static final String DEFAULT_SITE_DIR = "target/leaderboard";
    /**
     * The site needs a published folder; without published_results/runs it gets this empty,
     * git-ignored one, so that the board shows the live runs alone.
     */
    static final String EMPTY_PUBLISHED_DIR = "target/quickstart/no-published-runs";

    private static final int STEPS = 7;

    private QuickstartJob() {
    }

    /**
     * @param root the project root (data/, artifacts/freeze/, runs/, published_results/)
     * @param out receives each console line as it is produced
     */
    public static QuickstartResult run(Path root, Consumer<String> out, Clock clock) {
        Selector selector = Selector.read(root, Selector.DEFAULT_PATH);

        out.accept(step(1, "validate " + Selector.DEFAULT_PATH));
        ValidationReport report = DatasetValidator.validate(selector, true);
        ConsoleReports.validation(report).forEach(out);
        if (!report.ok()) {
            return QuickstartResult.failed("the dataset has invalid items (fix the lines named above)");
        }

        String manifest = Freezer.DEFAULT_OUTPUT_DIR + "/" + Freezer.MANIFEST_NAME;
        out.accept(step(2, "freeze --check against " + manifest));
        FreezeCheck check = Freezer.check(root, Selector.DEFAULT_PATH, root.resolve(manifest));
        ConsoleReports.freezeCheck(check, manifest).forEach(out);
        if (!check.matches()) {
            return QuickstartResult.failed("the dataset differs from " + manifest
                    + " (restore the files, or run bin/chaosbench freeze to accept the change)");
        }

        out.accept(step(3, "fingerprint"));
        ConsoleReports.fingerprint(GlobalFingerprint.compute(selector, GlobalFingerprint.Formula.COUNTED)).forEach(out);

        out.accept(step(4, "evaluate the offline baselines into " + AuditRequest.DEFAULT_RUNS_DIR + "/"));
        int evaluated = evaluateBaselines(root, out, clock);

        out.accept(step(5, "audit into " + AuditRequest.DEFAULT_OUT_DIR + " and " + AuditRequest.DEFAULT_PAPER_ASSETS_DIR));
        Path published = root.resolve(AuditRequest.DEFAULT_PUBLISHED_DIR);
        boolean hasPublished = Files.isDirectory(published);
        AuditResult audit = AuditJob.run(new AuditRequest(root, root.resolve(AuditRequest.DEFAULT_RUNS_DIR),
                hasPublished ? published : null, root.resolve(AuditRequest.DEFAULT_OUT_DIR),
                root.resolve(AuditRequest.DEFAULT_PAPER_ASSETS_DIR), null, List.of(), List.of(), BiasThresholds.DEFAULTS,
                FailOn.NONE, null, Runtime.getRuntime().availableProcessors()), clock);
        AuditConsole.lines(audit).forEach(out);

        out.accept(step(6, "regenerate the published index " + AuditRequest.DEFAULT_PUBLISHED_DIR + "/"
                + PublishedIndex.FILE_NAME));
        if (hasPublished) {
            IndexResult index = PublishedIndex.regenerate(published, IndexFormat.FULL,
                    () -> ProjectPolicy.load(root, null, List.of(), List.of()));
            index.warnings().forEach(w -> out.accept("warning: " + w));
            out.accept(index.summary());
        } else {
            out.accept("skipped: " + published + " does not exist (nothing published yet; "
                    + "bin/chaosbench publish-run --run runs/<run_id> creates it)");
        }

        out.accept(step(7, "build the leaderboard site into " + DEFAULT_SITE_DIR));
        Path sitePublished = published;
        if (!hasPublished) {
            sitePublished = root.resolve(EMPTY_PUBLISHED_DIR);
            createDirectories(sitePublished);
        }
        SiteResult site = SiteBuilder.build(new SiteOptions(root, sitePublished,
                root.resolve(AuditRequest.DEFAULT_RUNS_DIR), root.resolve(DEFAULT_SITE_DIR), null));
        site.summaryLines().forEach(out);

        return QuickstartResult.done(evaluated, root.resolve(AuditRequest.DEFAULT_OUT_DIR).resolve(AuditMarkdown.FILE_NAME),
                site.index());
    }

    /** Returns how many baselines were evaluated (0 when every run with the same inputs exists). */
    private static int evaluateBaselines(Path root, Consumer<String> out, Clock clock) {
        Path runs = Path.of(AuditRequest.DEFAULT_RUNS_DIR);
        int evaluated = 0;
        for (String baseline : BASELINES) {
            EvalOptions o = new EvalOptions();
            o.provider = baseline;
            RunInputs planned = RunInputs.of(root, o, ApiKeys.none());
            Optional<Path> done = Evaluations.findCompletedRun(root, runs, planned);
            if (done.isPresent()) {
                out.accept(baseline + ": up to date, " + done.get());
                continue;
            }
            EvalRun.Result r = Evaluations.evaluate(root, runs, planned, ApiKeys.none(), EvalProgress.NONE, clock);
            evaluated++;
            out.accept(baseline + ": evaluated " + r.metrics().total() + " items, accuracy "
                    + PyRound.fixed(r.metrics().accuracyValid(), 4) + ", " + r.runDir());
        }
        return evaluated;
    }

    private static String step(int n, String what) {
        return "== " + n + "/" + STEPS + " " + what;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir, e);
        }
    }
}
