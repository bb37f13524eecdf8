package org.chaosbench.runs.ingest.policy;

import java.util.ArrayList;
import java.util.List;

import org.chaosbench.runs.ingest.run.RunManifest;

/** Runs the five RUNS_POLICY criteria, in the policy's order, over one manifest. */
public final class PolicyEvaluator {
    /** The criteria of RUNS_POLICY section 1, in table order. */
    public static final List<PolicyRule> RULES = List.of(new CanonicalSelectorRule(), new DatasetShaRule(),
            new PromptHashRule(), new MaxItemsRule(), new GitCommitRule());

    private PolicyEvaluator() {
    }

    public static Verdict evaluate(RunManifest manifest, PolicyContext context) {
        List<RuleResult> results = new ArrayList<>();
        for (PolicyRule rule : RULES) {
            results.add(rule.check(manifest, context));
        }
        return Verdict.of(results);
    }
}
