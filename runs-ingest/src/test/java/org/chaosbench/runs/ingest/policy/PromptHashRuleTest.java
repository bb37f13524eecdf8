package org.chaosbench.runs.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaosbench.runs.ingest.policy.Fixtures.manifest;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptHashRuleTest {
    @TempDir
    Path root;

    private RuleResult check(String hash, Set<String> accepted) {
        PolicyContext context = PolicyContext.load(root, null, accepted, Set.of());
        return new PromptHashRule().check(manifest(Fixtures.SELECTOR, "x", hash, null, null, Map.of()), context);
    }

    @Test
    void anAcceptedHashPasses() {
        assertThat(check("5881f664c444e3d3", Set.of("5881f664c444e3d3", "aaaa000011112222")))
                .isEqualTo(RuleResult.pass("prompt_hash", "prompt hash 5881f664c444e3d3 is accepted"));
    }

    @Test
    void anotherHashFailsAndListsTheAcceptedOnesSorted() {
        assertThat(check("deadbeefdeadbeef", Set.of("5881f664c444e3d3", "1111222233334444")))
                .isEqualTo(RuleResult.fail("prompt_hash", "prompt hash deadbeefdeadbeef is not accepted (accepted: "
                        + "1111222233334444, 5881f664c444e3d3); re-run with the current prompt, or pass "
                        + "--prompt-hash deadbeefdeadbeef if that template is official"));
    }

    @Test
    void aMissingHashFails() {
        assertThat(check(null, Set.of())).isEqualTo(RuleResult.fail("prompt_hash",
                "prompt_hash is missing from the manifest (accepted: none configured); re-run with the current runner"));
    }
}
