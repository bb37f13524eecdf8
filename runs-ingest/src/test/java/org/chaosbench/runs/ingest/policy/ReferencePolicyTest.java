package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.ReferenceData;
import org.chaosbench.runs.ingest.dataset.Freezer;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * The 11 published manifests of the original tool against a freeze of the reference dataset.
 * That dataset is reduced (FORMATS 13): its SHA is 8271a098..., legacy ed99578c..., while the
 * published runs stored cfcfcc.../00ec17... of the full original data, so every one of them
 * must fail the SHA rule as "other data", and none may be official.
 */
class ReferencePolicyTest {
    static final String REDUCED = "8271a098ef0e5d1401b56b5ed6ebfd2457c9a44e024e1536b114ed7362202577";
    static final String REDUCED_LEGACY = "ed99578cd658d028542e908bc720a10fb64e003518415c2994d31b8c1fff67f7";
    static final String FULL = "cfcfcc739988ad99c38d47dd171ff39f67df3ddca7d8d452e8c77b30f14e7279";
    static final String FULL_LEGACY = "00ec17e31193de42c525ff3c8f166b4b59fae2c2631fa84a4c78b33fb01f9374";

    @TempDir
    Path root;

    private PolicyContext frozenCopy() {
        ReferenceData.copyTree(ReferenceData.reference("dataset"), root);
        Freezer.freeze(root, Selector.DEFAULT_PATH, Freezer.DEFAULT_OUTPUT_DIR,
                Clock.fixed(Instant.parse("2026-02-20T14:00:00Z"), ZoneOffset.UTC));
        return PolicyContext.load(root, null, Set.of("5881f664c444e3d3"), Set.of(1000L, 5000L));
    }

    private static List<Path> publishedManifests() throws IOException {
        Path runs = ReferenceData.reference("published_results/runs");
        try (Stream<Path> dirs = Files.list(runs)) {
            return dirs.map(d -> d.resolve(RunManifest.FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theFrozenReferenceDatasetHasTheDocumentedShas() {
        PolicyContext context = frozenCopy();
        assertThat(context.frozenDataset()).isEqualTo(new FrozenDataset(REDUCED, REDUCED_LEGACY, null));
        // The three original subsets match their manifests, so they count as documented.
        assertThat(context.subsets()).extracting(DocumentedSubset::relativePath, DocumentedSubset::size,
                DocumentedSubset::problem).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("data/subsets/api_balanced_100.jsonl", 100L, null),
                        org.assertj.core.groups.Tuple.tuple("data/subsets/subset_1k_armored.jsonl", 1000L, null),
                        org.assertj.core.groups.Tuple.tuple("data/subsets/subset_5k_armored.jsonl", 5000L, null));
    }

    @Test
    void noPublishedRunIsOfficialAndEachFailsTheShaRuleAsOtherData() throws IOException {
        PolicyContext context = frozenCopy();
        List<Path> manifests = publishedManifests();
        assertThat(manifests).hasSize(11);
        int legacyStored = 0;
        int subsetRuns = 0;
        for (Path file : manifests) {
            RunManifest m = RunManifest.read(file);
            Verdict v = PolicyEvaluator.evaluate(m, context);
            assertThat(v.kind()).as(file.toString()).isEqualTo(Verdict.Kind.EXPLORATORY);
            RuleResult sha = v.results().get(1);
            String stored = m.datasetGlobalSha256();
            assertThat(stored).isIn(FULL, FULL_LEGACY);
            legacyStored += stored.equals(FULL_LEGACY) ? 1 : 0;
            String known = stored.equals(FULL) ? "the ChaosBench-Logic v2 canonical dataset"
                    : "the legacy formula's SHA of the ChaosBench-Logic v2 canonical dataset, whose current SHA is cfcfcc73...";
            assertThat(sha).isEqualTo(RuleResult.fail("dataset_global_sha256", "dataset SHA " + stored.substring(0, 8)
                    + "... (" + known + ") matches neither the frozen SHA 8271a098... nor its legacy formula ed99578c...: "
                    + "the run used other data; re-run on the frozen dataset"));
            // The other criteria hold for the published runs except git: the copy is no repository.
            assertThat(v.results().get(0).passed()).isTrue();
            assertThat(v.results().get(2).passed()).isTrue();
            // The 1k and 5k runs were made from subset files: told by their item count, not counted as full.
            long total = m.totalItemsEvaluated();
            assertThat(v.results().get(3)).isEqualTo(total == 40886 ? RuleResult.pass("max_items",
                    "max_items is null: a full run over the canonical dataset") : RuleResult.pass("max_items",
                    "max_items is null but total_items_evaluated is " + total + ", fewer than the 16342 frozen items: "
                            + "a run over a subset file the manifest does not name, not a full run; " + total
                            + " is a subset size listed in configuration"));
            subsetRuns += total == 40886 ? 0 : 1;
            assertThat(v.results().get(4).reason()).isEqualTo("commit " + m.gitCommit() + " cannot be traced: " + root
                    + " is not a git repository; audit from a clone of the project");
            assertThat(v.reasons()).hasSize(2);
        }
        assertThat(legacyStored).isEqualTo(4);
        assertThat(subsetRuns).isEqualTo(7);
    }

    @Test
    void aRunStoringTheLegacyShaOfTheReferenceDataIsNamedAsLegacy() throws IOException {
        PolicyContext context = frozenCopy();
        RunManifest published = RunManifest.read(publishedManifests().get(0));
        RunManifest legacy = new RunManifest(published.runId(), published.createdUtc(), published.provider(),
                published.promptVersion(), published.promptHash(), REDUCED_LEGACY, published.canonicalSelector(),
                published.totalItemsEvaluated(), published.maxItems(), published.seed(), published.retries(),
                published.strictParsing(), published.workers(), published.orderMode(), published.shuffleSeed(),
                published.gitCommit(), published.pythonVersion(), published.metricsSummary(), published.resumedFrom(),
                published.budget(), published.extra());
        assertThat(new DatasetShaRule().check(legacy, context)).isEqualTo(RuleResult.fail("dataset_global_sha256",
                "dataset SHA ed99578c... is the legacy formula's SHA of the frozen dataset 8271a098... (runs started "
                        + "before 2026-02-20 10:41 UTC stored it); re-run to get an official run"));
    }

    @Test
    void theFiveThousandItemSubsetRunIsASubsetRun() {
        PolicyContext context = frozenCopy();
        RuleResult r = new MaxItemsRule().check(Fixtures.manifest(Fixtures.SELECTOR, REDUCED, Fixtures.PROMPT, null,
                null, Fixtures.evaluated("data/subsets/subset_5k_armored.jsonl")), context);
        assertThat(r).isEqualTo(RuleResult.pass("max_items",
                "subset run on the documented subset data/subsets/subset_5k_armored.jsonl (5000 items), not a full run"));
    }
}
