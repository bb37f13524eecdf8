package org.chaosbench.runs.eval.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.chaosbench.runs.ingest.dataset.Dataset;
import org.chaosbench.runs.ingest.dataset.DatasetItem;

/** Item selection and order of FORMATS 5.3, checked against the original's verified orders. */
class ItemSelectionTest {
    private static final Path SUBSET = Path.of(System.getProperty("chaosbench.projectRoot", ".."))
            .resolve("../shared/reference/dataset/data/subsets/api_balanced_100.jsonl").normalize();

    private static List<DatasetItem> items(int n) {
        return IntStream.range(0, n).mapToObj(i -> new DatasetItem("i" + i, "q", "TRUE", "atomic", null, null)).toList();
    }

    private static List<String> ids(ItemSelection s) {
        return s.items().stream().map(DatasetItem::id).toList();
    }

    @Test
    void sampleOfTenFromTheApiSubsetMatchesTheOriginal() {
        assumeTrue(Files.exists(SUBSET), "../shared/reference is absent");
        List<DatasetItem> items = Dataset.loadFile(SUBSET);

        ItemSelection sampled = ItemSelection.select(items, 10L, 42, null);
        ItemSelection shuffled = ItemSelection.select(items, 10L, 42, 7L);

        assertThat(ids(sampled)).containsExactly("atomic_1302", "perturb_entity_swap_2319", "ind_direct_0068",
                "q0019_para_2", "perturb_paraphrase_0626", "perturb_distractor_2994", "dysts_mhop_0345", "ext_sys_0022",
                "perturb_negation_1494", "q0094_para_0");
        assertThat(sampled.orderMode()).isEqualTo("canonical");
        assertThat(ids(shuffled)).containsExactly("ind_direct_0068", "perturb_paraphrase_0626", "q0019_para_2",
                "ext_sys_0022", "dysts_mhop_0345", "perturb_negation_1494", "perturb_distractor_2994", "q0094_para_0",
                "perturb_entity_swap_2319", "atomic_1302");
        assertThat(shuffled.orderMode()).isEqualTo("shuffled");
    }

    @Test
    void samplingFollowsTheRngVectorsForBothMethods() {
        assertThat(ids(ItemSelection.select(items(100), 10L, 42, null)))
                .containsExactly("i81", "i14", "i3", "i94", "i35", "i31", "i28", "i17", "i13", "i86");
        assertThat(ids(ItemSelection.select(items(50), 10L, 42, null)))
                .containsExactly("i40", "i7", "i1", "i17", "i15", "i14", "i8", "i6", "i34", "i5");
    }

    @Test
    void noSamplingWhenMaxItemsIsNullZeroOrTooLarge() {
        List<DatasetItem> items = items(20);

        assertThat(ItemSelection.select(items, null, 42, null).items()).isEqualTo(items);
        assertThat(ItemSelection.select(items, 0L, 42, null).items()).isEqualTo(items);
        assertThat(ItemSelection.select(items, 20L, 42, null).items()).isEqualTo(items);
        assertThat(ItemSelection.select(items, 500L, 42, null).items()).isEqualTo(items);
    }

    @Test
    void shuffleIsAppliedTwiceAsTheOriginalDoes() {
        // Random(7).shuffle twice over range(10) gives [2, 4, 3, 7, 6, 8, 5, 9, 1, 0] (FORMATS 0.6).
        assertThat(ids(ItemSelection.select(items(10), null, 42, 7L)))
                .containsExactly("i2", "i4", "i3", "i7", "i6", "i8", "i5", "i9", "i1", "i0");
    }
}
