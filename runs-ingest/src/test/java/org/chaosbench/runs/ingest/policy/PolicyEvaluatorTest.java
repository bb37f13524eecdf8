package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.chaosbench.runs.ingest.compat.PyJson;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;

/** The five rules together over one real project: a frozen dataset in a tagged git repository. */
class PolicyEvaluatorTest {
    @TempDir
    Path root;

    private String tagged;

    @BeforeEach
    void aFrozenDatasetInATaggedRepository() {
        Fixtures.dataset(root);
        Fixtures.write(root.resolve(FreezeManifest.DEFAULT_PATH),
                PyJson.pretty(Fixtures.freezeOf(Fixtures.countedSha()).toJson()));
        Fixtures.initRepo(root);
        tagged = Fixtures.commit(root, "dataset v2");
        Fixtures.git(root, "tag", "v2.0.0");
    }

    @Test
    void aRunMeetingAllFiveCriteriaIsOfficial() {
        Verdict v = PolicyEvaluator.evaluate(Fixtures.official(Fixtures.countedSha(), tagged), Fixtures.context(root, Set.of()));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.OFFICIAL);
        assertThat(v.reasons()).containsExactly("all five criteria met");
        assertThat(v.results()).extracting(RuleResult::rule)
                .containsExactly("canonical_selector", "dataset_global_sha256", "prompt_hash", "max_items", "git_commit");
        assertThat(v.results()).allMatch(RuleResult::passed);
    }

    @Test
    void everyFailedCriterionGivesItsReasonInPolicyOrder() {
        String legacy = Fixtures.legacySha();
        Verdict v = PolicyEvaluator.evaluate(
                Fixtures.manifest(Fixtures.SELECTOR, legacy, "0000000000000000", 7L, "abcdef1", Map.of()),
                Fixtures.context(root, Set.of(1000L)));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.EXPLORATORY);
        assertThat(v.official()).isFalse();
        assertThat(v.reasons()).containsExactly(
                "dataset SHA " + legacy.substring(0, 8) + "... is the legacy formula's SHA of the frozen dataset "
                        + Fixtures.countedSha().substring(0, 8) + "... (runs started before 2026-02-20 10:41 UTC "
                        + "stored it); re-run to get an official run",
                "prompt hash 0000000000000000 is not accepted (accepted: 5881f664c444e3d3); re-run with the current "
                        + "prompt, or pass --prompt-hash 0000000000000000 if that template is official",
                "max_items 7 is neither a subset size listed in configuration ([1000]) nor the size of a documented "
                        + "subset under data/subsets ([]); re-run on the full dataset or on a documented subset",
                "commit abcdef1 is unknown to the repository (never pushed, or history rewritten); run "
                        + "`git fetch --tags origin` or re-run from a tagged commit on master");
    }

    @Test
    void aVerdictListsOnlyTheFailedRules() {
        Verdict v = Verdict.of(List.of(RuleResult.pass("a", "fine"), RuleResult.fail("b", "fix b")));
        assertThat(v.kind()).isEqualTo(Verdict.Kind.EXPLORATORY);
        assertThat(v.reasons()).containsExactly("fix b");
    }
}
