package org.chaosbench.runs.ingest.policy;

import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RUNS_POLICY 1, criterion 1: the run names the canonical selector. The original runner writes
 * this value for every run, subset runs included (FORMATS 12.2), so passing here says nothing
 * about scope: {@link MaxItemsRule} tells subset runs apart.
 */
public final class CanonicalSelectorRule implements PolicyRule {
    public static final String NAME = "canonical_selector";

    @Override
    public RuleResult check(RunManifest manifest, PolicyContext context) {
        String selector = manifest.canonicalSelector();
        if (Selector.DEFAULT_PATH.equals(selector)) {
            return RuleResult.pass(NAME, "canonical_selector is " + Selector.DEFAULT_PATH);
        }
        if (selector == null) {
            return RuleResult.fail(NAME, "canonical_selector is missing from the manifest; an official run records "
                    + Selector.DEFAULT_PATH + ": re-run with the current runner");
        }
        return RuleResult.fail(NAME, "canonical_selector is \"" + selector + "\", not " + Selector.DEFAULT_PATH
                + ": re-run against the canonical selector");
    }
}
