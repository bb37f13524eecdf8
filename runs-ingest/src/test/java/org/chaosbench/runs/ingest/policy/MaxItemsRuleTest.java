package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaosbench.runs.ingest.policy.Fixtures.manifest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.dataset.SubsetCheck;

class MaxItemsRuleTest {
    @TempDir
    Path root;

    /** A two-item subset with an API-script manifest (FORMATS 1.4 b) that matches it. */
    @BeforeEach
    void writeADocumentedSubset() {
        Fixtures.write(root.resolve("data/subsets/pair.jsonl"), Fixtures.A);
        Fixtures.write(root.resolve("data/subsets/pair.manifest.json"), "{\"created_utc\": \"2026-02-19T00:00:00\", "
                + "\"size\": 2, \"seed\": 42, \"selection_method\": \"stratified\", \"sha256\": \""
                + SubsetCheck.idHash(List.of("a1", "a2")) + "\", \"label_balance\": {\"true_count\": 1, "
                + "\"false_count\": 1, \"true_ratio\": 0.5}}");
        // Same items, no manifest: not documented.
        Fixtures.write(root.resolve("data/subsets/loose.jsonl"), Fixtures.A);
        // A manifest that claims three items: the check finds the difference.
        Fixtures.write(root.resolve("data/subsets/liar.jsonl"), Fixtures.A);
        Fixtures.write(root.resolve("data/subsets/liar.manifest.json"), "{\"size\": 3, \"seed\": 1, "
                + "\"selection_method\": \"stratified\", \"sha256\": \"" + SubsetCheck.idHash(List.of("a1", "a2")) + "\"}");
    }

    private RuleResult check(Long maxItems, Map<String, JsonNode> extra, Set<Long> sizes) {
        return new MaxItemsRule().check(manifest(Fixtures.SELECTOR, "x", Fixtures.PROMPT, maxItems, null, extra),
                Fixtures.context(root, sizes));
    }

    @Test
    void aFullRunPasses() {
        assertThat(check(null, Map.of(), Set.of())).isEqualTo(
                RuleResult.pass("max_items", "max_items is null: a full run over the canonical dataset"));
        assertThat(check(null, Fixtures.evaluated("canonical"), Set.of()).passed()).isTrue();
    }

    @Test
    void aShardIsNeverAWholeRun() {
        Map<String, com.fasterxml.jackson.databind.JsonNode> shard = Map.of("shard", new com.fasterxml.jackson.databind
                .ObjectMapper().createObjectNode().put("index", 2).put("count", 4).put("full_item_count", 12));
        assertThat(check(null, shard, Set.of())).isEqualTo(RuleResult.fail("max_items", "a shard (2 of 4) of a "
                + "sharded evaluation, not a whole run; merge the shards with `bin/chaosbench merge-shards` and use the "
                + "merged run"));
    }

    @Test
    void aConfiguredSizePasses() {
        assertThat(check(1000L, Map.of(), Set.of(1000L, 5000L))).isEqualTo(
                RuleResult.pass("max_items", "max_items 1000 is a subset size listed in configuration"));
    }

    @Test
    void theSizeOfADocumentedSubsetPasses() {
        assertThat(check(2L, Map.of(), Set.of())).isEqualTo(RuleResult.pass("max_items",
                "max_items 2 is the size of the documented subset data/subsets/pair.jsonl"));
    }

    @Test
    void anUndocumentedSizeFails() {
        // liar.jsonl's manifest says 3, but it does not match its file, so 3 is not documented.
        assertThat(check(3L, Map.of(), Set.of(1000L, 5000L))).isEqualTo(RuleResult.fail("max_items",
                "max_items 3 is neither a subset size listed in configuration ([1000, 5000]) nor the size of a "
                        + "documented subset under data/subsets ([2]); re-run on the full dataset or on a documented subset"));
    }

    @Test
    void aRunOnADocumentedSubsetFileIsASubsetRunNotAFullOne() {
        assertThat(check(null, Fixtures.evaluated("data/subsets/pair.jsonl"), Set.of())).isEqualTo(RuleResult.pass(
                "max_items", "subset run on the documented subset data/subsets/pair.jsonl (2 items), not a full run"));
        assertThat(check(null, Fixtures.evaluated(root.resolve("data/subsets/pair.jsonl").toString()), Set.of())
                .passed()).isTrue();
    }

