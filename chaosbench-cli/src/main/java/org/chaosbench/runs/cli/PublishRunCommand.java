package org.chaosbench.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.report.index.IndexFormat;
import org.chaosbench.runs.report.publish.PublishRefusedException;
import org.chaosbench.runs.report.publish.PublishRequest;
import org.chaosbench.runs.report.publish.PublishResult;
import org.chaosbench.runs.report.publish.RunPublisher;

@Command(name = "publish-run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Copy a run's manifest, metrics and summary into published_results/runs/<run_id>/ with a",
                "publish_receipt.json, and regenerate published_results/runs/README.md (FORMATS 7). A run the",
                "audit marks EXPLORATORY is refused unless --allow-exploratory is given (exit code 3)."},
        footer = {"", "Examples:", "  bin/chaosbench publish-run --run runs/20260220T104105Z_ollama_llama3.1:8b",
                "  bin/chaosbench publish-run --run runs/20260219T193151Z_ollama_qwen2.5:7b --compress-predictions",
                "  bin/chaosbench publish-run --run runs/<run_id> --out published_results/runs/llama31_8b --force",
                "  bin/chaosbench publish-run --run runs/<run_id> --prompt-hash 5881f664c444e3d3 --subset-size 5000"})
final class PublishRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;
    @Mixin
    VerdictOptions verdict;

    @Option(names = "--run", paramLabel = "RUN_DIR", required = true, description = "The run folder, relative to the root.")
    Path run;
    @Option(names = "--out", paramLabel = "DIR", description = "Destination folder (default published_results/runs/<run_id>).")
    Path out;
    @Option(names = "--compress-predictions", description = "Add predictions_subset.jsonl.gz for a subset run.")
    boolean compressPredictions;
    @Option(names = "--force", description = "Replace an existing published folder of this run.")
    boolean force;
    @Option(names = "--allow-exploratory", description = "Publish a run the audit marks EXPLORATORY, labelled as such.")
    boolean allowExploratory;
    @Option(names = "--index-format", paramLabel = "FORMAT", defaultValue = "full", converter = IndexFormatConverter.class,
            description = "Layout of the regenerated README.md: full (default) or original.")
    IndexFormat indexFormat;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            PublishResult result = RunPublisher.publish(new PublishRequest(root.root, run, out, compressPredictions, force,
                    allowExploratory, verdict.freezeManifest, verdict.promptHashes, verdict.subsetSizes, indexFormat),
                    Clock.systemUTC());
            result.warnings().forEach(w -> err.println("warning: " + w));
            result.lines().forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (PublishRefusedException e) {
            err.println("error: " + e.getMessage());
            e.reasons().forEach(r -> err.println("  - " + r));
            return 3;
        }
    }
}
