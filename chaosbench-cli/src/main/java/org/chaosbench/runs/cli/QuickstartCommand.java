package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.eval.provider.ApiKeys;
import org.chaosbench.runs.eval.runner.EvalOptions;
import org.chaosbench.runs.eval.runner.EvalProgress;
import org.chaosbench.runs.eval.runner.EvalRun;
import org.chaosbench.runs.eval.runner.Evaluations;
import org.chaosbench.runs.eval.runner.RunInputs;
import org.chaosbench.runs.ingest.compat.PyRound;
import org.chaosbench.runs.ingest.console.ConsoleReports;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.FreezeCheck;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.ValidationReport;

@Command(name = "quickstart", mixinStandardHelpOptions = true,
        description = {"The main job on the embedded dataset: validate it, check it against its freeze",
                "manifest, print its fingerprint and evaluate the offline baselines into runs/ (a baseline",
                "whose run with the same inputs exists is not evaluated again). Stops at the first failing step."},
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

        out.println("== 1/4 validate " + Selector.DEFAULT_PATH);
        ValidationReport report = DatasetValidator.validate(selector, true);
        ConsoleReports.validation(report).forEach(out::println);
        if (!report.ok()) {
            return 1;
        }

        String manifest = Freezer.DEFAULT_OUTPUT_DIR + "/" + Freezer.MANIFEST_NAME;
        out.println("== 2/4 freeze --check against " + manifest);
        FreezeCheck check = Freezer.check(root.root, Selector.DEFAULT_PATH, root.root.resolve(manifest));
        ConsoleReports.freezeCheck(check, manifest).forEach(out::println);
        if (!check.matches()) {
            return 1;
        }

        out.println("== 3/4 fingerprint");
        ConsoleReports.fingerprint(GlobalFingerprint.compute(selector, GlobalFingerprint.Formula.COUNTED))
                .forEach(out::println);

        out.println("== 4/4 evaluate the offline baselines into runs/");
        Path runs = Path.of("runs");
        for (String baseline : BASELINES) {
            EvalOptions o = new EvalOptions();
            o.provider = baseline;
            RunInputs planned = RunInputs.of(root.root, o, ApiKeys.none());
            Optional<Path> done = Evaluations.findCompletedRun(root.root, runs, planned);
            if (done.isPresent()) {
                out.println(baseline + ": up to date, " + done.get());
                continue;
            }
            EvalRun.Result r = Evaluations.evaluate(root.root, runs, planned, ApiKeys.none(), EvalProgress.NONE,
                    Clock.systemUTC());
            out.println(baseline + ": evaluated " + r.metrics().total() + " items, accuracy "
                    + PyRound.fixed(r.metrics().accuracyValid(), 4) + ", " + r.runDir());
        }
        return 0;
    }

    private static final List<String> BASELINES = List.of("always-true", "always-false", "random");
}
