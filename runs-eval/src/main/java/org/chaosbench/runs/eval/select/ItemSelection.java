package org.chaosbench.runs.eval.select;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.compat.PyRandom;
import org.chaosbench.runs.ingest.dataset.DatasetItem;

/**
 * Which items a run evaluates and in which order (FORMATS 5.3), bit-identical to the
 * original: a {@code Random(seed).sample} when {@code maxItems} asks for fewer items than
 * there are, then, with a shuffle seed, two shuffles each with a fresh {@code Random}
 * (the original applies its ordering block twice, and runs must select the same order).
 *
 * @param items the items to evaluate, in evaluation and output order
 * @param orderMode {@code canonical} or {@code shuffled}
 */
public record ItemSelection(List<DatasetItem> items, String orderMode) {

    public static ItemSelection select(List<DatasetItem> loaded, Long maxItems, long seed, Long shuffleSeed) {
        List<DatasetItem> items = new ArrayList<>(loaded);
        if (maxItems != null && maxItems != 0 && maxItems < items.size()) {
            if (maxItems < 0) {
                throw new IllegalArgumentException("--max-items must not be negative, got " + maxItems);
            }
            items = new PyRandom(seed).sample(items, (int) (long) maxItems);
        }
        if (shuffleSeed == null) {
            return new ItemSelection(List.copyOf(items), "canonical");
        }
        new PyRandom(shuffleSeed).shuffle(items);
        new PyRandom(shuffleSeed).shuffle(items);
        return new ItemSelection(List.copyOf(items), "shuffled");
    }
}
