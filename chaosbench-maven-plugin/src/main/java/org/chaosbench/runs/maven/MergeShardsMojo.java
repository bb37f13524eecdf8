package org.chaosbench.runs.maven;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.eval.shard.MergeConsole;
import org.chaosbench.runs.eval.shard.ShardMerge;

/**
 * Merges the shard runs of one evaluation ({@code eval} with a {@code shard}) into one run
 * folder, as {@code bin/chaosbench merge-shards} does: checks that they belong together (same
 * dataset, prompt, provider, options and item list; each shard once, none missing), writes
 * predictions.jsonl in item-list order and recomputes metrics.json and summary.md. A folder
 * that already holds the merge of exactly these shard runs is left as it is. Example:
 *
 * <pre>{@code
 * mvn chaosbench:merge-shards -Dchaosbench.out=runs/merged -Dchaosbench.shards=runs/shards
 * }</pre>
 */
@Mojo(name = "merge-shards", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class MergeShardsMojo extends AbstractChaosbenchMojo {
    /**
     * The merged run's folder, relative to the root; its name becomes the run id. Example:
     * {@code -Dchaosbench.out=runs/20261129T120000Z_ollama_qwen2.5:7b}.
     */
    @Parameter(property = "chaosbench.out", required = true)
    private String out;

    /**
     * Shard run folders, or folders holding them, relative to the root, in any order, separated
     * by commas. Example: {@code -Dchaosbench.shards=runs/shards}.
     */
    @Parameter(property = "chaosbench.shards", required = true)
    private String shards;

    /**
     * Replace the run files of an output folder that holds something else. Example:
     * {@code -Dchaosbench.merge-shards.force=true}.
     */
    @Parameter(property = "chaosbench.merge-shards.force", defaultValue = "false")
    private boolean force;

    @Override
    protected void run() throws MojoExecutionException {
        Path base = root.toPath().toAbsolutePath().normalize();
        try {
            List<Path> dirs = Arrays.stream(shards.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .map(base::resolve).map(Path::normalize).toList();
            ShardMerge.Result r = ShardMerge.merge(dirs, base.resolve(out).normalize(), force, Clock.systemUTC());
            info(MergeConsole.finished(r));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Cannot merge the shards: " + e.getMessage(), e);
        }
    }
}
