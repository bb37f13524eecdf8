package org.chaosbench.runs.ingest.policy;

/**
 * The outcome of one RUNS_POLICY criterion for one run.
 *
 * @param rule the rule's name, e.g. {@code canonical_selector}
 * @param passed whether the criterion holds
 * @param reason a sentence a person can act on: what was found and, on failure, what to do
 */
public record RuleResult(String rule, boolean passed, String reason) {

    public static RuleResult pass(String rule, String reason) {
        return new RuleResult(rule, true, reason);
    }

    public static RuleResult fail(String rule, String reason) {
        return new RuleResult(rule, false, reason);
    }
}
