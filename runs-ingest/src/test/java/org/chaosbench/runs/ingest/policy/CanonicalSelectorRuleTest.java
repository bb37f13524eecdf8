package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaosbench.runs.ingest.policy.Fixtures.manifest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalSelectorRuleTest {
    @TempDir
    Path root;

    private RuleResult check(String selector) {
        return new CanonicalSelectorRule().check(manifest(selector, "x", Fixtures.PROMPT, null, null, Map.of()),
                Fixtures.context(root, Set.of()));
    }

    @Test
    void theCanonicalSelectorPasses() {
        assertThat(check("data/canonical_v2_files.json"))
                .isEqualTo(RuleResult.pass("canonical_selector", "canonical_selector is data/canonical_v2_files.json"));
    }

    @Test
    void anotherSelectorFails() {
        assertThat(check("data/subsets/api_balanced_1k.jsonl")).isEqualTo(RuleResult.fail("canonical_selector",
                "canonical_selector is \"data/subsets/api_balanced_1k.jsonl\", not data/canonical_v2_files.json: "
                        + "re-run against the canonical selector"));
    }

    @Test
    void aMissingSelectorFails() {
        assertThat(check(null)).isEqualTo(RuleResult.fail("canonical_selector",
                "canonical_selector is missing from the manifest; an official run records "
                        + "data/canonical_v2_files.json: re-run with the current runner"));
    }
}
