package org.chaosbench.runs.ingest.policy;

import java.util.TreeSet;

import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * RUNS_POLICY 1, criterion 3: the prompt hash is one the project accepts (its configured
 * templates plus any hash given on the command line). The reason lists the accepted hashes so
 * a reader can see at once whether the run predates a template change.
 */
public final class PromptHashRule implements PolicyRule {
    public static final String NAME = "prompt_hash";

    @Override
    public RuleResult check(RunManifest manifest, PolicyContext context) {
        String hash = manifest.promptHash();
        String accepted = context.acceptedPromptHashes().isEmpty() ? "none configured"
                : String.join(", ", new TreeSet<>(context.acceptedPromptHashes()));
        if (hash == null) {
            return RuleResult.fail(NAME, "prompt_hash is missing from the manifest (accepted: " + accepted
                    + "); re-run with the current runner");
        }
        if (context.acceptedPromptHashes().contains(hash)) {
            return RuleResult.pass(NAME, "prompt hash " + hash + " is accepted");
        }
        return RuleResult.fail(NAME, "prompt hash " + hash + " is not accepted (accepted: " + accepted
                + "); re-run with the current prompt, or pass --prompt-hash " + hash + " if that template is official");
    }
}
