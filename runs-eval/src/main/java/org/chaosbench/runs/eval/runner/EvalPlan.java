package org.chaosbench.runs.eval.runner;

import java.nio.file.Path;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.eval.select.ItemSelection;
import org.chaosbench.runs.eval.shard.ShardInfo;
import org.chaosbench.runs.ingest.dataset.Dataset;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * What a run will evaluate, worked out before any call: the items in order, the prompt, the
 * dataset fingerprint the manifest records.
 *
 * @param datasetSha global SHA of the canonical selector (FORMATS 5.10), or {@code unavailable}
 * @param evaluatedSha SHA-256 of the subset or dataset file evaluated, null for the canonical selector
 * @param selection the items this run evaluates: the shard's part when sharded
 * @param shard the shard and the fingerprints of the whole list, or null for an unsharded run
 */
public record EvalPlan(Path root, EvalSettings settings, PromptTemplate template, ItemSelection selection,
        String datasetSha, String evaluatedSha, ShardInfo shard) {

    public static EvalPlan of(Path root, EvalSettings settings) {
        PromptTemplate template = PromptTemplate.resolve(root, settings.promptTemplate());
        String file = settings.evaluatedFile();
        var items = file == null ? Dataset.load(Selector.read(root, Selector.DEFAULT_PATH))
                : Dataset.loadFile(root.resolve(file));
        ItemSelection selection = ItemSelection.select(items, settings.maxItems(), settings.seed(), settings.shuffleSeed());
        ShardInfo shard = null;
        if (settings.shard() != null) {
            // Split after sampling and ordering, so the shards together are exactly the unsharded run.
            shard = ShardInfo.plan(settings.shard(), selection.items());
            selection = new ItemSelection(settings.shard().take(selection.items()), selection.orderMode());
        }
        String evaluatedSha = file == null ? null
                : org.chaosbench.runs.ingest.dataset.FileFingerprint.of(root.resolve(file)).sha256();
        return new EvalPlan(root, settings, template, selection, canonicalSha(root), evaluatedSha, shard);
    }

    /** As the original: the canonical selector's SHA whatever was evaluated, {@code unavailable} if it cannot be computed. */
    private static String canonicalSha(Path root) {
        try {
            return GlobalFingerprint.compute(Selector.read(root, Selector.DEFAULT_PATH),
                    GlobalFingerprint.Formula.COUNTED).sha256();
        } catch (InvalidInputException | java.io.UncheckedIOException e) {
            return "unavailable";
        }
    }
}
