package org.chaosbench.runs.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.chaosbench.runs.eval.shard.MergeConsole;
import org.chaosbench.runs.eval.shard.ShardMerge;

@Command(name = "merge-shards", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge the shard runs of one evaluation (eval --shard I/N) into one run folder: checks that",
                "they belong together (dataset, prompt, provider, options, item list; each shard once, none",
                "missing), writes predictions.jsonl in item-list order and recomputes metrics and summary."},
        footer = {"", "Examples:",
                "  bin/chaosbench merge-shards --out runs/20261129T120000Z_ollama_qwen2.5:7b runs/shards/*_shard*of4",
                "  bin/chaosbench merge-shards --out runs/merged runs/shards      (a folder holding the shard runs)",
                "", "See docs/SHARDING.md for SLURM array jobs and CI matrix builds."})
final class MergeShardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    RootOption root;

    @Option(names = "--out", paramLabel = "RUN_DIR", required = true,
            description = "The merged run's folder; its name becomes the run id. Must be new or empty.")
    Path out;

    @Option(names = "--force", description = "Replace the run files of a folder that holds something else.")
    boolean force;

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*",
            description = "Shard run folders, or folders holding them, in any order.")
    List<Path> shards;

    @Override
    public Integer call() {
        Path base = root.root;
        ShardMerge.Result r = ShardMerge.merge(shards.stream().map(base::resolve).map(Path::normalize).toList(),
                base.resolve(out).normalize(), force, Clock.systemUTC());
        MergeConsole.finished(r).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