    @Test
    void aSubsetFileWithoutManifestIsNotDocumented() {
        assertThat(check(null, Fixtures.evaluated("data/subsets/loose.jsonl"), Set.of())).isEqualTo(RuleResult.fail(
                "max_items", "subset run on data/subsets/loose.jsonl, which is not documented: it has no manifest "
                        + "loose.manifest.json; fix the subset or its manifest (`bin/chaosbench subset`), or re-run"));
    }

    @Test
    void aSubsetFileThatDisagreesWithItsManifestIsNotDocumented() {
        assertThat(check(null, Fixtures.evaluated("data/subsets/liar.jsonl"), Set.of())).isEqualTo(RuleResult.fail(
                "max_items", "subset run on data/subsets/liar.jsonl, which is not documented: it disagrees with its "
                        + "manifest: size: manifest says 3, the file holds 2 items; fix the subset or its manifest "
                        + "(`bin/chaosbench subset`), or re-run"));
    }

    @Test
    void aFileOutsideTheSubsetsFolderOrMissingFails() {
        assertThat(check(null, Fixtures.evaluated("/tmp/mine.jsonl"), Set.of())).isEqualTo(RuleResult.fail("max_items",
                "subset run on /tmp/mine.jsonl, which is not a subset file under data/subsets of this project; "
                        + "re-run on a documented subset or the full dataset"));
        assertThat(check(null, Fixtures.evaluated("data/subsets/gone.jsonl"), Set.of()).passed()).isFalse();
    }

    @Test
    void aSubsetCutByMaxItemsFails() {
        assertThat(check(1L, Fixtures.evaluated("data/subsets/pair.jsonl"), Set.of(1L))).isEqualTo(RuleResult.fail(
                "max_items", "subset run on data/subsets/pair.jsonl cut to max_items 1 of its 2 items, which is not a "
                        + "documented subset; re-run without --max-items"));
    }

    /** FORMATS 12.3: the original runner records a subset-file run with max_items null and no file. */
    @Test
    void anOriginalSubsetRunIsToldByItsItemCount() {
        Fixtures.dataset(root);
        Fixtures.write(root.resolve(org.chaosbench.runs.ingest.dataset.FreezeManifest.DEFAULT_PATH),
                org.chaosbench.runs.ingest.compat.PyJson.pretty(Fixtures.freezeOf(Fixtures.countedSha()).toJson()));
        PolicyContext context = Fixtures.context(root, Set.of());
        RuleResult two = new MaxItemsRule().check(Fixtures.withTotal(2L), context);
        assertThat(two).isEqualTo(RuleResult.pass("max_items", "max_items is null but total_items_evaluated is 2, "
                + "fewer than the 3 frozen items: a run over a subset file the manifest does not name, not a full run; "
                + "2 is the size of the documented subset data/subsets/pair.jsonl"));
        RuleResult one = new MaxItemsRule().check(Fixtures.withTotal(1L), context);
        assertThat(one).isEqualTo(RuleResult.fail("max_items", "max_items is null but total_items_evaluated is 1, "
                + "fewer than the 3 frozen items: a run over a subset file the manifest does not name, not a full run; "
                + "1 is neither a subset size listed in configuration (none) nor the size of a documented subset under "
                + "data/subsets ([2]); re-run on the full dataset or on a documented subset"));
        assertThat(new MaxItemsRule().check(Fixtures.withTotal(3L), context)).isEqualTo(
                RuleResult.pass("max_items", "max_items is null: a full run over the canonical dataset"));
    }

    /** Without a freeze manifest the canonical files on disk give the count (the reference dataset folder). */
    @Test
    void withoutAFreezeManifestTheCanonicalFilesOnDiskTellASubsetRun() {
        Fixtures.dataset(root);
        PolicyContext context = Fixtures.context(root, Set.of());
        assertThat(context.freezeManifest()).isNull();
        assertThat(new MaxItemsRule().check(Fixtures.withTotal(1L), context)).isEqualTo(RuleResult.fail("max_items",
                "max_items is null but total_items_evaluated is 1, fewer than the 3 items of the canonical files on disk "
                + "(no freeze manifest): a run over a subset file the manifest does not name, not a full run; 1 is "
                + "neither a subset size listed in configuration (none) nor the size of a documented subset under "
                + "data/subsets ([2]); re-run on the full dataset or on a documented subset"));
        assertThat(new MaxItemsRule().check(Fixtures.withTotal(3L), context).passed()).isTrue();
    }
}
