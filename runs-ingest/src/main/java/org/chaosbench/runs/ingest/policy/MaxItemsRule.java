package org.chaosbench.runs.ingest.policy;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RUNS_POLICY 1, criterion 4: the run covers the full dataset or a documented subset.
 * {@code max_items} alone cannot tell: a run made from a subset file also has
 * {@code max_items: null} (FORMATS 12.3). Our runner records the evaluated file in
 * {@code evaluated_dataset.source}, so such a run is judged as the subset run it is.
 */
public final class MaxItemsRule implements PolicyRule {
    public static final String NAME = "max_items";

    @Override
    public RuleResult check(RunManifest manifest, PolicyContext context) {
        JsonNode shard = manifest.extra().get("shard");
        if (shard != null && shard.isObject()) {
            return RuleResult.fail(NAME, "a shard (" + shard.path("index").asText("?") + " of "
                    + shard.path("count").asText("?") + ") of a sharded evaluation, not a whole run; merge the shards "
                    + "with `bin/chaosbench merge-shards` and use the merged run");
        }
        String source = subsetSource(manifest);
        if (source != null) {
            return checkSubsetRun(source, manifest.maxItems(), context);
        }
        Long max = manifest.maxItems();
        if (max == null) {
            Long total = manifest.totalItemsEvaluated();
            // The freeze manifest's count, else the canonical files' on disk (as RunScope judges runs).
            Long canonical = context.canonicalItemCount();
            if (total == null || canonical == null || total >= canonical) {
                return RuleResult.pass(NAME, "max_items is null: a full run over the canonical dataset");
            }
            // The original runner records max_items null for a run over a subset file and
            // not the file (FORMATS 12.3); fewer items than the canonical dataset holds gives it away.
            String counted = context.freezeManifest() != null ? " frozen items"
                    : " items of the canonical files on disk (no freeze manifest)";
            String prefix = "max_items is null but total_items_evaluated is " + total + ", fewer than the " + canonical
                    + counted + ": a run over a subset file the manifest does not name, not a full run; ";
            String documented = documentedSize(total, context);
            return documented != null
                    ? RuleResult.pass(NAME, prefix + total + " is " + documented)
                    : RuleResult.fail(NAME, prefix + total + " is " + notDocumented(context)
                            + "; re-run on the full dataset or on a documented subset");
        }
        String documented = documentedSize(max, context);
        if (documented != null) {
            return RuleResult.pass(NAME, "max_items " + max + " is " + documented);
        }
        return RuleResult.fail(NAME, "max_items " + max + " is " + notDocumented(context)
                + "; re-run on the full dataset or on a documented subset");
    }

    /** How {@code size} is documented (configuration first, then a subset file), or null. */
    private static String documentedSize(long size, PolicyContext context) {
        if (context.documentedSubsetSizes().contains(size)) {
            return "a subset size listed in configuration";
        }
        return context.subsets().stream().filter(s -> s.documented() && s.size() == size).findFirst()
                .map(s -> "the size of the documented subset " + s.relativePath()).orElse(null);
    }

    private static String notDocumented(PolicyContext context) {
        String listed = context.documentedSubsetSizes().isEmpty() ? "none"
                : new TreeSet<>(context.documentedSubsetSizes()).toString();
        String subsetSizes = context.subsets().stream().filter(DocumentedSubset::documented)
                .map(s -> String.valueOf(s.size())).collect(Collectors.toCollection(TreeSet::new)).toString();
        return "neither a subset size listed in configuration (" + listed
                + ") nor the size of a documented subset under data/subsets (" + subsetSizes + ")";
    }

    /** The subset file the run evaluated, or null for a run over the canonical files. */
    static String subsetSource(RunManifest manifest) {
        JsonNode evaluated = manifest.extra().get("evaluated_dataset");
        JsonNode source = evaluated == null ? null : evaluated.get("source");
        if (source == null || !source.isTextual() || source.textValue().equals("canonical")) {
            return null;
        }
        return source.textValue();
    }

    private static RuleResult checkSubsetRun(String source, Long max, PolicyContext context) {
        Path root = context.projectRoot().toAbsolutePath().normalize();
        Path file = root.resolve(source).normalize();
        DocumentedSubset subset = context.subsets().stream()
                .filter(s -> s.file().toAbsolutePath().normalize().equals(file)).findFirst().orElse(null);
        if (subset == null) {
            return RuleResult.fail(NAME, "subset run on " + source + ", which is not a subset file under "
                    + DocumentedSubset.FOLDER + " of this project; re-run on a documented subset or the full dataset");
        }
        if (!subset.documented()) {
            return RuleResult.fail(NAME, "subset run on " + subset.relativePath() + ", which is not documented: "
                    + subset.problem() + "; fix the subset or its manifest (`bin/chaosbench subset`), or re-run");
        }
        if (max != null && max < subset.size()) {
            return RuleResult.fail(NAME, "subset run on " + subset.relativePath() + " cut to max_items " + max
                    + " of its " + subset.size() + " items, which is not a documented subset; re-run without --max-items");
        }
        return RuleResult.pass(NAME, "subset run on the documented subset " + subset.relativePath() + " ("
                + subset.size() + " items), not a full run");
    }
}
